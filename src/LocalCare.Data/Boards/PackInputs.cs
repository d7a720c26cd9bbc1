using LocalCare.Core.Boards;
using LocalCare.Core.Boards.Packs;
using LocalCare.Core.Commissioning;
using LocalCare.Core.Generation;
using LocalCare.Core.Metrics;
using LocalCare.Core.Organisation;
using LocalCare.Core.Plans;
using LocalCare.Data.Metrics;
using LocalCare.Warehouse;
using LocalCare.Warehouse.Metrics;
using LocalCare.Warehouse.Quality;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Data.Boards;

/// <summary>
/// Gathers a meeting's <see cref="PackInput"/> from the app database (metrics, readings, targets, KLOEs, narratives, flags,
/// sign-offs, plan, logs) and the warehouse (source records, waiting lists): everything the pack builder needs, as it is now.
/// </summary>
public sealed class PackInputs(LocalCareDbContext db, WarehouseDatabase warehouse)
{
    /// <summary>What the appendix says of a metric whose values are entered by hand.</summary>
    public const string ManualSource = "entered by hand or from metric_values.csv";

    /// <summary>
    /// The input of <paramref name="meetingId"/>'s pack as version <paramref name="version"/>; null when there is no such meeting.
    /// <paramref name="toFollow"/> holds, per exception metric without narrative, the publisher's "narrative to follow" reason.
    /// </summary>
    public async Task<PackInput?> ForMeetingAsync(
        int meetingId, int version, IReadOnlyDictionary<string, string>? toFollow = null, PackWarehouseTurn? turn = null, CancellationToken cancellationToken = default)
    {
        var meeting = await db.Meetings.AsNoTracking().SingleOrDefaultAsync(m => m.Id == meetingId, cancellationToken);
        if (meeting is null)
        {
            return null;
        }

        var board = await db.Boards.AsNoTracking().SingleAsync(b => b.Code == meeting.BoardCode, cancellationToken);
        var month = meeting.ReportingMonth;
        var year = PlanYear.Of(month.FirstDay);
        var organisation = new OrganisationTree(await db.OrganisationUnits.AsNoTracking().ToListAsync(cancellationToken));
        var figures = await (turn ?? (read => Task.FromResult(read())))(() => PackWarehouseFigures.Read(warehouse, month, board.ReceivesWaitingLists, organisation));

        var metrics = await MetricsAsync(meeting, board, year, organisation, figures.Sources, toFollow ?? new Dictionary<string, string>(), cancellationToken);
        return new PackInput(
            new PackMeeting(board.Code, board.Name, meeting.Date, month, version),
            await CoverAsync(meeting, year, cancellationToken),
            metrics,
            board.ReceivesPlanProgress ? await PlanAsync(PlanQuarter.Of(month.FirstDay), cancellationToken) : null,
            figures.WaitingLists,
            await ActionsAsync(meeting, cancellationToken),
            await DecisionsAsync(meeting, cancellationToken),
            await RisksAsync(meeting, board, cancellationToken));
    }

    /// <summary>
    /// The board's appetite and every risk linked to it, scored as at the meeting's date (the latest history point on or before
    /// it; a risk raised later is left out), so a pack drafted again later shows what the board saw (docs/risks.md).
    /// </summary>
    private async Task<PackRiskInput> RisksAsync(Meeting meeting, Board board, CancellationToken cancellationToken)
    {
        var risks = await new Risks.RiskRegister(db).OfBoardAsync(board.Code, cancellationToken);
        return new PackRiskInput(board.RiskAppetite, [.. risks
            .Select(r => (Risk: r, Score: r.ScoreOn(meeting.Date)))
            .Where(x => x.Score is not null)
            .Select(x => new PackRisk(
                x.Risk.Code,
                x.Risk.Title,
                x.Risk.Owner,
                Core.Risks.RiskCategories.ToLabel(x.Risk.Category),
                x.Score!.Value,
                x.Risk.Target,
                x.Risk.ReviewDate,
                x.Risk.IsReviewOverdueOn(meeting.Date),
                x.Risk.Gaps,
                [.. x.Risk.Actions.Where(a => a.Status != Core.Risks.RiskActionStatus.Complete)
                    .Select(a => $"{a.Description} ({a.Owner}, due {Core.Risks.RiskFields.Format(a.Due)})")]))]);
    }

    private async Task<List<PackMetricInput>> MetricsAsync(
        Meeting meeting, Board board, PlanYear year, OrganisationTree organisation, IReadOnlyDictionary<string, SourceMonth> sources,
        IReadOnlyDictionary<string, string> toFollow, CancellationToken cancellationToken)
    {
        var month = meeting.ReportingMonth;
        var all = await db.Metrics.AsNoTracking().ToListAsync(cancellationToken);
        var order = MetricOrder.Of(all);
        var metrics = all.Where(m => m.BoardCode == board.Code).OrderBy(m => order[m.Id]).ToList();
        var ids = metrics.Select(m => m.Id).ToList();
        var lookup = new TargetLookup(await db.MetricTargets.AsNoTracking().Where(t => ids.Contains(t.MetricId)).ToListAsync(cancellationToken), all);
        // The LCO series to the month, and every unit's value in the month (the breakdown): not every unit's whole history.
        // Two queries, each on an index (the key, and unit + month), where one with a condition per unit scans every value.
        var values = await db.MetricValues.AsNoTracking()
            .Where(v => ids.Contains(v.MetricId) && v.Unit == UnitRefs.Lco && v.Month <= month)
            .ToListAsync(cancellationToken);
        values.AddRange(await db.MetricValues.AsNoTracking()
            .Where(v => ids.Contains(v.MetricId) && v.Unit != UnitRefs.Lco && v.Month == month)
            .ToListAsync(cancellationToken));
        var byMetric = values.ToLookup(v => v.MetricId, StringComparer.Ordinal);
        var themes = await ThemesAsync(board.Code, year, cancellationToken);
        var flags = (await db.ExceptionFlags.AsNoTracking().Where(f => f.MeetingId == meeting.Id).Select(f => f.MetricId).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var signedOff = (await db.MetricSignOffs.AsNoTracking().Where(s => s.Month == month).Select(s => s.MetricId).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var narratives = (await db.Narratives.AsNoTracking().Include(n => n.Actions).Where(n => n.MeetingId == meeting.Id).ToListAsync(cancellationToken))
            .ToDictionary(n => n.MetricId, StringComparer.Ordinal);
        var names = organisation.Localities.Concat(organisation.Neighbourhoods).Concat(organisation.Services).ToDictionary(u => u.UnitRef, u => u.Name, StringComparer.Ordinal);
        // The commissioning metrics' sources are in the app database, their import records in the audit trail.
        var commissioning = metrics.Any(m => CommissioningMetricDefinitions.Includes(m.Id))
            ? (Data: await Commissioning.CommissioningDataReader.ReadAsync(db, cancellationToken), Rejects: await Commissioning.CommissioningImportRejects.ReadAsync(db, cancellationToken))
            : default;

        return [.. metrics.Select(metric =>
        {
            var own = byMetric[metric.Id].ToList();
            var readings = own.Where(v => v.Unit == UnitRefs.Lco).OrderBy(v => v.Month)
                .Select(v => Reading(metric, v, lookup.For(metric.Id, v.Unit, PlanYear.Of(v.Month.FirstDay))))
                .ToList();
            var breakdown = own.Where(v => v.Month == month && names.ContainsKey(v.Unit))
                .Select(v => new UnitValue(v.Unit, names[v.Unit], v.Value, lookup.For(metric.Id, v.Unit, year)))
                .ToList();
            var commissioningSources = commissioning.Data is { } data && CommissioningMetricDefinitions.Includes(metric.Id)
                ? CommissioningQuality.Of(metric.Id, data, month, commissioning.Rejects)
                : null;
            var tables = metric.IsManual || commissioningSources is not null ? [] : SourceQuality.TablesOf(MetricLibrary.Find(metric.Id)?.Sql ?? metric.Sql, manual: false);
            var narrative = narratives.GetValueOrDefault(metric.Id) is { } written ? Narrative(written)
                : toFollow.TryGetValue(metric.Id, out var reason) ? new ExceptionNarrative("", "", [], "", null, metric.AccountableUserName ?? "", reason)
                : null;
            return new PackMetricInput(
                metric,
                themes.GetValueOrDefault(metric.Id),
                readings,
                MetricRebases.Of(metric.RebasePeriods),
                lookup.For(metric.Id, UnitRefs.Lco, year),
                breakdown,
                Quality(metric, month, tables, sources, commissioningSources, readings, signedOff.Contains(metric.Id)),
                flags.Contains(metric.Id),
                narrative,
                metric.IsManual ? ManualSource : string.Join(", ", commissioningSources?.Files ?? tables),
                metric.AccountableUserName);
        })];
    }

    private static MetricReading Reading(MetricDefinition metric, MetricValue value, double? target) =>
        new(metric.Id, value.Month, value.Unit, value.Numerator, value.Denominator, value.Value, target, metric.Direction.Met(value.Value, target));

    /// <summary>
    /// Timely and Complete come from the import records of the tables the metric reads, or for a commissioning metric of the
    /// commissioning files it is computed from (<see cref="CommissioningQuality"/>). A manual metric has no import rows of its
    /// own month to judge, so its own readings stand in: timely by its latest value, complete when the month has a value (docs/board-packs.md).
    /// </summary>
    private static DataQualityMark Quality(
        MetricDefinition metric, YearMonth month, IReadOnlyList<string> tables, IReadOnlyDictionary<string, SourceMonth> sources,
        CommissioningSourceMonth? commissioning, IReadOnlyList<MetricReading> readings, bool signedOff)
    {
        Rag timely, complete;
        if (commissioning is not null)
        {
            (timely, complete) = CommissioningQuality.Mark(month, commissioning);
        }
        else if (metric.IsManual || tables.Count == 0)
        {
            var latest = readings.LastOrDefault(r => r.Value is not null)?.Month;
            timely = DataQualityRules.Timely(month, [latest]);
            complete = readings.Any(r => r.Month == month && r.Value is not null) ? Rag.Green : Rag.Red;
        }
        else
        {
            var records = tables.Select(t => sources.GetValueOrDefault(t)).ToList();
            timely = DataQualityRules.Timely(month, [.. records.Select(r => r?.LatestMonth)]);
            complete = DataQualityRules.Complete(records.Sum(r => r?.Rows ?? 0), records.Sum(r => r?.ProblemRows ?? 0));
        }

        return new DataQualityMark(timely, complete, DataQualityRules.Validated(signedOff), DataQualityRules.Audited(month, metric.ReviewedOn));
    }

    private static ExceptionNarrative Narrative(NarrativeRecord record) => new(
        record.WhatTheChartTellsUs,
        record.RootCauses,
        [.. record.Actions.OrderBy(a => a.Number).Select(a => new NarrativeAction(a.Action, a.Owner, a.Due))],
        record.MitigationsAndRisks,
        record.ExpectedRecovery,
        record.AccountablePerson);

    /// <summary>Each metric's theme from the board's KLOEs of the plan year (the latest earlier year's when that year has none); the first KLOE in order wins.</summary>
    private async Task<Dictionary<string, string>> ThemesAsync(string boardCode, PlanYear year, CancellationToken cancellationToken)
    {
        var kloes = await db.Kloes.AsNoTracking().Include(k => k.Metrics).Where(k => k.BoardCode == boardCode).ToListAsync(cancellationToken);
        var years = kloes.Select(k => k.PlanYear).Where(y => y <= year).ToList();
        var chosen = years.Count > 0 ? years.Max() : kloes.Select(k => k.PlanYear).DefaultIfEmpty(year).Min();
        var themes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var kloe in kloes.Where(k => k.PlanYear == chosen).OrderBy(k => k.Order))
        {
            foreach (var link in kloe.Metrics)
            {
                themes.TryAdd(link.MetricId, kloe.Theme);
            }
        }

        return themes;
    }

    private async Task<CoverSheet> CoverAsync(Meeting meeting, PlanYear year, CancellationToken cancellationToken)
    {
        var codes = Split(meeting.Priorities, ',');
        var priorities = await db.Priorities.AsNoTracking().Where(p => codes.Contains(p.Code)).ToListAsync(cancellationToken);
        return new CoverSheet(
            meeting.AgendaItem,
            meeting.Title,
            meeting.Author,
            meeting.LeadDirector,
            meeting.Purpose,
            meeting.AssuranceOffered,
            Split(meeting.CqcKeyQuestions, ','),
            [.. codes.Select(c => priorities.Where(p => p.Code == c).OrderBy(p => p.PlanYear == year ? 0 : 1).Select(p => p.Name).FirstOrDefault() ?? c)],
            Split(meeting.Risks, '\n'),
            meeting.ExecutiveSummary);
    }

    private async Task<PlanProgressInput> PlanAsync(PlanQuarter quarter, CancellationToken cancellationToken)
    {
        var priorities = await db.Priorities.AsNoTracking().Where(p => p.PlanYear == quarter.Year).ToListAsync(cancellationToken);
        var deliverables = await db.Deliverables.AsNoTracking().Include(d => d.Updates).Where(d => d.PlanYear == quarter.Year).ToListAsync(cancellationToken);
        return new PlanProgressInput(quarter, priorities, deliverables);
    }

    /// <summary>Every action of the board raised by this meeting and not closed at an earlier one.</summary>
    private async Task<List<PackAction>> ActionsAsync(Meeting meeting, CancellationToken cancellationToken)
    {
        var dates = await db.Meetings.AsNoTracking().Where(m => m.BoardCode == meeting.BoardCode).ToDictionaryAsync(m => m.Id, m => m.Date, cancellationToken);
        var actions = await db.BoardActions.AsNoTracking().Include(a => a.Updates).Where(a => a.BoardCode == meeting.BoardCode).ToListAsync(cancellationToken);
        return [.. actions
            .Where(a => dates.GetValueOrDefault(a.RaisedAtMeetingId) <= meeting.Date)
            .Where(a => a.ClosedAtMeetingId is not { } closedAt || dates.GetValueOrDefault(closedAt) >= meeting.Date)
            .Select(a => new PackAction(
                a.Reference,
                dates.GetValueOrDefault(a.RaisedAtMeetingId),
                a.Description,
                a.Owner,
                a.Due,
                a.Status,
                a.Updates.OrderByDescending(u => u.At).Select(u => u.Text).FirstOrDefault()))];
    }

    private async Task<List<PackDecision>> DecisionsAsync(Meeting meeting, CancellationToken cancellationToken)
    {
        var dates = await db.Meetings.AsNoTracking().Where(m => m.BoardCode == meeting.BoardCode).ToDictionaryAsync(m => m.Id, m => m.Date, cancellationToken);
        var decisions = await db.BoardDecisions.AsNoTracking().Where(d => d.BoardCode == meeting.BoardCode).ToListAsync(cancellationToken);
        return [.. decisions.Where(d => dates.GetValueOrDefault(d.MeetingId) <= meeting.Date).Select(d => new PackDecision(d.Reference, dates[d.MeetingId], d.Decision))];
    }

    private static List<string> Split(string text, char separator) =>
        [.. text.Split(separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
