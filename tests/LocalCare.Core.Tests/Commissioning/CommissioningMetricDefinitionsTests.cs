using LocalCare.Core.Boards;
using LocalCare.Core.Commissioning;
using LocalCare.Core.Metrics;

namespace LocalCare.Core.Tests.Commissioning;

/// <summary>The six metrics are the spec's table (commissioning.md "Metrics"): id, name, kind, direction, default target and board.</summary>
public sealed class CommissioningMetricDefinitionsTests
{
    [Fact]
    public void TheSix_AreTheSpecsTable_RowForRow()
    {
        (string, string, MetricKind, Direction, double?, string)[] spec =
        [
            ("care-home-beds-good-outstanding", "Beds in homes rated good or outstanding", MetricKind.Ratio, Direction.HigherIsBetter, 0.85, StandardBoards.AdultSocialCarePerformance),
            ("providers-good-outstanding", "Providers rated good or outstanding", MetricKind.Ratio, Direction.HigherIsBetter, 0.85, StandardBoards.AdultSocialCarePerformance),
            ("provider-reviews-on-time", "Provider reviews on time", MetricKind.Ratio, Direction.HigherIsBetter, 0.95, StandardBoards.AdultSocialCarePerformance),
            ("local-spend", "Spend with local providers", MetricKind.Ratio, Direction.HigherIsBetter, null, StandardBoards.FinancePerformanceContracting),
            ("budget-variance", "Variance to budget", MetricKind.Count, Direction.LowerIsBetter, 0, StandardBoards.FinancePerformanceContracting),
            ("vfp-delivery", "Value for Patients delivered against plan, year to date", MetricKind.Ratio, Direction.HigherIsBetter, 1.00, StandardBoards.FinancePerformanceContracting),
        ];

        var defined = CommissioningMetricDefinitions.All().Select(m => (m.Id, m.Name, m.Kind, m.Direction, m.DefaultTarget, m.BoardCode)).ToArray();

        Assert.Equal(spec, defined);
        Assert.All(CommissioningMetricDefinitions.All(), m => Assert.False(string.IsNullOrWhiteSpace(m.Definition)));
        Assert.Equal(CommissioningMetrics.Ids.Order(StringComparer.Ordinal), defined.Select(d => d.Item1).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void TheBoards_AreTheAdultSocialCarePerformanceBoard_AndTheFinancePerformanceAndContractingGroup()
    {
        var boards = StandardBoards.Create().ToDictionary(b => b.Code, b => b.Name);

        Assert.Equal("Adult Social Care Performance Board", boards[StandardBoards.AdultSocialCarePerformance]);
        Assert.Equal("Finance, Performance and Contracting Group", boards[StandardBoards.FinancePerformanceContracting]);
    }
}
