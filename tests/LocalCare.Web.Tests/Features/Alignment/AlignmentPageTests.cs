using System.Net;
using LocalCare.Core.Access;
using LocalCare.Core.Plans;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Web.Tests.Features.Alignment;

public sealed class AlignmentPageTests(LocalCareWebFactory factory) : IClassFixture<LocalCareWebFactory>
{
    public static TheoryData<string> EveryRole => [.. Roles.All];

    [Theory]
    [MemberData(nameof(EveryRole))]
    public async Task Get_AsEveryRole_ShowsEveryDeliverableGroupedByWorkplanInPlanOrder(string role)
    {
        using var client = await factory.CreateSignedInClientAsync(role);
        var deliverables = await Expected.DeliverablesAsync(factory);
        var workplans = await factory.QueryAsync(db => db.Workplans.OrderBy(w => w.Order).ToListAsync(TestContext.Current.CancellationToken));

        var page = await client.GetHtmlAsync("/plan/alignment?year=2024");
        var table = page.QuerySelector("[data-testid=alignment]")!;

        Assert.Equal("Operating plan 2024/25 – Alignment with partner priorities", page.QuerySelector("h1")!.Text());
        Assert.Equal(workplans.Select(w => w.Code), table.QuerySelectorAll("tbody").Select(b => b.GetAttribute("data-workplan")));
        Assert.Equal(workplans.Select(w => w.Name), table.QuerySelectorAll("tbody th[scope=rowgroup]").Select(th => th.Text()));
        var expectedRows = deliverables.OrderBy(d => workplans.FindIndex(w => w.Code == d.WorkplanCode)).ThenBy(d => d.Code, StringComparer.Ordinal).Select(d => d.Code);
        Assert.Equal(expectedRows, table.QuerySelectorAll("tbody tr[data-deliverable]").Select(r => r.GetAttribute("data-deliverable")));
    }

    [Fact]
    public async Task Get_ColumnHeaders_AreTheAcuteTrustsPrioritiesThenTheCouncils_WithTheirTitles()
    {
        using var client = await factory.CreateSignedInClientAsync();
        var partners = await factory.QueryAsync(db => db.PartnerPriorities.ToListAsync(TestContext.Current.CancellationToken));

        var page = await client.GetHtmlAsync("/plan/alignment");
        var headers = page.QuerySelectorAll("[data-testid=alignment] thead th").ToList();

        Assert.Equal(["Deliverable", "Priority"], headers.Take(2).Select(h => h.Text()));
        var expected = partners.OrderBy(p => p.Partner).ThenBy(p => p.Number).ToList();
        Assert.Equal(12, expected.Count);
        Assert.Equal(expected.Select(p => p.Code), headers.Skip(2).Select(h => h.GetAttribute("data-partner-priority")));
        Assert.Equal(
            expected.Select(p => $"{(p.Partner == Partner.AcuteTrust ? "Acute trust" : "Council")} P{p.Number} {p.Title}"),
            headers.Skip(2).Select(h => h.Text()));
    }

    [Fact]
    public async Task Get_EachRow_LinksToItsDeliverable_AndTicksItsPartnerPriorities_InWordsAsWell()
    {
        using var client = await factory.CreateSignedInClientAsync();
        var deliverable = (await Expected.DeliverablesAsync(factory)).Single(d => d.Code == "D2425-CH-01");
        var priority = await factory.QueryAsync(db => db.Priorities.SingleAsync(p => p.Code == deliverable.PriorityCode, TestContext.Current.CancellationToken));

        var page = await client.GetHtmlAsync("/plan/alignment?year=2024/25");
        var row = page.QuerySelector("tr[data-deliverable='D2425-CH-01']")!;

        var link = row.QuerySelector("th a")!;
        Assert.Equal(("/deliverables/D2425-CH-01", deliverable.Title), (link.GetAttribute("href"), link.Text()));
        Assert.Equal("D2425-CH-01", row.QuerySelector("[data-testid=code]")!.Text());
        Assert.Equal(priority.Name, row.QuerySelector("td")!.Text());
        var ticked = row.QuerySelectorAll("td[data-aligned]").ToList();
        Assert.Equal(["ACUTE-P1", "COUNCIL-P3", "COUNCIL-P5"], ticked.Select(c => c.GetAttribute("data-partner-priority")));
        Assert.Equal(deliverable.Alignments.Select(a => a.PartnerPriorityCode).Order(StringComparer.Ordinal), ticked.Select(c => c.GetAttribute("data-partner-priority")));
        Assert.Equal(["Aligned to Acute trust P1", "Aligned to Council P3", "Aligned to Council P5"], ticked.Select(c => c.QuerySelector(".nhsuk-u-visually-hidden")!.Text()));
        Assert.All(ticked, c => Assert.Equal("✓", c.QuerySelector("[aria-hidden=true]")!.Text()));
        Assert.Equal(9, row.QuerySelectorAll("td.app-alignment__tick:not([data-aligned])").Count(c => c.Text().Length == 0));
    }

    [Fact]
    public async Task Get_TheTotalsRow_CountsTheDeliverablesAlignedToEachPriority()
    {
        using var client = await factory.CreateSignedInClientAsync();
        var deliverables = await Expected.DeliverablesAsync(factory);

        var page = await client.GetHtmlAsync("/plan/alignment");
        var totals = page.QuerySelectorAll("[data-testid=totals] td").ToList();

        Assert.Equal(12, totals.Count);
        foreach (var cell in totals)
        {
            var code = cell.GetAttribute("data-partner-priority")!;
            var count = deliverables.Count(d => d.Alignments.Any(a => a.PartnerPriorityCode == code));
            Assert.Equal(count.ToString(System.Globalization.CultureInfo.InvariantCulture), cell.ChildNodes[0].TextContent);
        }

        var links = deliverables.Sum(d => d.Alignments.Count);
        Assert.StartsWith($"{deliverables.Count} deliverables, 12 partner priorities, {links} links; ", page.QuerySelector("[data-testid=alignment-summary]")!.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_ADeliverableAlignedToNothing_IsListedUnderItsWorkplanAndApart()
    {
        using var client = await factory.CreateSignedInClientAsync();
        var before = await client.GetHtmlAsync("/plan/alignment");
        await factory.QueryAsync(async db =>
        {
            db.Deliverables.Add(new Deliverable
            {
                Code = "D2425-ASC-90",
                PlanYear = new PlanYear(2024),
                PriorityCode = "P2425-SAFE",
                WorkplanCode = "ASC",
                Title = "A deliverable that supports no partner",
                Owner = "Director of Adult Social Services",
                DueQuarter = 4,
            });
            return await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        });

        var page = await client.GetHtmlAsync("/plan/alignment");

        Assert.Equal("Every deliverable supports at least one partner priority.", before.QuerySelector("[data-testid=unaligned]")!.Text());
        Assert.Equal(["A deliverable that supports no partner D2425-ASC-90"], page.QuerySelectorAll("[data-testid=unaligned] li").Select(li => li.Text()));
        Assert.Equal("/deliverables/D2425-ASC-90", page.QuerySelector("[data-testid=unaligned] a")!.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("tbody[data-workplan=ASC] tr[data-deliverable='D2425-ASC-90']"));
        Assert.EndsWith("; 1 aligned to no partner priority.", page.QuerySelector("[data-testid=alignment-summary]")!.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetCsv_IsOneLinePerDeliverable_WithAYPerPartnerPriority()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Viewer);
        var page = await client.GetHtmlAsync("/plan/alignment");
        var deliverables = await Expected.DeliverablesAsync(factory);

        using var response = await client.GetResponseAsync(page.QuerySelector("[data-testid=csv]")!.GetAttribute("href")!);
        var lines = (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("alignment-2024-25.csv", response.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal(
            "workplan,deliverable,title,priority,ACUTE-P1,ACUTE-P2,ACUTE-P3,ACUTE-P4,ACUTE-P5,COUNCIL-P1,COUNCIL-P2,COUNCIL-P3,COUNCIL-P4,COUNCIL-P5,COUNCIL-P6,COUNCIL-P7",
            lines[0]);
        Assert.Equal(deliverables.Count + 1, lines.Length);
        var title = deliverables.Single(d => d.Code == "D2425-CH-01").Title;
        Assert.Contains($"CH,D2425-CH-01,{title},P2425-PHM,Y,,,,,,,Y,,Y,,", lines);
    }

    [Theory]
    [InlineData("/plan/alignment?year=twenty", HttpStatusCode.BadRequest, "Year 'twenty' is not a plan year: write it like 2024/25")]
    [InlineData("/plan/alignment?year=2030", HttpStatusCode.NotFound, null)]
    public async Task Get_AYearThatIsNotAPlanYear_OrHasNoPlan_SaysSo(string path, HttpStatusCode status, string? error)
    {
        using var client = await factory.CreateSignedInClientAsync();

        using var response = await client.GetResponseAsync(path);
        var page = await response.ReadHtmlAsync();

        Assert.Equal(status, response.StatusCode);
        if (error is null)
        {
            Assert.Equal("There is no operating plan for 2030/31.", page.QuerySelector("[data-testid=no-plan]")!.Text());
        }
        else
        {
            Assert.Equal([error], page.QuerySelectorAll(".nhsuk-error-summary a").Select(a => a.Text()));
            Assert.Equal("Error: Alignment with partner priorities – LocalCare", page.Title);
            Assert.NotNull(page.QuerySelector("[data-testid=alignment]"));
        }
    }
}
