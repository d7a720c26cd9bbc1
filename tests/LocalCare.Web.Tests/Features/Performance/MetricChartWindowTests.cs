using LocalCare.Core.Spc;

namespace LocalCare.Web.Tests.Features.Performance;

/// <summary>The demo with three years of activity, so a metric has more months than the chart shows by default.</summary>
public sealed class ThreeYearWebFactory : LocalCareWebFactory
{
    protected override int DemoYears => 3;
}

public sealed class MetricChartWindowTests(ThreeYearWebFactory factory) : IClassFixture<ThreeYearWebFactory>
{
    [Fact]
    public async Task Get_WithMoreThan24Months_DrawsTheLast24WithTheLimitsOfEveryMonth()
    {
        using var client = await factory.CreateSignedInClientAsync();
        var series = await PerformanceExpected.SeriesAsync(factory, "outcomed-appointments");

        var page = await client.GetHtmlAsync("/performance/outcomed-appointments");
        var circles = page.QuerySelectorAll("[data-testid=spc-chart] circle[data-period]").ToList();

        Assert.True(series.Spc.Points.Count > 24, $"{series.Spc.Points.Count} months");
        Assert.Equal(series.Spc.Points.Skip(series.Spc.Points.Count - 24).Select(p => (p.Period, p.PointType.ToCode())), circles.Select(c => (c.GetAttribute("data-period")!, c.GetAttribute("data-point-type")!)));
        Assert.Equal($"Showing the last 24 of {series.Spc.Points.Count} months. Show all {series.Spc.Points.Count} months", page.QuerySelector("[data-testid=points]")!.Text());
        Assert.Equal("/performance/outcomed-appointments?points=all#chart", page.QuerySelector("[data-testid=points] a")!.GetAttribute("href"));
        Assert.Contains($"Over {series.Spc.Points.Count} months the mean is", page.QuerySelector("[data-testid=chart-summary]")!.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_WithPointsAll_DrawsEveryMonth()
    {
        using var client = await factory.CreateSignedInClientAsync();
        var series = await PerformanceExpected.SeriesAsync(factory, "outcomed-appointments", "service:MSK");

        var page = await client.GetHtmlAsync("/performance/outcomed-appointments?unit=service:MSK&points=all");

        Assert.Equal(series.Spc.Points.Select(p => p.Period), page.QuerySelectorAll("[data-testid=spc-chart] circle[data-period]").Select(c => c.GetAttribute("data-period")));
        Assert.Equal("/performance/outcomed-appointments?unit=service%3AMSK#chart", page.QuerySelector("[data-testid=points] a")!.GetAttribute("href"));
    }
}
