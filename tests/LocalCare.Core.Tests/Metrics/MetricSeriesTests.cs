using LocalCare.Core.Boards.Packs;
using LocalCare.Core.Generation;
using LocalCare.Core.Metrics;
using LocalCare.Core.Spc;

namespace LocalCare.Core.Tests.Metrics;

/// <summary>
/// How a metric's page charts its series: the whole series from the first value, with the metric's rebase periods, drawn over the
/// latest 24 points; and that a board pack of the same month reads the same icons from the same readings (board-packs.md).
/// </summary>
public sealed class MetricSeriesTests
{
    private static readonly YearMonth Start = new(2022, 4);

    private static MetricDefinition Definition(string rebases = "") => new()
    {
        Id = "m",
        Name = "M",
        Kind = MetricKind.Count,
        Direction = Direction.HigherIsBetter,
        BoardCode = "HPB",
        Definition = "",
        RebasePeriods = rebases,
    };

    /// <summary>36 months: 10, 12 alternating for 18 months, then 30, 32 alternating (a step the rebase at month 18 separates); a target of 20.</summary>
    private static List<MetricReading> Readings(int months = 36, int stepAt = 18) =>
        [.. Enumerable.Range(0, months).Select(i =>
        {
            double value = (i < stepAt ? 10 : 30) + (i % 2 == 0 ? 0 : 2);
            return new MetricReading("m", Start.AddMonths(i), "lco", value, null, value, 20, value >= 20);
        })];

    [Fact]
    public void TheLimitsAreTheWholeSeries_WhileTheChartDrawsTheLatest24()
    {
        var series = new MetricSeries(Definition(), "lco", Readings());

        Assert.Equal(36, series.Spc.Points.Count);
        Assert.Equal(series.Spc.Points.TakeLast(24), series.Charted);
        Assert.Equal(21, series.Spc.Mean); // the mean of all 36, not of the latest 24 (26)
        Assert.Equal(series.Spc.Points, new MetricSeries(Definition(), "lco", Readings(), window: null).Charted);
    }

    [Fact]
    public void ARebasePeriod_StartsNewLimits_AndOneOutsideTheSeriesIsIgnored()
    {
        var rebased = new MetricSeries(Definition("2021-01,2023-10"), "lco", Readings());

        Assert.Equal([0, 1], rebased.Spc.Points.Select(p => p.Group).Distinct());
        Assert.Equal("2023-10", rebased.Spc.Points.First(p => p.Group == 1).Period);
        Assert.Equal(31, rebased.Spc.Mean);
        Assert.Equal(Assurance.ConsistentPass, rebased.Spc.Assurance); // target 20 below the second group's limits
        Assert.Equal(11, rebased.PointsByMonth["2022-04"].Mean);
    }

    [Fact]
    public void MonthsBeforeTheFirstValue_AreNotPartOfTheSeries()
    {
        var readings = Readings();
        readings.Insert(0, new MetricReading("m", Start.AddMonths(-1), "lco", 0, null, null, 20, null));

        var series = new MetricSeries(Definition(), "lco", readings);

        Assert.Equal(37, series.Readings.Count);
        Assert.Equal(36, series.Spc.Points.Count);
        Assert.False(series.PointsByMonth.ContainsKey(Start.AddMonths(-1).ToString()));
    }

    [Theory]
    [InlineData("")]
    [InlineData("2023-10")]
    [InlineData("2022-10,2023-10")]
    public void APack_ForTheLatestMonth_ShowsTheMetricPagesIcons(string rebases)
    {
        var definition = Definition(rebases);
        var readings = Readings();
        var page = new MetricSeries(definition, "lco", readings);
        var month = readings[^1].Month;
        var input = new PackMetricInput(definition, null, readings, MetricRebases.Of(rebases), 20, [], new DataQualityMark(Rag.Green, Rag.Green, Rag.Green, Rag.Green), false, null);

        var pack = BoardPackBuilder.Metric(input, new PackMeeting("HPB", "Health Performance Board", month.LastDay.AddDays(14), month, 1));

        Assert.Equal((page.Spc.Variation, page.Spc.Assurance, page.Spc.Mean, page.Spc.Lpl, page.Spc.Upl), (pack.Spc.Variation, pack.Spc.Assurance, pack.Spc.Mean, pack.Spc.Lpl, pack.Spc.Upl));
        Assert.Equal(page.Charted, pack.ChartedPoints);
    }
}
