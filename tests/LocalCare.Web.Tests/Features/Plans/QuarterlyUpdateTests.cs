using System.Net;
using LocalCare.Core.Access;
using LocalCare.Core.Plans;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Web.Tests.Features.Plans;

/// <summary>Writing a quarterly update: the owner (and executives, admins) may, others get 403; at risk needs commentary and action; a locked quarter refuses.</summary>
public sealed class QuarterlyUpdateTests(LocalCareWebFactory factory) : IClassFixture<LocalCareWebFactory>
{
    private const string ManagersDeliverable = "D2425-CH-18"; // the operations director's: updated by the demo manager
    private const string ExecutivesDeliverable = "D2425-CH-01";

    [Fact]
    public async Task TheOwner_WritesTheOpenQuartersUpdate_AndTheDeliverableShowsItWithItsHistory()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Manager);
        var form = await client.GetHtmlAsync($"/deliverables/{ManagersDeliverable}/updates/4");
        Assert.NotNull(form.QuerySelector("[data-testid=update-form]"));

        using var response = await client.PostFormAsync($"/deliverables/{ManagersDeliverable}/updates/4", new Dictionary<string, string>
        {
            ["Status"] = "off_track",
            ["Commentary"] = "Demand modelling slipped behind the data refresh.",
            ["Action"] = "Analyst support moved from the waiting list work for six weeks.",
            [WebTestClient.AntiforgeryField] = form.AntiforgeryToken("[data-testid=update-form]"),
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var update = await factory.QueryAsync(db => db.DeliverableUpdates.SingleAsync(u => u.DeliverableCode == ManagersDeliverable && u.Quarter == 4, TestContext.Current.CancellationToken));
        Assert.Equal((DeliverableStatus.OffTrack, "manager", LocalCareWebFactory.Now.UtcDateTime), (update.Status, update.UpdatedBy, update.UpdatedAt));
        var page = await client.GetHtmlAsync($"/deliverables/{ManagersDeliverable}");
        Assert.Equal("2024/25 Q4 update saved", page.QuerySelector("[data-testid=saved] p")!.Text());
        var row = page.QuerySelector("[data-testid=updates] tr[data-quarter='4']")!;
        Assert.Contains("Analyst support moved", row.Text(), StringComparison.Ordinal);
        Assert.Contains(page.QuerySelectorAll("[data-testid=history] tbody tr"), r => r.Text().Contains("manager", StringComparison.Ordinal) && r.Text().Contains("DeliverableUpdate Q4", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AtRiskWithoutCommentaryOrAction_IsRefusedWithBothMessages()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Executive);
        var form = await client.GetHtmlAsync($"/deliverables/{ExecutivesDeliverable}/updates/4");

        using var response = await client.PostFormAsync($"/deliverables/{ExecutivesDeliverable}/updates/4", new Dictionary<string, string>
        {
            ["Status"] = "at_risk",
            ["Commentary"] = " ",
            [WebTestClient.AntiforgeryField] = form.AntiforgeryToken("[data-testid=update-form]"),
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await response.ReadHtmlAsync();
        Assert.Equal(
            ["Enter commentary explaining why the deliverable is at risk", "Enter the action being taken while the deliverable is at risk"],
            page.QuerySelectorAll(".nhsuk-error-summary__list a").Select(a => a.Text()));
        Assert.False(await factory.QueryAsync(db => db.DeliverableUpdates.AnyAsync(u => u.DeliverableCode == ExecutivesDeliverable && u.Quarter == 4, TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task ALockedQuarter_IsReadOnly_AndAPostIsRefused()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Manager);
        var before = await factory.QueryAsync(db => db.DeliverableUpdates.AsNoTracking().SingleAsync(u => u.DeliverableCode == ManagersDeliverable && u.Quarter == 3, TestContext.Current.CancellationToken));
        var page = await client.GetHtmlAsync($"/deliverables/{ManagersDeliverable}/updates/3");
        Assert.Null(page.QuerySelector("[data-testid=update-form]"));
        Assert.Equal("Information: 2024/25 Q3 is locked: its updates can no longer be changed.", page.QuerySelector("[data-testid=read-only]")!.Text());

        using var response = await client.PostFormAsync($"/deliverables/{ManagersDeliverable}/updates/3", new Dictionary<string, string>
        {
            ["Status"] = "delivered",
            [WebTestClient.AntiforgeryField] = page.AntiforgeryToken("header form"),
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("2024/25 Q3 is locked: its updates can no longer be changed", (await response.ReadHtmlAsync()).QuerySelector(".nhsuk-error-summary__list a")!.Text());
        var after = await factory.QueryAsync(db => db.DeliverableUpdates.AsNoTracking().SingleAsync(u => u.DeliverableCode == ManagersDeliverable && u.Quarter == 3, TestContext.Current.CancellationToken));
        Assert.Equal((before.Status, before.Commentary), (after.Status, after.Commentary));
    }

    [Theory]
    [InlineData(Roles.Viewer, ManagersDeliverable)]
    [InlineData(Roles.Analyst, ManagersDeliverable)]
    [InlineData(Roles.Commissioner, ManagersDeliverable)]
    [InlineData(Roles.Manager, ExecutivesDeliverable)]
    public async Task SomeoneWhoIsNotTheOwner_Gets403(string role, string code)
    {
        using var client = await factory.CreateSignedInClientAsync(role);
        var home = await client.GetHtmlAsync("/");

        using var get = await client.GetResponseAsync($"/deliverables/{code}/updates/4");
        using var post = await client.PostFormAsync($"/deliverables/{code}/updates/4", new Dictionary<string, string>
        {
            ["Status"] = "on_track",
            [WebTestClient.AntiforgeryField] = home.AntiforgeryToken("header form"),
        });

        WebAssert.Forbidden(get);
        WebAssert.Forbidden(post);
    }

    [Fact]
    public async Task TheDeliverablePage_OffersTheOwnerOnlyTheQuartersStillOpen()
    {
        using var manager = await factory.CreateSignedInClientAsync(Roles.Manager);
        using var viewer = await factory.CreateSignedInClientAsync(Roles.Viewer);

        var mine = await manager.GetHtmlAsync($"/deliverables/{ManagersDeliverable}");
        var theirs = await viewer.GetHtmlAsync($"/deliverables/{ManagersDeliverable}");

        Assert.Equal([$"/deliverables/{ManagersDeliverable}/updates/4"], mine.QuerySelectorAll("[data-testid=write-updates] a").Select(a => a.GetAttribute("href")));
        Assert.Null(theirs.QuerySelector("[data-testid=write-updates]"));
        Assert.Null(theirs.QuerySelector("[data-testid=edit]"));
    }
}
