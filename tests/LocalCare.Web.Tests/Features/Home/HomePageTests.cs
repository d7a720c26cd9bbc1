using LocalCare.Core.Plans;
using LocalCare.Data;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Web.Tests.Features.Home;

public sealed class HomePageTests(LocalCareWebFactory factory) : IClassFixture<LocalCareWebFactory>
{
    [Fact]
    public async Task Get_WhenSignedIn_ShowsTheVision()
    {
        using var client = await factory.CreateSignedInClientAsync();
        var vision = await factory.QueryAsync(async db =>
        {
            var year = await Expected.LatestPlanYearAsync(db);
            return await db.VisionStatements.Where(v => v.PlanYear == year).OrderBy(v => v.Order).Select(v => v.Text).ToListAsync(TestContext.Current.CancellationToken);
        });

        var page = await client.GetHtmlAsync("/");

        Assert.NotEmpty(vision);
        Assert.Equal(vision, page.QuerySelectorAll("[data-testid=vision] li").Select(li => li.Text()));
        Assert.Equal("Operating plan 2024/25 – Plan at a glance", page.QuerySelector("h1")!.Text());
    }

    [Fact]
    public async Task Get_WhenSignedIn_ShowsEveryPriorityWithCountsThatMatchTheDatabase()
    {
        using var client = await factory.CreateSignedInClientAsync();
        var priorities = await Expected.PrioritiesAsync(factory);

        var page = await client.GetHtmlAsync("/");
        var table = page.QuerySelector("[data-testid=priority-progress]")!;

        Assert.Equal(
            priorities.Select(p => p.Code).Append("total"),
            table.QuerySelectorAll("tbody tr").Select(tr => tr.GetAttribute("data-priority")));
        foreach (var priority in priorities)
        {
            var row = table.QuerySelector($"tr[data-priority='{priority.Code}']")!;
            Assert.Equal(priority.Name, row.QuerySelector("th")!.Text());
            foreach (var status in DeliverableStatuses.All)
            {
                var expected = priority.Deliverables.Count(d => d.CurrentStatus == status);
                var cell = row.QuerySelector($"td[data-status='{status.ToCode()}']")!;
                Assert.Equal(expected, CountIn(cell));
                Assert.Equal(expected == 0 ? null : $"/deliverables?priority={priority.Code}&status={status.ToCode()}", cell.QuerySelector("a")?.GetAttribute("href"));
            }

            Assert.Equal(priority.Deliverables.Count, CountIn(row.QuerySelector("td[data-status='total']")!));
        }

        var totals = table.QuerySelector("tr[data-priority='total']")!;
        var all = priorities.SelectMany(p => p.Deliverables).ToList();
        foreach (var status in DeliverableStatuses.All)
        {
            Assert.Equal(all.Count(d => d.CurrentStatus == status), CountIn(totals.QuerySelector($"td[data-status='{status.ToCode()}']")!));
        }

        Assert.Equal(all.Count, CountIn(totals.QuerySelector("td[data-status='total']")!));
    }

    [Fact]
    public async Task Get_WhenSignedIn_HeadsColumnsWithStatusTagsThatCarryTheirLabel()
    {
        using var client = await factory.CreateSignedInClientAsync();

        var page = await client.GetHtmlAsync("/");

        var tags = page.QuerySelectorAll("[data-testid=priority-progress] thead .nhsuk-tag")
            .Select(t => (t.GetAttribute("class"), t.Text())).ToList();
        Assert.Equal(
            [
                ("nhsuk-tag nhsuk-tag--grey", "Not started"),
                ("nhsuk-tag nhsuk-tag--green", "On track"),
                ("nhsuk-tag nhsuk-tag--yellow", "At risk"),
                ("nhsuk-tag nhsuk-tag--red", "Off track"),
                ("nhsuk-tag nhsuk-tag--blue", "Delivered"),
            ],
            tags);
    }

    [Fact]
    public async Task CountLink_WhenFollowed_ListsThatManyDeliverables()
    {
        using var client = await factory.CreateSignedInClientAsync();
        var priorities = await Expected.PrioritiesAsync(factory);
        var priority = priorities.First(p => p.Deliverables.Count > 0);
        var status = priority.Deliverables.GroupBy(d => d.CurrentStatus).OrderByDescending(g => g.Count()).First().Key;

        var home = await client.GetHtmlAsync("/");
        var href = home.QuerySelector($"tr[data-priority='{priority.Code}'] td[data-status='{status.ToCode()}'] a")!.GetAttribute("href")!;
        var list = await client.GetHtmlAsync(href);

        Assert.Equal(
            priority.Deliverables.Where(d => d.CurrentStatus == status).Select(d => d.Code).Order(StringComparer.Ordinal),
            list.QuerySelectorAll("[data-testid=deliverables] tbody tr").Select(tr => tr.GetAttribute("data-deliverable")!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Get_WhenSignedIn_MarksHomeAsCurrentInNavigation()
    {
        using var client = await factory.CreateSignedInClientAsync();

        var page = await client.GetHtmlAsync("/");

        var current = Assert.Single(page.QuerySelectorAll(".nhsuk-header__navigation-link[aria-current=page]"));
        Assert.Equal("Home", current.Text());
        Assert.Equal(
            ["Home", "Organisation", "Plan", "Deliverables", "Boards", "Risks", "Performance", "Waiting lists", "Commissioning", "Data"],
            page.QuerySelectorAll(".nhsuk-header__navigation-item a").Select(a => a.Text()));
        Assert.Equal("Manchester Local Care Organisation", page.QuerySelector(".nhsuk-header__organisation-name")!.Text());
        Assert.Equal("LocalCare", page.QuerySelector(".nhsuk-header__service-name")!.Text());
    }

    private static int CountIn(AngleSharp.Dom.IElement cell) =>
        int.Parse(cell.Text().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
}
