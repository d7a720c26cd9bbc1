using System.Net;
using LocalCare.Core.Access;
using LocalCare.Core.Boards;
using LocalCare.Core.Metrics;
using LocalCare.Core.Spc;
using LocalCare.Data.Metrics;
using LocalCare.Reports.Charts;
using LocalCare.Web.Features.Performance;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Web.Tests.Features.Performance;

public sealed class PerformancePageTests(LocalCareWebFactory factory) : IClassFixture<LocalCareWebFactory>
{
    [Fact]
    public async Task Get_ByDefault_ShowsEveryMetricAtTheLcoWithItsLatestValueTargetAndIcons()
    {
        using var client = await factory.CreateSignedInClientAsync();
        var metrics = await factory.QueryAsync(db => db.Metrics.AsNoTracking().ToListAsync(TestContext.Current.CancellationToken));
        var readings = (await PerformanceExpected.ReadingsAsync(factory, new MetricFilter(Unit: UnitRefs.Lco))).ToLookup(r => r.MetricId);

        var page = await client.GetHtmlAsync("/performance");
        var rows = page.QuerySelectorAll("[data-testid=performance] tbody tr").ToList();

        Assert.Equal("Manchester Local Care Organisation – Performance", page.QuerySelector("h1")!.Text());
        Assert.Equal(MetricOrder.Of(metrics).OrderBy(m => m.Value).Select(m => m.Key), rows.Select(r => r.GetAttribute("data-metric")));
        foreach (var metric in metrics)
        {
            var series = new MetricSeries(metric, UnitRefs.Lco, readings[metric.Id].ToList());
            var row = rows.Single(r => r.GetAttribute("data-metric") == metric.Id);
            Assert.Equal(metric.Format(series.Latest?.Value), row.QuerySelector("[data-testid=value]")!.Text());
            Assert.Equal(metric.FormatTarget(series.Latest?.Target), row.QuerySelector("[data-testid=target]")!.Text());
            var variation = row.QuerySelector("[data-testid=variation]")!;
            var assurance = row.QuerySelector("[data-testid=assurance]")!;
            Assert.Equal(series.Latest is null ? "none" : series.Spc.Variation!.Value.ToCode(), variation.GetAttribute("data-variation"));
            Assert.Equal(series.Spc.Assurance?.ToCode() ?? "none", assurance.GetAttribute("data-assurance"));
            Assert.Equal(SpcIcons.Text(series.Latest is null ? null : series.Spc.Variation), variation.QuerySelector(".nhsuk-u-visually-hidden")!.Text());
            Assert.Equal(SpcIcons.Text(series.Spc.Assurance, series.Latest is not null), assurance.QuerySelector(".nhsuk-u-visually-hidden")!.Text());
            Assert.Equal($"/performance/{metric.Id}", row.QuerySelector("a")!.GetAttribute("href"));
        }
    }

    [Fact]
    public async Task Get_ByDefault_DrawsATrendLineOfTheLatestPointsWithItsWords()
    {
        using var client = await factory.CreateSignedInClientAsync();
        var series = await PerformanceExpected.SeriesAsync(factory, "outcomed-appointments");

        var page = await client.GetHtmlAsync("/performance");
        var trend = page.QuerySelector("tr[data-metric='outcomed-appointments'] [data-testid=trend] svg")!;

        Assert.True(series.Spc.Points.Count >= 2);
        Assert.Equal("img", trend.GetAttribute("role"));
        Assert.StartsWith($"Trend over {series.Charted.Count} months: ", trend.GetAttribute("aria-label"), StringComparison.Ordinal);
        Assert.Equal(series.Charted.Count, trend.QuerySelector("polyline")!.GetAttribute("points")!.Split(' ').Length);
    }

    [Fact]
    public async Task Get_WithABoard_ShowsOnlyItsMetrics()
    {
        using var client = await factory.CreateSignedInClientAsync();
        var ids = await factory.QueryAsync(db => db.Metrics.Where(m => m.BoardCode == StandardBoards.FinancePerformanceContracting).Select(m => m.Id).ToListAsync(TestContext.Current.CancellationToken));

        var page = await client.GetHtmlAsync("/performance?board=FPCG");

        Assert.NotEmpty(ids);
        Assert.Equal(ids.Order(StringComparer.Ordinal), page.QuerySelectorAll("[data-testid=performance] tbody tr").Select(r => r.GetAttribute("data-metric")!).Order(StringComparer.Ordinal));
        Assert.Equal("FPCG", page.QuerySelector("#board option[selected]")!.GetAttribute("value"));
        Assert.StartsWith($"{ids.Count} metrics for the Finance, Performance and Contracting Group", page.QuerySelector("[data-testid=metric-count]")!.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_WithAUnit_ShowsTheValuesAtThatUnit()
    {
        using var client = await factory.CreateSignedInClientAsync();
        var series = await PerformanceExpected.SeriesAsync(factory, "outcomed-appointments", "locality:NORTH");
        var lco = await PerformanceExpected.SeriesAsync(factory, "outcomed-appointments");

        var page = await client.GetHtmlAsync("/performance?unit=locality:NORTH");
        var row = page.QuerySelector("tr[data-metric='outcomed-appointments']")!;

        Assert.NotEqual(lco.Latest!.Value, series.Latest!.Value);
        Assert.Equal("North Manchester (locality) – Performance", page.QuerySelector("h1")!.Text());
        Assert.Equal(series.Metric.Format(series.Latest.Value), row.QuerySelector("[data-testid=value]")!.Text());
        Assert.Equal("/performance/outcomed-appointments?unit=locality%3ANORTH", row.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("locality:NORTH", page.QuerySelector("#unit option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Get_ExceptionsFirst_PutsConcernsThenTargetsFailedThenTargetsHitAndMissedFirst()
    {
        using var client = await factory.CreateSignedInClientAsync();

        var page = await client.GetHtmlAsync("/performance?sort=exceptions");
        var rows = page.QuerySelectorAll("[data-testid=performance] tbody tr").ToList();
        var ranks = rows.Select(r => Rank(
            r.QuerySelector("[data-testid=variation]")!.GetAttribute("data-variation")!,
            r.QuerySelector("[data-testid=assurance]")!.GetAttribute("data-assurance")!)).ToList();

        Assert.Equal(ranks.Order(), ranks);
        Assert.Contains(rows, r => r.GetAttribute("data-exception") == "true");
        Assert.Equal(
            rows.Select(r => r.GetAttribute("data-exception")).OrderBy(e => e == "true" ? 0 : 1),
            rows.Select(r => r.GetAttribute("data-exception")));
        Assert.Null(page.QuerySelector("[data-testid=sort-exceptions]"));

        static int Rank(string variation, string assurance) =>
            variation == "none" ? 9 : (variation.StartsWith("concern", StringComparison.Ordinal) ? 0 : 3) + assurance switch { "consistent_fail" => 0, "inconsistent" => 1, _ => 2 };
    }

    [Fact]
    public async Task Get_ByDefault_LinksTheVariationHeaderToExceptionsFirst()
    {
        using var client = await factory.CreateSignedInClientAsync();

        var page = await client.GetHtmlAsync("/performance?unit=service:MSK");

        Assert.Equal("/performance?unit=service%3AMSK&sort=exceptions", page.QuerySelector("[data-testid=sort-exceptions]")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("unit=nowhere", "Unit 'nowhere' is not a unit of the organisation: use lco, locality:CODE, neighbourhood:CODE or service:CODE")]
    [InlineData("board=NOPE", "Board 'NOPE' is not a board: use one of AB, HPB, ASCPB, FPCG, TPB, JCB")]
    [InlineData("sort=size", "Sort 'size' is not an order: use plan or exceptions")]
    public async Task Get_WithAFilterThatDoesNotExist_Returns400WithTheErrorSummary(string query, string message)
    {
        using var client = await factory.CreateSignedInClientAsync();

        using var response = await client.GetResponseAsync("/performance?" + query);
        var page = await response.ReadHtmlAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Error: Performance – LocalCare", page.Title);
        Assert.Equal([message], page.QuerySelectorAll(".nhsuk-error-summary li").Select(li => li.Text()));
        Assert.NotEmpty(page.QuerySelectorAll("[data-testid=performance] tbody tr"));
    }

    [Fact]
    public async Task GetCsv_DownloadsTheTableWithNumbersAsStored()
    {
        using var client = await factory.CreateSignedInClientAsync();
        var series = await PerformanceExpected.SeriesAsync(factory, "crisis-response-2h", "service:CRISIS-N");
        var latest = series.Latest!;
        var count = await factory.QueryAsync(db => db.Metrics.CountAsync(m => m.BoardCode == StandardBoards.HealthPerformance, TestContext.Current.CancellationToken));

        using var response = await client.GetResponseAsync("/performance?unit=service:CRISIS-N&board=HPB&format=csv");
        var lines = (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).TrimEnd('\n').Split('\n');

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("performance-service-CRISIS-N-HPB.csv", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);
        Assert.Equal("metric,name,board,unit,month,value,target,met,variation,assurance", lines[0]);
        Assert.Equal(count + 1, lines.Length);
        Assert.Contains(
            string.Join(',', "crisis-response-2h", "Crisis response within 2 hours", "HPB", "service:CRISIS-N", latest.Month.ToString(),
                latest.Value!.Value.ToString("R", System.Globalization.CultureInfo.InvariantCulture), "0.85", latest.Met!.Value ? "true" : "false",
                series.Spc.Variation!.Value.ToCode(), series.Spc.Assurance!.Value.ToCode()),
            lines);
    }

    [Fact]
    public async Task Get_AsAnalyst_OffersToAddAMetric_AndAsViewerDoesNot()
    {
        using var analyst = await factory.CreateSignedInClientAsync(Roles.Analyst);
        using var viewer = await factory.CreateSignedInClientAsync(Roles.Viewer);

        var forAnalyst = await analyst.GetHtmlAsync("/performance");
        var forViewer = await viewer.GetHtmlAsync("/performance");

        Assert.Equal("Add a metric", forAnalyst.QuerySelector("a[href='/performance/new']")!.Text());
        Assert.Null(forViewer.QuerySelector("a[href='/performance/new']"));
    }

    [Fact]
    public async Task Get_ShowsPerformanceAsTheCurrentSection()
    {
        using var client = await factory.CreateSignedInClientAsync();

        var page = await client.GetHtmlAsync("/performance");

        Assert.Equal("/performance", page.QuerySelector(".nhsuk-header__navigation-link[aria-current=page]")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("/performance")]
    [InlineData("/performance?unit=locality:NORTH")]
    [InlineData("/performance/dna-rate")]
    [InlineData("/performance/new")]
    public async Task Get_WhenSignedOut_RedirectsToSignIn(string path)
    {
        using var client = factory.CreateSignedOutClient();

        using var response = await client.GetResponseAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/sign-in", response.Headers.Location!.AbsolutePath);
    }
}
