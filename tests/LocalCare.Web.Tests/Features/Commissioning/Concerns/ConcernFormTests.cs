using System.Net;
using LocalCare.Core.Access;
using LocalCare.Core.Commissioning;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Web.Tests.Features.Commissioning.Concerns;

/// <summary>Recording a concern on a provider's page: commissioners and administrators only, checked, audited, and counted in the risk rating.</summary>
public sealed class ConcernFormTests(CommissioningWebFactory factory) : IClassFixture<CommissioningWebFactory>
{
    private const string Page = "/commissioning/providers/P03";
    private const string Post = Page + "?handler=Concern";

    public static TheoryData<string> Editors => [Roles.Commissioner, Roles.Admin];

    public static TheoryData<string> Others => [Roles.Executive, Roles.Analyst, Roles.Manager, Roles.Viewer];

    [Theory]
    [MemberData(nameof(Editors))]
    public async Task Post_AsAnEditor_RecordsTheConcern_AuditsIt_AndTheRiskRatingCountsIt(string role)
    {
        using var client = await factory.CreateSignedInClientAsync(role);
        var before = await client.GetHtmlAsync(Page);
        var summary = $"Safeguarding referral raised by {role}";

        using var response = await client.PostFormAsync(Post, Fields(before, "safeguarding", "2025-01-10", "", summary));
        var after = await client.GetHtmlAsync(Page);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(Page + "#concerns", response.Headers.Location!.OriginalString);
        var stored = await factory.QueryAsync(db => db.Concerns.AsNoTracking().SingleAsync(c => c.Summary == summary, TestContext.Current.CancellationToken));
        Assert.Matches("^APP-K-[0-9]{4}$", stored.Code);
        Assert.Equal(("P03", ConcernKind.Safeguarding, new DateOnly(2025, 1, 10), (DateOnly?)null), (stored.ProviderCode, stored.Kind, stored.Opened, stored.Closed));
        Assert.Equal($"Concern {stored.Code} recorded", after.QuerySelector("[data-testid=saved] .nhsuk-notification-banner__heading")!.Text());
        Assert.NotNull(after.QuerySelector($"[data-testid=concerns] tr[data-concern='{stored.Code}']"));
        // P03 scored 5 (unrated, no audit); an open safeguarding concern adds 3.
        Assert.Equal("8", after.QuerySelector("[data-testid=risk] [data-testid=score]")!.Text());
        Assert.Contains(after.QuerySelectorAll("[data-testid=reasons] li"), li => li.Text() is "1 safeguarding concern open: 3 points" or "2 safeguarding concerns open: 3 points");
        var audited = await factory.QueryAsync(db => db.AuditEntries.AsNoTracking()
            .Where(e => e.Subject == "provider:P03" && e.Entity == nameof(ProviderConcern) && e.EntityKey.Contains(stored.Code)).ToListAsync(TestContext.Current.CancellationToken));
        Assert.Equal(role, Assert.Single(audited).Actor);
    }

    [Fact]
    public async Task Post_WithMistakes_ReRendersWithEveryMessage_AndStoresNothing()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Commissioner);
        var page = await client.GetHtmlAsync(Page);
        var count = await factory.QueryAsync(db => db.Concerns.CountAsync(TestContext.Current.CancellationToken));

        using var missing = await client.PostFormAsync(Post, Fields(page, "", "", "", ""));
        using var wrong = await client.PostFormAsync(Post, Fields(page, "gossip", "2025-01-16", "2025-01-01", "x"));
        using var closedBefore = await client.PostFormAsync(Post, Fields(page, "whistleblowing", "2025-01-10", "2025-01-09", "Staff rota"));
        using var notADate = await client.PostFormAsync(Post, Fields(page, "other", "10/01/2025", "soon", "Staff rota"));

        Assert.Equal(
            ["Select the kind of concern", "Enter the date the concern was opened", "Enter a summary of the concern"],
            await SummaryAsync(missing));
        Assert.Equal(
            [
                "The kind of concern must be safeguarding, whistleblowing, complaint upheld or other",
                "The date the concern was opened must be today or in the past",
                "The date the concern was closed must be the same as or after the date it was opened",
            ],
            await SummaryAsync(wrong));
        Assert.Equal(["The date the concern was closed must be the same as or after the date it was opened"], await SummaryAsync(closedBefore));
        Assert.Equal(
            ["The date the concern was opened must be a real date, such as 2025-03-31", "The date the concern was closed must be a real date, such as 2025-03-31"],
            await SummaryAsync(notADate));
        var html = await closedBefore.ReadHtmlAsync();
        Assert.StartsWith("Error: ", html.Title, StringComparison.Ordinal);
        Assert.Equal("Staff rota", html.QuerySelector("#concern-summary")!.Text());
        Assert.Equal(count, await factory.QueryAsync(db => db.Concerns.CountAsync(TestContext.Current.CancellationToken)));
    }

    [Theory]
    [MemberData(nameof(Others))]
    public async Task OtherRoles_SeeNoForm_AndTheirPostIsRefused(string role)
    {
        using var client = await factory.CreateSignedInClientAsync(role);
        var page = await client.GetHtmlAsync(Page);
        var token = page.AntiforgeryToken("header form");
        var count = await factory.QueryAsync(db => db.Concerns.CountAsync(TestContext.Current.CancellationToken));

        using var response = await client.PostFormAsync(Post, new Dictionary<string, string>
        {
            ["Kind"] = "safeguarding",
            ["Opened"] = "2025-01-10",
            ["Summary"] = "Not allowed",
            [WebTestClient.AntiforgeryField] = token,
        });

        Assert.Null(page.QuerySelector("[data-testid=concern-form]"));
        WebAssert.Forbidden(response);
        Assert.False(await factory.QueryAsync(db => db.Concerns.AnyAsync(c => c.Summary == "Not allowed", TestContext.Current.CancellationToken)));
        Assert.Equal(count, await factory.QueryAsync(db => db.Concerns.CountAsync(TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task Post_ForAnUnknownProvider_IsNotFound()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Commissioner);
        var page = await client.GetHtmlAsync(Page);

        using var response = await client.PostFormAsync("/commissioning/providers/NOPE?handler=Concern", Fields(page, "other", "2025-01-10", "", "Anything"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static Dictionary<string, string> Fields(AngleSharp.Html.Dom.IHtmlDocument page, string kind, string opened, string closed, string summary) => new()
    {
        ["Kind"] = kind,
        ["Opened"] = opened,
        ["Closed"] = closed,
        ["Summary"] = summary,
        [WebTestClient.AntiforgeryField] = page.AntiforgeryToken("[data-testid=concern-form]"),
    };

    private static async Task<List<string>> SummaryAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.ReadHtmlAsync();
        return [.. html.QuerySelectorAll(".nhsuk-error-summary__list a").Select(a => a.Text())];
    }
}
