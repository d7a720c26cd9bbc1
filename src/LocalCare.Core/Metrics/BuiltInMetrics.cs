using LocalCare.Core.Boards;

namespace LocalCare.Core.Metrics;

/// <summary>The metric library of metrics.md, with ids, directions, default targets and boards exactly as written there.</summary>
public static class BuiltInMetrics
{
    /// <summary>Fresh instances, so callers may attach them to a database context.</summary>
    public static IReadOnlyList<MetricDefinition> Create() =>
    [
        Ratio("contacts-linked-to-referral", "Contacts linked to a referral", Direction.HigherIsBetter, 0.98, StandardBoards.HealthPerformance,
            "Attended contacts in the month that are linked to a referral / attended contacts in the month"),
        Ratio("outcomed-appointments", "Outcomed appointments", Direction.HigherIsBetter, 0.90, StandardBoards.HealthPerformance,
            "Contacts in the month with attendance 3, 5, 6 or 7 / contacts in the month with attendance other than 2 or 4 (null and 0 count as not outcomed)"),
        Ratio("activity-vs-plan", "Contacts against plan", Direction.HigherIsBetter, 1.00, StandardBoards.FinancePerformanceContracting,
            "Attended contacts in the month / planned contacts for the month (per service; not defined for neighbourhoods or localities)"),
        Ratio("crisis-response-2h", "Crisis response within 2 hours", Direction.HigherIsBetter, 0.85, StandardBoards.HealthPerformance,
            "Crisis referrals received in the month with an attended contact on the same referral within 120 minutes of receipt / crisis referrals received in the month"),
        Count("waiting-list-size", "People waiting", Direction.LowerIsBetter, null, StandardBoards.HealthPerformance,
            "Referrals waiting at the census (received, not crisis, not discharged, no attended contact yet)"),
        Ratio("waiting-within-18-weeks", "Waiting within 18 weeks", Direction.HigherIsBetter, 0.92, StandardBoards.HealthPerformance,
            "Waiting referrals with 126 days waited or fewer / waiting referrals"),
        Count("waiting-over-52-weeks", "Waiting more than 52 weeks", Direction.LowerIsBetter, 0, StandardBoards.HealthPerformance,
            "Waiting referrals with more than 364 days waited"),
        Count("waiting-over-65-weeks", "Waiting more than 65 weeks", Direction.LowerIsBetter, 0, StandardBoards.HealthPerformance,
            "Waiting referrals with more than 455 days waited"),
        Count("waiting-over-78-weeks", "Waiting more than 78 weeks", Direction.LowerIsBetter, 0, StandardBoards.HealthPerformance,
            "Waiting referrals with more than 546 days waited"),
        Ratio("dna-rate", "Did not attend rate", Direction.LowerIsBetter, null, StandardBoards.HealthPerformance,
            "Contacts in the month with attendance 3 or 7 / contacts in the month with attendance 3, 5, 6 or 7"),
        Ratio("hah-utilisation", "Hospital at Home bed utilisation", Direction.HigherIsBetter, 0.80, StandardBoards.HealthPerformance,
            "Occupied beds summed over the days of the month / capacity beds summed over the days of the month"),
        Ratio("vacancy-rate", "Vacancy rate", Direction.LowerIsBetter, 0.075, StandardBoards.HealthPerformance,
            "(Budgeted WTE − contracted WTE) / budgeted WTE at the month"),
        Ratio("turnover-r12m", "Staff turnover, rolling 12 months", Direction.LowerIsBetter, 0.126, StandardBoards.HealthPerformance,
            "Leavers over the 12 months ending the month / mean headcount over those months; null unless all 12 months are present"),
        Ratio("retention-r12m", "Retention rate, rolling 12 months", Direction.HigherIsBetter, 0.89, StandardBoards.HealthPerformance,
            "(Mean headcount − leavers) / mean headcount over the 12 months ending the month"),
        Ratio("sickness-absence-r12m", "Sickness absence, rolling 12 months", Direction.LowerIsBetter, 0.045, StandardBoards.HealthPerformance,
            "FTE days lost to sickness / FTE days available over the 12 months ending the month"),
        Ratio("appraisal-compliance", "Appraisal compliance", Direction.HigherIsBetter, 0.95, StandardBoards.HealthPerformance,
            "Appraisals completed / appraisals due at the month"),
        Count("pressure-ulcers-cat3-4", "Category 3 and 4 pressure ulcers acquired in care", Direction.LowerIsBetter, null, StandardBoards.HealthPerformance,
            "Pressure ulcer incidents graded category 3 or 4 and acquired in care, occurring in the month"),
        Count("serious-falls", "Falls with moderate or worse harm", Direction.LowerIsBetter, 0, StandardBoards.HealthPerformance,
            "Fall incidents graded moderate, severe or death, occurring in the month"),
        Mean("wmtm-score", "What Matters to Me score", Direction.HigherIsBetter, null, StandardBoards.HealthPerformance,
            "Sum of What Matters to Me scores / What Matters to Me responses in the month"),
        Mean("qcr-score", "Quality Care Round score", Direction.HigherIsBetter, null, StandardBoards.HealthPerformance,
            "Sum of Quality Care Round scores / Quality Care Round responses in the month"),
        Ratio("fft-positive", "Friends and Family Test positive", Direction.HigherIsBetter, null, StandardBoards.HealthPerformance,
            "Friends and Family Test responses scored 1 or 2 / responses scored 1 to 5 in the month"),
    ];

    /// <summary>Ids in metrics.md order.</summary>
    public static IReadOnlyList<string> Ids { get; } = Create().Select(m => m.Id).ToList();

    /// <summary>
    /// Manual metrics named by the plan's KLOEs that have no operational feed (metrics.md): their values come from
    /// metric_values.csv or the app. Fresh instances.
    /// </summary>
    public static IReadOnlyList<MetricDefinition> Manual() =>
    [
        ManualMetric("vfp-savings-delivered", "Value for Patients savings delivered", MetricKind.Ratio, Direction.HigherIsBetter, 1.00, StandardBoards.FinancePerformanceContracting,
            "Value for Patients savings delivered to date / savings planned to date"),
        ManualMetric("spend-against-budget", "Spend against budget (control total)", MetricKind.Ratio, Direction.LowerIsBetter, 1.00, StandardBoards.FinancePerformanceContracting,
            "Spend to date / budget to date"),
        ManualMetric("time-to-hire", "Time to hire (days)", MetricKind.Mean, Direction.LowerIsBetter, null, StandardBoards.HealthPerformance,
            "Days from vacancy approval to start date, summed / starters in the month"),
        ManualMetric("carers-assessments", "Carers assessments completed", MetricKind.Count, Direction.HigherIsBetter, null, StandardBoards.AdultSocialCarePerformance,
            "Carers assessments completed in the month"),
    ];

    private static MetricDefinition ManualMetric(string id, string name, MetricKind kind, Direction direction, double? target, string board, string definition) =>
        new() { Id = id, Name = name, Kind = kind, Direction = direction, DefaultTarget = target, BoardCode = board, Definition = definition, IsManual = true };

    private static MetricDefinition Ratio(string id, string name, Direction direction, double? target, string board, string definition) =>
        new() { Id = id, Name = name, Kind = MetricKind.Ratio, Direction = direction, DefaultTarget = target, BoardCode = board, Definition = definition };

    private static MetricDefinition Count(string id, string name, Direction direction, double? target, string board, string definition) =>
        new() { Id = id, Name = name, Kind = MetricKind.Count, Direction = direction, DefaultTarget = target, BoardCode = board, Definition = definition };

    private static MetricDefinition Mean(string id, string name, Direction direction, double? target, string board, string definition) =>
        new() { Id = id, Name = name, Kind = MetricKind.Mean, Direction = direction, DefaultTarget = target, BoardCode = board, Definition = definition };
}
