using LocalCare.Core.Generation;
using LocalCare.Core.Metrics;
using LocalCare.Core.Plans;
using LocalCare.Core.WaitingLists;

namespace LocalCare.Core.Boards.Packs;

/// <summary>
/// Everything one board pack is made from (board-packs.md), gathered from the app database and the warehouse by the edges;
/// <c>BoardPackBuilder</c> turns it into the pack without I/O, so the same input always gives the same pack.
/// </summary>
/// <param name="Meeting">The meeting the pack is for.</param>
/// <param name="Cover">The paper's cover sheet.</param>
/// <param name="Metrics">Every metric the board monitors, in the board's order.</param>
/// <param name="PlanProgress">The plan's deliverables, when the board monitors priorities (the Accountability Board); else null.</param>
/// <param name="WaitingLists">The waiting lists, when the board monitors the waiting metrics; else null.</param>
/// <param name="Actions">The board's actions log: every action not closed before this meeting.</param>
/// <param name="Decisions">The board's decisions log.</param>
/// <param name="Risks">The board's appetite and the risks linked to it as they stood at the meeting; null: no risk section (packs made before the register).</param>
public sealed record PackInput(
    PackMeeting Meeting,
    CoverSheet Cover,
    IReadOnlyList<PackMetricInput> Metrics,
    PlanProgressInput? PlanProgress,
    WaitingListInput? WaitingLists,
    IReadOnlyList<PackAction> Actions,
    IReadOnlyList<PackDecision> Decisions,
    PackRiskInput? Risks = null);

/// <summary>The meeting a pack is for: its board, date, the reporting month the figures run to, and the pack's version (1, 2, … for corrections).</summary>
public sealed record PackMeeting(string BoardCode, string BoardName, DateOnly Date, YearMonth ReportingMonth, int Version);

/// <summary>A paper's cover sheet (board-packs.md): governance fields every pack carries.</summary>
/// <param name="AgendaItem">The agenda item reference, e.g. "HPB 24/113".</param>
/// <param name="Title">The paper's title.</param>
/// <param name="Author">Who wrote it.</param>
/// <param name="LeadDirector">The director who presents it.</param>
/// <param name="Purpose">Decision, assurance or information.</param>
/// <param name="AssuranceOffered">The level of assurance the paper offers.</param>
/// <param name="CqcKeyQuestions">Safe, Effective, Caring, Responsive, Well-led: those the paper speaks to.</param>
/// <param name="Priorities">Names of the plan priorities it relates to.</param>
/// <param name="Risks">Titles of the risks it relates to.</param>
/// <param name="ExecutiveSummary">The summary a board member reads first.</param>
public sealed record CoverSheet(
    string AgendaItem,
    string Title,
    string Author,
    string LeadDirector,
    PaperPurpose Purpose,
    AssuranceLevel AssuranceOffered,
    IReadOnlyList<string> CqcKeyQuestions,
    IReadOnlyList<string> Priorities,
    IReadOnlyList<string> Risks,
    string ExecutiveSummary);

/// <summary>What a paper asks of the board.</summary>
public enum PaperPurpose
{
    Decision,
    Assurance,
    Information,
}

/// <summary>The level of assurance a paper offers.</summary>
public enum AssuranceLevel
{
    Substantial,
    Reasonable,
    Limited,
    None,
}

/// <summary>One metric of the board with what its icon row and (if it is an exception) its page need.</summary>
/// <param name="Metric">The definition (name, kind, direction, definition text, default target, board).</param>
/// <param name="KloeTheme">The theme of the board's KLOE that lists the metric (Quality, Workforce, …); null when no KLOE does.</param>
/// <param name="Readings">The metric's stored monthly readings at unit <c>lco</c>, any months (the builder takes those up to the reporting month).</param>
/// <param name="RebasePeriods">The metric's configured rebase periods (<c>YYYY-MM</c>), each starting new limits.</param>
/// <param name="Target">The LCO's target for the reporting month's plan year; null for none.</param>
/// <param name="Breakdown">The reporting month's value at each locality, neighbourhood and service.</param>
/// <param name="Quality">The metric's data-quality mark for the reporting month.</param>
/// <param name="Flagged">A user flagged the metric as an exception for this meeting.</param>
/// <param name="Narrative">The narrative written for this meeting; null while none has been written.</param>
/// <param name="Source">Where the figures come from, for the appendix (the import files the metric reads, or "entered by hand").</param>
/// <param name="Owner">The metric's accountable person (the data owner who signs months off); null when none is set.</param>
public sealed record PackMetricInput(
    MetricDefinition Metric,
    string? KloeTheme,
    IReadOnlyList<MetricReading> Readings,
    IReadOnlyList<string> RebasePeriods,
    double? Target,
    IReadOnlyList<UnitValue> Breakdown,
    DataQualityMark Quality,
    bool Flagged,
    ExceptionNarrative? Narrative,
    string Source = "",
    string? Owner = null);

/// <summary>A unit's value (and target) in the reporting month: <c>Unit</c> is <c>locality:X</c>, <c>neighbourhood:X</c> or <c>service:X</c>.</summary>
public sealed record UnitValue(string Unit, string Name, double? Value, double? Target);

/// <summary>
/// An exception page's narrative, written per metric per meeting: what the chart tells us, root causes, actions, mitigations
/// and risks, expected recovery and the accountable person; or, at publishing, "narrative to follow" with a reason.
/// </summary>
public sealed record ExceptionNarrative(
    string WhatTheChartTellsUs,
    string RootCauses,
    IReadOnlyList<NarrativeAction> Actions,
    string MitigationsAndRisks,
    YearMonth? ExpectedRecovery,
    string AccountablePerson,
    string? ToFollowReason = null);

/// <summary>An action of a narrative: what, who, by when.</summary>
public sealed record NarrativeAction(string Action, string Owner, DateOnly Due);

/// <summary>The data-quality mark's four parts (board-packs.md): timely and complete computed, validated and audited set in the app.</summary>
public sealed record DataQualityMark(Rag Timely, Rag Complete, Rag Validated, Rag Audited);

/// <summary>Green, amber or red; always shown with its label, never colour alone.</summary>
public enum Rag
{
    Green,
    Amber,
    Red,
}

/// <summary>The plan's priorities and deliverables (with their updates) for the plan progress section, at the meeting's quarter.</summary>
public sealed record PlanProgressInput(PlanQuarter Quarter, IReadOnlyList<Priority> Priorities, IReadOnlyList<Deliverable> Deliverables);

/// <summary>The waiting lists at the reporting month's census: every unit's snapshot, and the months before it for the trend.</summary>
public sealed record WaitingListInput(YearMonth Census, IReadOnlyList<UnitSnapshot> Units, IReadOnlyList<WaitingCensusMonth> History);

/// <summary>An action the board asked for: its reference, the meeting that raised it, what, who, by when, its status and latest update.</summary>
public sealed record PackAction(string Reference, DateOnly RaisedAt, string Description, string Owner, DateOnly Due, BoardActionStatus Status, string? LatestUpdate);

/// <summary>The status of a board action (board-packs.md).</summary>
public enum BoardActionStatus
{
    Open,
    InProgress,
    Complete,
    Closed,
}

/// <summary>A decision the board made, at which meeting.</summary>
public sealed record PackDecision(string Reference, DateOnly MadeAt, string Decision);

/// <summary>A board's risk appetite (1–25) and the risks linked to it, with their scores at the meeting; the builder keeps those above it.</summary>
public sealed record PackRiskInput(int Appetite, IReadOnlyList<PackRisk> Risks);

/// <summary>A risk as a pack shows it: its code, title, owner, category, current and target scores, next review and its gaps and open actions.</summary>
public sealed record PackRisk(
    string Code,
    string Title,
    string Owner,
    string Category,
    Risks.RiskScore Current,
    Risks.RiskScore Target,
    DateOnly ReviewDate,
    bool ReviewOverdue,
    string Gaps,
    IReadOnlyList<string> OpenActions);
