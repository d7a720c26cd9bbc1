using System.Net;
using LocalCare.Core.Boards;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Web.Tests.Features.Boards;

public sealed class BoardPageTests(LocalCareWebFactory factory) : IClassFixture<LocalCareWebFactory>
{
    [Fact]
    public async Task Get_HealthPerformanceBoard_ShowsItsKloesWithTheirMetrics()
    {
        using var client = await factory.CreateSignedInClientAsync();
        var kloes = await factory.QueryAsync(async db =>
        {
            var year = await Expected.LatestPlanYearAsync(db);
            return await db.Kloes.AsNoTracking().Where(k => k.BoardCode == StandardBoards.HealthPerformance && k.PlanYear == year)
                .OrderBy(k => k.Order).Include(k => k.Metrics).ToListAsync(TestContext.Current.CancellationToken);
        });

        var page = await client.GetHtmlAsync("/boards/HPB");
        var cards = page.QuerySelectorAll("[data-kloe]").ToList();

        Assert.Equal("HPB – Health Performance Board", page.QuerySelector("h1")!.Text());
        Assert.NotEmpty(kloes);
        Assert.Equal(kloes.Select(k => k.Code), cards.Select(c => c.GetAttribute("data-kloe")));
        foreach (var (kloe, card) in kloes.Zip(cards))
        {
            Assert.Equal(kloe.Theme, card.QuerySelector(".nhsuk-card__heading")!.Text());
            Assert.Contains(kloe.Description, card.Text(), StringComparison.Ordinal);
            Assert.Contains("Measures: " + kloe.Measures, card.Text(), StringComparison.Ordinal);
            Assert.Equal(
                kloe.Metrics.Select(m => m.MetricId).Order(StringComparer.Ordinal),
                card.QuerySelectorAll("tr[data-metric]").Select(r => r.GetAttribute("data-metric")!).Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public async Task Get_HealthPerformanceBoard_ShowsCrisisResponseTarget()
    {
        using var client = await factory.CreateSignedInClientAsync();

        var page = await client.GetHtmlAsync("/boards/HPB");

        var row = page.QuerySelector("[data-testid=board-metrics] tr[data-metric='crisis-response-2h']");
        Assert.NotNull(row);
        var cells = row.QuerySelectorAll("td").Select(c => c.Text()).ToList();
        Assert.Equal(["Crisis response within 2 hours crisis-response-2h", "Percentage", "Higher is better", "≥ 85.0%"], cells);
        Assert.Equal("≥ 85.0%", page.QuerySelector("[data-kloe] tr[data-metric='crisis-response-2h'] [data-testid=target]")!.Text());
    }

    [Fact]
    public async Task Get_HealthPerformanceBoard_ListsEveryMetricItMonitorsWithItsTarget()
    {
        using var client = await factory.CreateSignedInClientAsync();
        var metrics = await factory.QueryAsync(db => db.Metrics.AsNoTracking().Where(m => m.BoardCode == StandardBoards.HealthPerformance).ToListAsync(TestContext.Current.CancellationToken));
        var targets = await factory.QueryAsync(async db =>
        {
            var year = await Expected.LatestPlanYearAsync(db);
            return await db.MetricTargets.AsNoTracking().Where(t => t.Unit == "lco" && t.PlanYear == year).ToDictionaryAsync(t => t.MetricId, t => (double?)t.Value, TestContext.Current.CancellationToken);
        });

        var page = await client.GetHtmlAsync("/boards/HPB");
        var rows = page.QuerySelectorAll("[data-testid=board-metrics] tbody tr").ToList();

        Assert.Equal(metrics.Select(m => m.Id).Order(StringComparer.Ordinal), rows.Select(r => r.GetAttribute("data-metric")!).Order(StringComparer.Ordinal));
        foreach (var metric in metrics)
        {
            var row = rows.Single(r => r.GetAttribute("data-metric") == metric.Id);
            Assert.Equal(metric.FormatTarget(targets.GetValueOrDefault(metric.Id)), row.QuerySelector("[data-testid=target]")!.Text());
        }
    }

    [Fact]
    public async Task Get_UnknownBoard_Returns404Page()
    {
        using var client = await factory.CreateSignedInClientAsync();

        using var response = await client.GetResponseAsync("/boards/NOPE");
        var page = await response.ReadHtmlAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page not found", page.QuerySelector("h1")!.Text());
    }
}
