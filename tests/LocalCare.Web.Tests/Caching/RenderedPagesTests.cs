using System.Net;
using System.Text.RegularExpressions;
using LocalCare.Core.Access;
using LocalCare.Web.Caching;
using Microsoft.Extensions.DependencyInjection;

namespace LocalCare.Web.Tests.Caching;

/// <summary>
/// Pages kept whole until the data changes (the summary, a metric's page, a draft pack): written again with the request's own
/// nonce and a working antiforgery token, per user, and never when the page had a problem.
/// </summary>
public sealed partial class RenderedPagesTests(LocalCareWebFactory factory) : IClassFixture<LocalCareWebFactory>
{
    private RenderedPageStore Store => factory.Services.GetRequiredService<RenderedPageStore>();

    [Theory]
    [InlineData("/performance")]
    [InlineData("/performance/dna-rate?unit=locality%3ANORTH")]
    public async Task ASecondRequest_IsTheKeptPage_WithItsOwnNonceAndAWorkingToken(string path)
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Analyst);
        using var first = await client.GetResponseAsync(path);
        var kept = Store.Count;
        using var second = await client.GetResponseAsync(path);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.True(kept > 0, "the first response was kept");
        Assert.Equal(kept, Store.Count); // served from the store, not kept again
        var (firstNonce, secondNonce) = (Nonce(first), Nonce(second));
        Assert.NotEqual(firstNonce, secondNonce);
        var page = await second.ReadHtmlAsync();
        Assert.All(page.QuerySelectorAll("script:not([src])"), s => Assert.Equal(secondNonce, s.GetAttribute("nonce")));
        Assert.Equal(Without(await first.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), firstNonce),
            Without(await second.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), secondNonce));

        // The kept page's sign-out form carries this request's token: posting it signs out (a stale token would be a 400).
        using var signOut = await client.PostFormAsync("/account/sign-out", new Dictionary<string, string> { [WebTestClient.AntiforgeryField] = page.AntiforgeryToken("header form") });
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        using var afterSignOut = await client.GetResponseAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, afterSignOut.StatusCode); // a kept page is never written to someone signed out
    }

    [Fact]
    public async Task EachUser_GetsTheirOwnPage()
    {
        using var admin = await factory.CreateSignedInClientAsync(Roles.Admin);
        using var analyst = await factory.CreateSignedInClientAsync(Roles.Analyst);

        var asAdmin = await admin.GetHtmlAsync("/performance");
        var asAnalyst = await analyst.GetHtmlAsync("/performance");
        var asAdminAgain = await admin.GetHtmlAsync("/performance");

        Assert.Contains("Role: Administrator", asAdmin.QuerySelector("[data-testid=user-role]")!.Text(), StringComparison.Ordinal);
        Assert.Contains("Role: Analyst", asAnalyst.QuerySelector("[data-testid=user-role]")!.Text(), StringComparison.Ordinal);
        Assert.Contains("Role: Administrator", asAdminAgain.QuerySelector("[data-testid=user-role]")!.Text(), StringComparison.Ordinal);
        Assert.NotNull(asAdmin.QuerySelector("a[href='/admin/users']"));
        Assert.Null(asAnalyst.QuerySelector("a[href='/admin/users']"));
    }

    [Fact]
    public async Task APageWithAProblem_IsNotKept()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Analyst);
        var before = Store.Count;

        using var response = await client.GetResponseAsync("/performance?unit=neighbourhood%3ANOWHERE");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, Store.Count);
    }

    [Theory]
    [InlineData("/performance/no-such-metric")]
    [InlineData("/meetings/999999/pack")]
    public async Task AMarkedPageThatIsNotFound_GetsTheErrorPage_AndIsNotKept(string path)
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Analyst);
        var before = Store.Count;

        using var response = await client.GetResponseAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page not found", (await response.ReadHtmlAsync()).QuerySelector("h1")?.Text());
        Assert.Equal(before, Store.Count);
    }

    [Fact]
    public async Task APageNotMarked_IsNotKept()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Analyst);
        var before = Store.Count;

        using var response = await client.GetResponseAsync("/plan");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(before, Store.Count);
    }

    private static string Nonce(HttpResponseMessage response) =>
        NoncePattern().Match(response.Headers.GetValues("Content-Security-Policy").Single()).Groups[1].Value;

    /// <summary>The page without what differs per request: its nonce and antiforgery tokens.</summary>
    private static string Without(string html, string nonce) =>
        TokenPattern().Replace(html.Replace(nonce, "NONCE", StringComparison.Ordinal), "value=\"TOKEN\"");

    [GeneratedRegex("'nonce-([0-9A-F]{32})'")]
    private static partial Regex NoncePattern();

    [GeneratedRegex("value=\"CfDJ8[A-Za-z0-9_-]+\"")]
    private static partial Regex TokenPattern();
}
