using LocalCare.Core.Generation;
using LocalCare.Core.Metrics;
using LocalCare.Core.Plans;
using LocalCare.Core.Spc;

namespace LocalCare.Core.Boards.Packs;

/// <summary>A board pack's content in the spec's order, made by <see cref="BoardPackBuilder"/>; every output (HTML, PDF, XLSX, JSON) shows this.</summary>
/// <param name="Meeting">The meeting, board, reporting month and version.</param>
/// <param name="Cover">The cover sheet.</param>
/// <param name="Metrics">Every metric of the board, in the board's order, with its icons and (for exceptions) its page.</param>
/// <param name="Matrix">The summary matrix.</param>
/// <param name="PlanProgress">Plan progress, for boards that monitor priorities; else null.</param>
/// <param name="WaitingLists">The waiting lists, for boards that monitor the waiting metrics; else null.</param>
/// <param name="Actions">The actions log, overdue first.</param>
/// <param name="Decisions">The decisions log, latest first.</param>
/// <param name="Risks">The risks above the board's appetite, highest first; null when the pack has no risk section.</param>
public sealed record BoardPack(
    PackMeeting Meeting,
    CoverSheet Cover,
    IReadOnlyList<PackMetric> Metrics,
    SummaryMatrix Matrix,
    PlanProgress? PlanProgress,
    WaitingListInput? WaitingLists,
    IReadOnlyList<PackActionRow> Actions,
    IReadOnlyList<PackDecision> Decisions,
    PackRiskSection? Risks = null)
{
    /// <summary>Name of the group of metrics that no KLOE of the board lists.</summary>
    public const string NoTheme = "Other measures";

    /// <summary>The exception metrics, in the board's order: one page each.</summary>
    public IReadOnlyList<PackMetric> Exceptions => [.. Metrics.Where(m => m.IsException)];

    /// <summary>The exceptions that still have no narrative (neither written nor "to follow").</summary>
    public IReadOnlyList<PackMetric> MissingNarrative => [.. Exceptions.Where(m => m.Narrative is null)];

    /// <summary>The icon table's groups: metrics by KLOE theme, themes in order of first appearance, unthemed last.</summary>
    public IReadOnlyList<(string Theme, IReadOnlyList<PackMetric> Metrics)> Themes =>
        [.. Metrics.GroupBy(m => m.Theme ?? NoTheme)
            .OrderBy(g => g.Key == NoTheme ? 1 : 0)
            .Select(g => (g.Key, (IReadOnlyList<PackMetric>)[.. g]))];

    /// <summary>"Health Performance Board, 20 November 2024".</summary>
    public string Title => $"{Meeting.BoardName}, {Meeting.Date.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture)}";
}

/// <summary>Why a metric is an exception: its latest point is a concern, it will consistently fail its target, or a user flagged it.</summary>
public enum ExceptionReason
{
    Concern,
    ConsistentFail,
    Flagged,
}

/// <summary>One metric of a pack: its icon-table row and, when it is an exception, what its exception page shows.</summary>
/// <param name="Metric">The definition.</param>
/// <param name="Theme">The theme of the board's KLOE that lists it; null for none.</param>
/// <param name="Period">The month the pack reports (the meeting's reporting month).</param>
/// <param name="UpdatedTo">The latest month with a value up to the reporting month; null when none.</param>
/// <param name="Value">The value of <see cref="UpdatedTo"/>; null when none.</param>
/// <param name="Target">The LCO's target for the reporting month's plan year; null for none.</param>
/// <param name="Spc">The chart of the whole series to the reporting month, with rebases and screening (board-packs.md).</param>
/// <param name="Readings">The series charted, to the reporting month.</param>
/// <param name="Quality">The data-quality mark.</param>
/// <param name="Reasons">Why it is an exception; empty when it is not.</param>
/// <param name="Breakdown">The reporting month's values by locality, neighbourhood and service, worst first.</param>
/// <param name="Narrative">The meeting's narrative; null while none.</param>
/// <param name="Source">Where its figures come from.</param>
/// <param name="Owner">Its accountable person.</param>
public sealed record PackMetric(
    MetricDefinition Metric,
    string? Theme,
    YearMonth Period,
    YearMonth? UpdatedTo,
    double? Value,
    double? Target,
    SpcResult Spc,
    IReadOnlyList<MetricReading> Readings,
    DataQualityMark Quality,
    IReadOnlyList<ExceptionReason> Reasons,
    IReadOnlyList<UnitValue> Breakdown,
    ExceptionNarrative? Narrative,
    string Source,
    string? Owner)
{
    /// <summary>How many of the latest points an exception page's chart draws.</summary>
    public const int ChartPoints = 24;

    public string Id => Metric.Id;

    public Variation? Variation => Spc.Variation;

    public Assurance? Assurance => Spc.Assurance;

    public bool IsException => Reasons.Count > 0;

    /// <summary>The figures stop before the reporting month.</summary>
    public bool Stale => UpdatedTo is not { } updated || updated < Period;

    /// <summary>The target as people read it: "≥ 95.0%", or "none".</summary>
    public string TargetText => Metric.FormatTarget(Target);

    /// <summary>The points an exception page draws: the latest <see cref="ChartPoints"/>, with the limits computed on the whole series.</summary>
    public IReadOnlyList<SpcPoint> ChartedPoints => [.. Spc.Points.Skip(Math.Max(0, Spc.Points.Count - ChartPoints))];

    /// <summary>Each month's target, for the chart's target line.</summary>
    public IReadOnlyDictionary<string, double?> TargetsByMonth =>
        Readings.ToDictionary(r => r.Month.ToString(), r => r.Target, StringComparer.Ordinal);
}

/// <summary>Plan progress (board-packs.md): deliverables by priority × status for the quarter, and those at risk or off track.</summary>
/// <param name="Quarter">The quarter whose updates are shown: the latest up to the reporting month's with any update.</param>
/// <param name="Rows">One row per priority, in the plan's order.</param>
/// <param name="Concerns">Every deliverable at risk or off track, with its commentary and action.</param>
public sealed record PlanProgress(PlanQuarter Quarter, IReadOnlyList<PlanProgressRow> Rows, IReadOnlyList<PlanConcern> Concerns)
{
    /// <summary>The columns: each status, then deliverables with no update for the quarter.</summary>
    public static IReadOnlyList<DeliverableStatus> Statuses => DeliverableStatuses.All;
}

/// <summary>A priority's deliverables counted by status for the quarter; <see cref="NoUpdate"/> had none.</summary>
public sealed record PlanProgressRow(string PriorityCode, string PriorityName, IReadOnlyDictionary<DeliverableStatus, int> ByStatus, int NoUpdate)
{
    public int Total => ByStatus.Values.Sum() + NoUpdate;
}

/// <summary>A deliverable at risk or off track, as the board reads it.</summary>
public sealed record PlanConcern(string Code, string Title, string PriorityName, string Owner, DeliverableStatus Status, string Commentary, string Action);

/// <summary>A row of the actions log: the action and whether it is overdue at the meeting.</summary>
public sealed record PackActionRow(PackAction Action, bool Overdue);

/// <summary>The risk section: the board's appetite and the risks whose score at the meeting is above it (current &gt; appetite), highest first.</summary>
public sealed record PackRiskSection(int Appetite, IReadOnlyList<PackRisk> AboveAppetite);
