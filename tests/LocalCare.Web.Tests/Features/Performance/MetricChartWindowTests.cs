using System.Text.Json;
using LocalCare.Core.Spc;
using LocalCare.Data.Metrics;

namespace LocalCare.Web.Tests.Features.Performance;

/// <summary>The demo with three years of activity, so a metric has more months than the chart shows by default.</summary>
public sealed class ThreeYearWebFactory : LocalCareWebFactory
{
    protected override int DemoYears => 3;
}

public sealed class MetricChartWindowTests(ThreeYearWebFactory factory) : IClassFixture<ThreeYearWebFactory>
{
    [Fact]
    public async Task Get_WithMoreThan24Months_DrawsTheLatest24_WithLimitsAndIconsFromTheWholeSeries()
    {
        using var client = await factory.CreateSignedInClientAsync();
        var readings = await PerformanceExpected.ReadingsAsync(factory, new MetricFilter("outcomed-appointments", "lco"));
        var valued = readings.Where(r => r.Value is not null).ToList();
        // The packs' rule (board-packs.md): the whole series from the first value, screening on, the latest target.
        var expected = SpcCalculator.Calculate(
            valued.Select(r => new SpcInputPoint(r.Month.ToString(), r.Value)).ToList(),
            new SpcOptions(ImprovementDirection.Increase, valued[^1].Target));

        var page = await client.GetHtmlAsync("/performance/outcomed-appointments");
        var circles = page.QuerySelectorAll("[data-testid=spc-chart] [data-point-type][data-period]").ToList();

        Assert.True(valued.Count > 24, $"{valued.Count} months");
        Assert.Equal(expected.Points.TakeLast(24).Select(p => (p.Period, p.PointType.ToCode())), circles.Select(c => (c.GetAttribute("data-period")!, c.GetAttribute("data-point-type")!)));
        Assert.Equal(expected.Variation!.Value.ToCode(), page.QuerySelector("[data-testid=variation]")!.GetAttribute("data-variation"));
        Assert.Equal($"Showing the last 24 of {valued.Count} months; the mean, limits and icons are from all of them. Show all {valued.Count} months", page.QuerySelector("[data-testid=points]")!.Text());
        Assert.Equal("/performance/outcomed-appointments?points=all#chart", page.QuerySelector("[data-testid=points] a")!.GetAttribute("href"));
        Assert.Contains($"Over {valued.Count} months the mean is", page.QuerySelector("[data-testid=chart-summary]")!.Text(), StringComparison.Ordinal);
        // A month before the drawn window still has its point in the values table.
        var first = page.QuerySelector($"[data-testid=values] tr[data-month='{valued[0].Month}'] [data-testid=spc-label]")!;
        Assert.Equal(expected.Points[0].Label.ToCode(), first.GetAttribute("data-label"));
    }

    [Fact]
    public async Task Get_WithPointsAll_ChartsEveryMonth()
    {
        using var client = await factory.CreateSignedInClientAsync();
        var series = await PerformanceExpected.SeriesAsync(factory, "outcomed-appointments", "service:MSK", all: true);

        var page = await client.GetHtmlAsync("/performance/outcomed-appointments?unit=service:MSK&points=all");

        Assert.True(series.Spc.Points.Count > 24);
        Assert.Equal(series.Spc.Points.Select(p => p.Period), page.QuerySelectorAll("[data-testid=spc-chart] [data-point-type][data-period]").Select(c => c.GetAttribute("data-period")));
        Assert.Equal(series.Spc.Variation!.Value.ToCode(), page.QuerySelector("[data-testid=variation]")!.GetAttribute("data-variation"));
        Assert.Equal("/performance/outcomed-appointments?unit=service%3AMSK#chart", page.QuerySelector("[data-testid=points] a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task GetSpcApi_DrawsTheLatest24UnlessAllAreAsked_WithTheSameLimits()
    {
        using var client = await factory.CreateSignedInClientAsync();
        var latest = await PerformanceExpected.SeriesAsync(factory, "dna-rate", "locality:NORTH");
        var all = await PerformanceExpected.SeriesAsync(factory, "dna-rate", "locality:NORTH", all: true);

        using var window = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/metrics/dna-rate/spc?unit=locality:NORTH", UriKind.Relative), TestContext.Current.CancellationToken));
        using var every = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/metrics/dna-rate/spc?unit=locality:NORTH&points=all", UriKind.Relative), TestContext.Current.CancellationToken));

        Assert.Equal(latest.Charted.Select(p => p.Period), window.RootElement.GetProperty("points").EnumerateArray().Select(p => p.GetProperty("period").GetString()));
        Assert.Equal(24, latest.Charted.Count);
        // The limits are the whole series' whichever the window: the same mean with and without points=all.
        Assert.Equal(all.Spc.Mean, window.RootElement.GetProperty("mean").GetDouble());
        Assert.Equal(all.Spc.Points.Count, every.RootElement.GetProperty("points").GetArrayLength());
        Assert.Equal(all.Spc.Mean, every.RootElement.GetProperty("mean").GetDouble());
    }
}
