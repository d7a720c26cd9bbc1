using LocalCare.Core.Metrics;
using LocalCare.Core.Plans;
using LocalCare.Core.Spc;

namespace LocalCare.Core.Boards.Packs;

/// <summary>Makes a <see cref="BoardPack"/> from its <see cref="PackInput"/>: the Making Data Count reading of every metric, the exceptions, the matrix, the logs.</summary>
public static class BoardPackBuilder
{
    private static readonly string[] UnitLevels = ["locality:", "neighbourhood:", "service:"];

    public static BoardPack Build(PackInput input)
    {
        var metrics = input.Metrics.Select(m => Metric(m, input.Meeting)).ToList();
        return new BoardPack(
            input.Meeting,
            input.Cover,
            metrics,
            SummaryMatrix.Of(metrics.Select(m => (m.Id, m.Variation, m.Assurance))),
            input.PlanProgress is { } plan ? Progress(plan) : null,
            input.WaitingLists,
            [.. input.Actions
                .Select(a => new PackActionRow(a, a.Due < input.Meeting.Date && a.Status is BoardActionStatus.Open or BoardActionStatus.InProgress))
                .OrderBy(a => a.Overdue ? 0 : 1).ThenBy(a => a.Action.Due).ThenBy(a => a.Action.Reference, StringComparer.Ordinal)],
            [.. input.Decisions.OrderByDescending(d => d.MadeAt).ThenBy(d => d.Reference, StringComparer.Ordinal)],
            input.Risks is { } risks ? RisksAbove(risks) : null);
    }

    /// <summary>The risks above the board's appetite (<see cref="Risks.RiskAppetite.IsAbove"/>: current score &gt; appetite), highest score first, then by code.</summary>
    public static PackRiskSection RisksAbove(PackRiskInput input) =>
        new(input.Appetite, [.. input.Risks
            .Where(r => Risks.RiskAppetite.IsAbove(r.Current, input.Appetite))
            .OrderByDescending(r => r.Current.Score).ThenBy(r => r.Code, StringComparer.Ordinal)]);

    /// <summary>
    /// The metric's series is its <c>lco</c> readings from the first with a value to the reporting month, charted with its rebase
    /// periods, outlier screening on and the reporting year's target (board-packs.md).
    /// </summary>
    public static PackMetric Metric(PackMetricInput input, PackMeeting meeting)
    {
        var month = meeting.ReportingMonth;
        var upTo = input.Readings.Where(r => r.Month <= month).OrderBy(r => r.Month).ToList();
        var first = upTo.FindIndex(r => r.Value is not null);
        var series = first < 0 ? [] : upTo[first..];
        // The metric pages chart by the same rule (MetricSeries.Chart), so a pack and the page for the same month agree.
        var spc = MetricSeries.Chart(input.Metric.Direction, series, input.RebasePeriods, input.Target);
        var latest = series.LastOrDefault(r => r.Value is not null);
        return new PackMetric(
            input.Metric,
            input.KloeTheme,
            month,
            latest?.Month,
            latest?.Value,
            input.Target,
            spc,
            series,
            input.Quality,
            ReasonsOf(spc.Variation, spc.Assurance, input.Flagged),
            WorstFirst(input.Breakdown, input.Metric.Direction),
            input.Narrative,
            input.Source,
            input.Owner);
    }

    /// <summary>The spec's exception rule: the latest point is a concern (high or low), the assurance is consistent fail, or the metric was flagged.</summary>
    public static IReadOnlyList<ExceptionReason> ReasonsOf(Variation? variation, Assurance? assurance, bool flagged)
    {
        var reasons = new List<ExceptionReason>();
        if (variation is Variation.ConcernHigh or Variation.ConcernLow)
        {
            reasons.Add(ExceptionReason.Concern);
        }

        if (assurance == Assurance.ConsistentFail)
        {
            reasons.Add(ExceptionReason.ConsistentFail);
        }

        if (flagged)
        {
            reasons.Add(ExceptionReason.Flagged);
        }

        return reasons;
    }

    /// <summary>Localities, then neighbourhoods, then services; within each the worst value for the metric's direction first, units without a value last.</summary>
    public static IReadOnlyList<UnitValue> WorstFirst(IEnumerable<UnitValue> breakdown, Direction direction) =>
        [.. breakdown
            .OrderBy(u => Array.FindIndex(UnitLevels, l => u.Unit.StartsWith(l, StringComparison.Ordinal)) is var i and >= 0 ? i : UnitLevels.Length)
            .ThenBy(u => u.Value is null ? 1 : 0)
            .ThenBy(u => u.Value is { } v ? (direction == Direction.HigherIsBetter ? v : -v) : 0)
            .ThenBy(u => u.Name, StringComparer.Ordinal)];

    private static PlanProgress Progress(PlanProgressInput plan)
    {
        // The quarter shown is the latest up to the meeting's with any update, so a pack early in a quarter shows last quarter's reports.
        var reported = plan.Deliverables.SelectMany(d => d.Updates).Where(u => u.Quarter <= plan.Quarter.Number).Select(u => u.Quarter).DefaultIfEmpty(plan.Quarter.Number).Max();
        var quarter = new PlanQuarter(plan.Quarter.Year, reported);
        var names = plan.Priorities.ToDictionary(p => p.Code, p => p.Name, StringComparer.Ordinal);
        var rows = plan.Priorities.OrderBy(p => p.Order).Select(priority =>
        {
            var statuses = plan.Deliverables.Where(d => d.PriorityCode == priority.Code).Select(d => d.Updates.FirstOrDefault(u => u.Quarter == reported)?.Status).ToList();
            return new PlanProgressRow(
                priority.Code,
                priority.Name,
                DeliverableStatuses.All.ToDictionary(s => s, s => statuses.Count(x => x == s)),
                statuses.Count(s => s is null));
        }).ToList();
        var concerns = plan.Deliverables
            .Select(d => (Deliverable: d, Update: d.Updates.FirstOrDefault(u => u.Quarter == reported)))
            .Where(x => x.Update is { Status: DeliverableStatus.AtRisk or DeliverableStatus.OffTrack })
            .OrderBy(x => x.Update!.Status == DeliverableStatus.OffTrack ? 0 : 1).ThenBy(x => x.Deliverable.Code, StringComparer.Ordinal)
            .Select(x => new PlanConcern(x.Deliverable.Code, x.Deliverable.Title, names.GetValueOrDefault(x.Deliverable.PriorityCode, x.Deliverable.PriorityCode),
                x.Deliverable.Owner, x.Update!.Status, x.Update.Commentary, x.Update.Action))
            .ToList();
        return new PlanProgress(quarter, rows, concerns);
    }
}
