using LocalCare.Core.Boards;

namespace LocalCare.Core.Metrics;

/// <summary>The manual metrics the demo plan names; the built-in computed ones are SQL files in the warehouse (MetricLibrary).</summary>
public static class BuiltInMetrics
{
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
}
