using LocalCare.Core.Metrics;
using LocalCare.Core.Plans;

namespace LocalCare.Core.Tests.Metrics;

public sealed class MetricRulesTests
{
    [Theory]
    [InlineData(Direction.HigherIsBetter, 0.90, 0.90, true)]
    [InlineData(Direction.HigherIsBetter, 0.89, 0.90, false)]
    [InlineData(Direction.LowerIsBetter, 0.075, 0.075, true)]
    [InlineData(Direction.LowerIsBetter, 0.08, 0.075, false)]
    public void Met_ComparesInTheMetricsDirection(Direction direction, double value, double target, bool met)
    {
        Assert.Equal(met, direction.Met(value, target));
    }

    [Fact]
    public void Met_IsNull_WithoutAValueOrATarget()
    {
        Assert.Null(Direction.HigherIsBetter.Met(null, 0.9));
        Assert.Null(Direction.LowerIsBetter.Met(3, null));
    }

    [Fact]
    public void TargetLookup_PrefersTheUnitsOwnTarget_ThenTheLcos()
    {
        var year = new PlanYear(2024);
        var lookup = new TargetLookup(
        [
            new MetricTarget { MetricId = "m", Unit = "lco", PlanYear = year, Value = 0.9 },
            new MetricTarget { MetricId = "m", Unit = "service:POD", PlanYear = year, Value = 0.8 },
        ]);

        Assert.Equal(0.8, lookup.For("m", "service:POD", year));
        Assert.Equal(0.9, lookup.For("m", "neighbourhood:INT-A", year));
        Assert.Null(lookup.For("m", "lco", year.Next));
        Assert.Null(lookup.For("other", "lco", year));
    }

    [Fact]
    public void Format_ShowsRatiosAsPercentagesAndTargetsWithTheirComparator()
    {
        var crisis = Metric(MetricKind.Ratio, Direction.HigherIsBetter);
        var waits = Metric(MetricKind.Count, Direction.LowerIsBetter);
        var wmtm = Metric(MetricKind.Mean, Direction.HigherIsBetter);

        Assert.Equal("96.8%", crisis.Format(0.968));
        Assert.Equal("≥ 85.0%", crisis.FormatTarget(0.85));
        Assert.Equal("≤ 0", waits.FormatTarget(0));
        Assert.Equal("1,234", waits.Format(1234));
        Assert.Equal("87.5", wmtm.Format(87.5));
        Assert.Equal("none", wmtm.FormatTarget(null));
        Assert.Equal("–", crisis.Format(null));
    }

    private static MetricDefinition Metric(MetricKind kind, Direction direction) =>
        new() { Id = "m", Name = "M", Kind = kind, Direction = direction, BoardCode = "HPB", Definition = "d" };
}
