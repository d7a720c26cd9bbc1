using LocalCare.Core.Boards;
using LocalCare.Core.Metrics;

namespace LocalCare.Core.Commissioning;

/// <summary>
/// The six commissioning metrics of commissioning.md as metric library entries: computed by <c>localcare compute</c> from the
/// commissioning data in the app database (<see cref="CommissioningMetrics"/>), not by warehouse SQL. Fresh instances.
/// </summary>
public static class CommissioningMetricDefinitions
{
    public static IReadOnlyList<MetricDefinition> All() =>
    [
        Metric(CommissioningMetrics.CareHomeBedsGoodOutstanding, "Beds in homes rated good or outstanding", MetricKind.Ratio, Direction.HigherIsBetter, 0.85,
            StandardBoards.AdultSocialCarePerformance,
            "Beds of care homes with an active contract whose CQC overall rating at the month's last day is good or outstanding / beds of those rated (unrated homes are left out)"),
        Metric(CommissioningMetrics.ProvidersGoodOutstanding, "Providers rated good or outstanding", MetricKind.Ratio, Direction.HigherIsBetter, 0.85,
            StandardBoards.AdultSocialCarePerformance,
            "Providers with an active contract at the month's last day rated good or outstanding by CQC / those rated"),
        Metric(CommissioningMetrics.ProviderReviewsOnTime, "Provider reviews on time", MetricKind.Ratio, Direction.HigherIsBetter, 0.95,
            StandardBoards.AdultSocialCarePerformance,
            "Providers with an active contract at the month's last day whose risk-rated review is not overdue / providers with an active contract"),
        Metric(CommissioningMetrics.LocalSpend, "Spend with local providers", MetricKind.Ratio, Direction.HigherIsBetter, null,
            StandardBoards.FinancePerformanceContracting,
            "Spend in the month on contracts of local providers / all spend in the month (credits count as negative spend)"),
        Metric(CommissioningMetrics.BudgetVariance, "Variance to budget", MetricKind.Count, Direction.LowerIsBetter, 0,
            StandardBoards.FinancePerformanceContracting,
            "Sum of actual minus budget (GBP) over the month's budget lines that have an actual"),
        Metric(CommissioningMetrics.VfpDelivery, "Value for Patients delivered against plan, year to date", MetricKind.Ratio, Direction.HigherIsBetter, 1.00,
            StandardBoards.FinancePerformanceContracting,
            "Savings delivered from April to the month / (annual targets of the plan year's approved schemes × months elapsed ÷ 12)"),
    ];

    /// <summary>Whether <paramref name="metricId"/> is one of the six.</summary>
    public static bool Includes(string metricId) => CommissioningMetrics.Ids.Contains(metricId);

    private static MetricDefinition Metric(string id, string name, MetricKind kind, Direction direction, double? target, string board, string definition) =>
        new() { Id = id, Name = name, Kind = kind, Direction = direction, DefaultTarget = target, BoardCode = board, Definition = definition };
}
