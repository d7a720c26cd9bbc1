using System.Net;
using LocalCare.Core.Plans;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Web.Tests.Features.Plans;

public sealed class DeliverablePageTests(LocalCareWebFactory factory) : IClassFixture<LocalCareWebFactory>
{
    [Fact]
    public async Task Get_KnownCode_ShowsTheDeliverable()
    {
        using var client = await factory.CreateSignedInClientAsync();
        var deliverables = await Expected.DeliverablesAsync(factory);
        var deliverable = deliverables.Where(d => d.Updates.Count > 0 && d.Alignments.Count > 0).OrderBy(d => d.Code, StringComparer.Ordinal).First();
        var priority = await factory.QueryAsync(db => db.Priorities.SingleAsync(p => p.Code == deliverable.PriorityCode, TestContext.Current.CancellationToken));
        var workplan = await factory.QueryAsync(db => db.Workplans.SingleAsync(w => w.Code == deliverable.WorkplanCode, TestContext.Current.CancellationToken));

        var page = await client.GetHtmlAsync($"/deliverables/{deliverable.Code}");

        Assert.Equal($"{deliverable.Code} – {deliverable.Title}", page.QuerySelector("h1")!.Text());
        Assert.Equal(deliverable.Description, page.QuerySelector("[data-testid=description]")!.Text());
        var summary = page.QuerySelectorAll("[data-testid=deliverable-summary] .nhsuk-summary-list__row")
            .ToDictionary(r => r.QuerySelector("dt")!.Text(), r => r.QuerySelector("dd")!.Text());
        Assert.Equal(deliverable.CurrentStatus.ToLabel(), summary["Current status"]);
        Assert.Equal(priority.Name, summary["Priority"]);
        Assert.Equal(workplan.Name, summary["Workplan"]);
        Assert.Equal(deliverable.Owner, summary["Owner"]);
        Assert.StartsWith(deliverable.Due.Label + " (by ", summary["Due"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_ADeliverableWithWaitingGoals_ShowsEachGoalsTrajectoryFromTheLatestCensus()
    {
        using var client = await factory.CreateSignedInClientAsync();
        var goals = await factory.QueryAsync(db => db.WaitingGoals.Where(g => g.DeliverableCode == "D2425-CH-20").OrderBy(g => g.Id).ToListAsync(TestContext.Current.CancellationToken));

        var page = await client.GetHtmlAsync("/deliverables/D2425-CH-20");

        var rows = page.QuerySelectorAll("[data-testid=waiting-goals] tbody tr");
        Assert.Equal(goals.Select(g => g.ServiceCode), rows.Select(r => r.GetAttribute("data-service")));
        Assert.Equal(2, goals.Count);
        foreach (var (row, goal) in rows.Zip(goals))
        {
            Assert.Equal($"No one waiting over {goal.OverWeeks} weeks by {goal.By}", row.QuerySelectorAll("td")[1].Text());
            var trajectory = row.QuerySelectorAll("td")[3].Text();
            Assert.Matches(@"^(On track|At risk|Off track)\s*(On track|At risk|Off track): .* weeks remain to \d{4}-03\.$|^Cannot be checked: ", trajectory.Trim());
        }
    }

    [Fact]
    public async Task Get_KnownCode_ListsItsPartnerPriorities()
    {
        using var client = await factory.CreateSignedInClientAsync();
        var deliverables = await Expected.DeliverablesAsync(factory);
        var deliverable = deliverables.OrderByDescending(d => d.Alignments.Count).ThenBy(d => d.Code, StringComparer.Ordinal).First();
        var codes = deliverable.Alignments.Select(a => a.PartnerPriorityCode).ToList();
        var partners = await factory.QueryAsync(db => db.PartnerPriorities.Where(p => codes.Contains(p.Code)).ToListAsync(TestContext.Current.CancellationToken));

        var page = await client.GetHtmlAsync($"/deliverables/{deliverable.Code}");
        var rows = page.QuerySelectorAll("[data-testid=partner-priorities] tbody tr").ToList();

        Assert.Equal(partners.Count, rows.Count);
        foreach (var partner in partners)
        {
            var row = rows.Single(r => r.GetAttribute("data-partner-priority") == partner.Code);
            var cells = row.QuerySelectorAll("td").Select(c => c.Text()).ToList();
            Assert.Equal([partner.Partner == Partner.AcuteTrust ? "Acute trust" : "Council", partner.Label, partner.Title], cells);
        }
    }

    [Fact]
    public async Task Get_KnownCode_ShowsEachQuarterlyUpdate()
    {
        using var client = await factory.CreateSignedInClientAsync();
        var deliverables = await Expected.DeliverablesAsync(factory);
        var deliverable = deliverables.First(d => d.Updates.Any(u => u.Status.NeedsCommentary()));

        var page = await client.GetHtmlAsync($"/deliverables/{deliverable.Code}");
        var rows = page.QuerySelectorAll("[data-testid=updates] tbody tr").ToList();

        Assert.Equal(deliverable.Updates.Count, rows.Count);
        foreach (var (update, row) in deliverable.Updates.OrderBy(u => u.Quarter).Zip(rows))
        {
            var cells = row.QuerySelectorAll("td").ToList();
            Assert.Equal(deliverable.PlanYear.Quarter(update.Quarter).Label, cells[0].Text());
            Assert.Equal(update.Status.ToCode(), cells[1].QuerySelector(".nhsuk-tag")!.GetAttribute("data-status"));
            Assert.Equal(update.Status.ToLabel(), cells[1].Text());
            Assert.Equal(string.IsNullOrWhiteSpace(update.Commentary) ? "–" : update.Commentary, cells[2].Text());
        }
    }

    [Fact]
    public async Task Get_KnownCode_HasBreadcrumbsBackToTheList()
    {
        using var client = await factory.CreateSignedInClientAsync();
        var deliverable = (await Expected.DeliverablesAsync(factory))[0];

        var page = await client.GetHtmlAsync($"/deliverables/{deliverable.Code}");

        Assert.Equal(
            [("Home", "/"), ("Deliverables", "/deliverables")],
            page.QuerySelectorAll(".nhsuk-breadcrumb__link").Select(a => (a.Text(), a.GetAttribute("href"))));
    }

    [Fact]
    public async Task Get_UnknownCode_Returns404Page()
    {
        using var client = await factory.CreateSignedInClientAsync();

        using var response = await client.GetResponseAsync("/deliverables/D9999-NOPE-01");
        var page = await response.ReadHtmlAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page not found", page.QuerySelector("h1")!.Text());
    }
}
