using System.Net;
using System.Text.Json;
using LocalCare.Core.Access;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Web.Tests.Features.Alignment;

/// <summary>
/// <c>?group=priority</c> on the alignment page, its CSV and <c>GET /api/plan/alignment</c>: the deliverables under their corporate
/// priority in priority order, as the 2024/25 appendix groups them (by workplan, then code, within each).
/// </summary>
public sealed class AlignmentByPriorityTests(LocalCareWebFactory factory) : IClassFixture<LocalCareWebFactory>
{
    [Fact]
    public async Task ThePage_GroupsTheRowsUnderTheirCorporatePriority_InPriorityOrder()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Viewer);
        var priorities = await Expected.PrioritiesAsync(factory);
        var workplans = await factory.QueryAsync(db => db.Workplans.OrderBy(w => w.Order).ToListAsync(TestContext.Current.CancellationToken));
        var deliverables = await Expected.DeliverablesAsync(factory);

        var page = await client.GetHtmlAsync("/plan/alignment?year=2024&group=priority");
        var table = page.QuerySelector("[data-testid=alignment]")!;

        Assert.Equal(priorities.Select(p => p.Code), table.QuerySelectorAll("tbody").Select(b => b.GetAttribute("data-priority")));
        Assert.All(table.QuerySelectorAll("tbody"), b => Assert.False(b.HasAttribute("data-workplan")));
        Assert.Equal(priorities.Select(p => p.Name), table.QuerySelectorAll("tbody th[scope=rowgroup]").Select(th => th.Text()));
        Assert.Equal("Workplan", table.QuerySelectorAll("thead th")[1].Text());
        foreach (var priority in priorities)
        {
            var expected = deliverables.Where(d => d.PriorityCode == priority.Code)
                .OrderBy(d => workplans.FindIndex(w => w.Code == d.WorkplanCode)).ThenBy(d => d.Code, StringComparer.Ordinal).Select(d => d.Code);
            Assert.Equal(expected, table.QuerySelectorAll($"tbody[data-priority='{priority.Code}'] tr[data-deliverable]").Select(r => r.GetAttribute("data-deliverable")));
        }

        var row = table.QuerySelector("tr[data-deliverable='D2425-CH-01']")!;
        Assert.Equal("Community health", row.QuerySelector("td")!.Text());
        Assert.Equal(["ACUTE-P1", "COUNCIL-P3", "COUNCIL-P5"], row.QuerySelectorAll("td[data-aligned]").Select(c => c.GetAttribute("data-partner-priority")));
        Assert.Equal(deliverables.Count, table.QuerySelectorAll("tr[data-deliverable]").Length);
        Assert.Equal("/plan/alignment?year=2024&group=priority&format=csv", page.QuerySelector("[data-testid=csv]")!.GetAttribute("href"));
        Assert.Equal("/plan/alignment?year=2024", page.QuerySelector("[data-testid=grouping] a")!.GetAttribute("href"));
        Assert.Equal("corporate priority", page.QuerySelector("[data-testid=grouping] strong")!.Text());
    }

    [Fact]
    public async Task ThePageByWorkplan_OffersTheGroupingByPriority_AndAnUnknownGroupingIs400()
    {
        using var client = await factory.CreateSignedInClientAsync();

        var page = await client.GetHtmlAsync("/plan/alignment?year=2024");
        using var unknown = await client.GetResponseAsync("/plan/alignment?year=2024&group=colour");
        var unknownPage = await unknown.ReadHtmlAsync();

        Assert.Equal("/plan/alignment?year=2024&group=priority", page.QuerySelector("[data-testid=grouping] a")!.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal(["Group the matrix by workplan or priority"], unknownPage.QuerySelectorAll(".nhsuk-error-summary__list a").Select(a => a.Text()));
        Assert.Equal(["CH", "ASC", "JOINT"], unknownPage.QuerySelectorAll("[data-testid=alignment] tbody").Select(b => b.GetAttribute("data-workplan")));
    }

    [Fact]
    public async Task TheCsvByPriority_ListsTheRowsInThePagesOrder()
    {
        using var client = await factory.CreateSignedInClientAsync();
        var page = await client.GetHtmlAsync("/plan/alignment?year=2024&group=priority");

        var csv = await client.GetStringAsync(new Uri("/plan/alignment?year=2024&group=priority&format=csv", UriKind.Relative), TestContext.Current.CancellationToken);

        var codes = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')[1]);
        Assert.Equal(page.QuerySelectorAll("tr[data-deliverable]").Select(r => r.GetAttribute("data-deliverable")), codes);
    }

    [Fact]
    public async Task TheApi_WithGroupPriority_GivesTheGroupsByPriority_AndKeepsTheWorkplans()
    {
        using var client = await factory.CreateSignedInClientAsync();
        var priorities = await Expected.PrioritiesAsync(factory);

        using var byPriority = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/plan/alignment?year=2024&group=priority", UriKind.Relative), TestContext.Current.CancellationToken));
        using var byWorkplan = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/plan/alignment?year=2024", UriKind.Relative), TestContext.Current.CancellationToken));
        using var unknown = await client.GetResponseAsync("/api/plan/alignment?group=colour");
        using var problem = JsonDocument.Parse(await unknown.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        var root = byPriority.RootElement;
        Assert.Equal("priority", root.GetProperty("groupedBy").GetString());
        Assert.Equal(priorities.Select(p => (p.Code, p.Name)), root.GetProperty("groups").EnumerateArray().Select(g => (g.GetProperty("code").GetString()!, g.GetProperty("name").GetString()!)));
        Assert.All(root.GetProperty("groups").EnumerateArray(), g => Assert.All(g.GetProperty("deliverables").EnumerateArray(), d => Assert.Equal(g.GetProperty("code").GetString(), d.GetProperty("priorityCode").GetString())));
        Assert.Equal(byWorkplan.RootElement.GetProperty("workplans").GetRawText(), root.GetProperty("workplans").GetRawText());
        Assert.Equal("workplan", byWorkplan.RootElement.GetProperty("groupedBy").GetString());
        Assert.Equal(byWorkplan.RootElement.GetProperty("workplans").GetRawText(), byWorkplan.RootElement.GetProperty("groups").GetRawText());
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal("Group the matrix by workplan or priority", problem.RootElement.GetProperty("errors").GetProperty("group")[0].GetString());
    }
}
