using System.Net;
using LocalCare.Core.Access;
using LocalCare.Core.Plans;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Web.Tests.Features.Plans;

/// <summary>The updates page: the open quarter, my updates, what is due by owner, and the quarters' locks.</summary>
public sealed class UpdatesPageTests(LocalCareWebFactory factory) : IClassFixture<LocalCareWebFactory>
{
    [Fact]
    public async Task TheManager_SeesTheirDeliverablesDueForTheOpenQuarter()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Manager);
        var owned = await factory.QueryAsync(db => db.Deliverables.Include(d => d.Updates).Where(d => d.OwnerUserName == "manager").ToListAsync(TestContext.Current.CancellationToken));

        var page = await client.GetHtmlAsync("/updates");

        Assert.Equal("Updates are being written for 2024/25 Q4, due by 30 April 2025.", page.QuerySelector("[data-testid=open-quarter]")!.Text());
        var rows = page.QuerySelectorAll("[data-testid=mine] tbody tr");
        Assert.Equal(owned.Select(d => d.Code).Order(StringComparer.Ordinal), rows.Select(r => r.GetAttribute("data-code")));
        var notDelivered = owned.Where(d => !d.DeliveredBefore(4)).Select(d => d.Code).ToList();
        Assert.All(rows.Where(r => notDelivered.Contains(r.GetAttribute("data-code")!)), r => Assert.Contains("Due", r.Text(), StringComparison.Ordinal));
        Assert.NotEmpty(notDelivered);
    }

    [Fact]
    public async Task Reminders_CountEachOwnersUpdatesStillToWrite()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Viewer);
        var deliverables = await Expected.DeliverablesAsync(factory);
        var due = QuarterlyReporting.Due(deliverables, new PlanYear(2024).Quarter(4), DateOnly.FromDateTime(LocalCareWebFactory.Now.UtcDateTime));

        var page = await client.GetHtmlAsync("/updates");

        var reminders = page.QuerySelectorAll("[data-testid=reminder]").ToDictionary(r => r.GetAttribute("data-owner")!, r => r.QuerySelector("summary")!.Text());
        foreach (var owner in due.GroupBy(d => d.OwnerUserName!))
        {
            Assert.Equal($"{owner.Key}: 0 overdue, {owner.Count()} due", reminders[owner.Key]);
        }

        Assert.Equal(due.Select(d => d.OwnerUserName).Distinct().Count(), reminders.Count);
        Assert.Empty(page.QuerySelectorAll("[data-testid=quarters] form")); // a viewer locks nothing
    }

    [Fact]
    public async Task AnExecutive_CannotLockAQuarterBeforeItEnds_AndAManagerMayNotLockAtAll()
    {
        using var executive = await factory.CreateSignedInClientAsync(Roles.Executive);
        using var manager = await factory.CreateSignedInClientAsync(Roles.Manager);
        var page = await executive.GetHtmlAsync("/updates");
        Assert.Empty(page.QuerySelectorAll("[data-testid=quarters] form")); // Q1–Q3 are locked, Q4 has not ended
        Assert.Equal("Locked by executive, 10 Jan 2025 09:00", page.QuerySelector("[data-testid=quarters] tr[data-quarter='3'] td:last-child")!.Text());

        using var early = await executive.PostFormAsync("/updates?handler=Lock&year=2024&quarter=4", new Dictionary<string, string> { [WebTestClient.AntiforgeryField] = page.AntiforgeryToken("header form") });
        var managerPage = await manager.GetHtmlAsync("/updates");
        using var forbidden = await manager.PostFormAsync("/updates?handler=Lock&year=2024&quarter=4", new Dictionary<string, string> { [WebTestClient.AntiforgeryField] = managerPage.AntiforgeryToken("header form") });

        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        Assert.Equal("2024/25 Q4 cannot be locked before it ends on 31 March 2025", (await early.ReadHtmlAsync()).QuerySelector(".nhsuk-error-summary__list a")!.Text());
        WebAssert.Forbidden(forbidden);
        Assert.False(await factory.QueryAsync(db => db.QuarterLocks.AnyAsync(l => l.Quarter == 4, TestContext.Current.CancellationToken)));
    }
}
