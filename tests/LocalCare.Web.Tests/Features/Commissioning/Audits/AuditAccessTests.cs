using System.Net;
using LocalCare.Core.Access;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Web.Tests.Features.Commissioning.Audits;

/// <summary>Executives, analysts, managers and viewers read the schedule and audits with no forms; their posts are refused; signed-out people sign in first.</summary>
public sealed class AuditAccessTests(AuditsWebFactory factory) : IClassFixture<AuditsWebFactory>
{
    public static TheoryData<string> Readers => [Roles.Executive, Roles.Analyst, Roles.Manager, Roles.Viewer];

    [Theory]
    [MemberData(nameof(Readers))]
    public async Task Readers_SeeTheScheduleAndAnAudit_WithNoForms(string role)
    {
        await factory.SeedAsync();
        using var client = await factory.CreateSignedInClientAsync(role);

        var schedule = await client.GetHtmlAsync("/commissioning/audits");
        var audit = await client.GetHtmlAsync("/commissioning/audits/AUD-CH01");

        Assert.Equal(["CH01", "CH02", "HC01"], schedule.QuerySelectorAll("[data-testid=schedule] tbody tr").Select(r => r.GetAttribute("data-provider")).Where(c => c is "CH01" or "CH02" or "HC01"));
        Assert.Empty(schedule.QuerySelectorAll("[data-testid=record]"));
        Assert.Empty(schedule.QuerySelectorAll("main form[method=post]"));
        Assert.NotNull(schedule.QuerySelector("[data-testid=read-only]"));
        Assert.Equal("Poor", audit.QuerySelector("[data-testid=overall]")!.Text());
        Assert.Equal(["ACT-CH01"], audit.QuerySelectorAll("[data-testid=actions] tbody tr[data-action]").Select(r => r.GetAttribute("data-action")));
        Assert.Equal("Overdue", audit.QuerySelector("[data-testid=action-state]")!.Text());
        Assert.Empty(audit.QuerySelectorAll("main form"));
        Assert.Equal("Commissioners and administrators raise and update actions and mark audits complete.", audit.QuerySelector("[data-testid=read-only]")!.Text());
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public async Task Readers_Posts_AreRefusedWith403_AndStoreNothing(string role)
    {
        await factory.SeedAsync();
        using var client = await factory.CreateSignedInClientAsync(role);
        var page = await client.GetHtmlAsync("/commissioning/audits/AUD-CH01");
        var token = page.AntiforgeryToken("header form");
        var fields = new Dictionary<string, string>
        {
            ["AuditDate"] = "2025-01-15",
            ["Auditor"] = role,
            ["Overall"] = "good",
            ["KeyQuestion"] = "safe",
            ["Description"] = "Not allowed",
            ["Owner"] = role,
            ["DueDate"] = "2025-03-01",
            ["ActionCode"] = "ACT-CH01",
            ["CompletedDate"] = "2025-01-15",
            [WebTestClient.AntiforgeryField] = token,
        };

        var responses = new List<HttpResponseMessage>();
        foreach (var path in new[]
        {
            "/commissioning/audits/new?provider=CH02",
            "/commissioning/audits/AUD-CH01?handler=AddAction",
            "/commissioning/audits/AUD-CH01?handler=UpdateAction",
            "/commissioning/audits/AUD-CH01?handler=Complete",
        })
        {
            responses.Add(await client.PostFormAsync(path, fields));
        }

        using var form = await client.GetResponseAsync("/commissioning/audits/new?provider=CH02");
        using var denied = await client.GetResponseAsync(responses[0].Headers.Location!.PathAndQuery);

        Assert.All([.. responses, form], WebAssert.Forbidden);
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.Null((await factory.AuditAsync("AUD-CH01")).CompletedOn);
        var action = Assert.Single(await factory.ActionsAsync("AUD-CH01"));
        Assert.Equal(("Registered manager", (DateOnly?)null), (action.Owner, action.CompletedDate));
        Assert.False(await factory.QueryAsync(db => db.QualityAudits.AnyAsync(a => a.Auditor == role, TestContext.Current.CancellationToken)));
        Assert.False(await factory.QueryAsync(db => db.AuditEntries.AnyAsync(e => e.Actor == role && e.Entity != "SignIn", TestContext.Current.CancellationToken)));
        responses.ForEach(r => r.Dispose());
    }

    [Theory]
    [InlineData("/commissioning/audits")]
    [InlineData("/commissioning/audits/AUD-CH01")]
    [InlineData("/commissioning/audits/new?provider=CH01")]
    public async Task SignedOut_IsSentToSignIn(string path)
    {
        using var client = factory.CreateSignedOutClient();

        using var response = await client.GetResponseAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/sign-in", response.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task SignedOut_Post_IsSentToSignIn_AndStoresNothing()
    {
        await factory.SeedAsync();
        using var client = factory.CreateSignedOutClient();

        using var response = await client.PostFormAsync("/commissioning/audits/AUD-CH01?handler=Complete", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/sign-in", response.Headers.Location!.AbsolutePath);
        Assert.Null((await factory.AuditAsync("AUD-CH01")).CompletedOn);
    }
}
