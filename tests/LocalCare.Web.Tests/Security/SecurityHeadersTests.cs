using System.Text.RegularExpressions;

namespace LocalCare.Web.Tests.Security;

public sealed partial class SecurityHeadersTests(LocalCareWebFactory factory) : IClassFixture<LocalCareWebFactory>
{
    [Theory]
    [InlineData("/account/sign-in")]
    [InlineData("/healthz")]
    [InlineData("/")]
    public async Task Get_AnyResponse_HasSecurityHeaders(string path)
    {
        using var client = factory.CreateSignedOutClient();

        using var response = await client.GetResponseAsync(path);

        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("same-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.Matches(
            PolicyPattern(),
            Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
    }

    [Fact]
    public async Task Get_Page_InlineScriptCarriesTheRequestsNonce()
    {
        using var client = factory.CreateSignedOutClient();

        using var response = await client.GetResponseAsync("/account/sign-in");
        var nonce = PolicyPattern().Match(Assert.Single(response.Headers.GetValues("Content-Security-Policy"))).Groups["nonce"].Value;
        var page = await response.ReadHtmlAsync();

        var inline = Assert.Single(page.QuerySelectorAll("script"), s => !s.HasAttribute("src"));
        Assert.Equal(nonce, inline.GetAttribute("nonce"));
        Assert.Contains("js-enabled", inline.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_TwoRequests_GetDifferentNonces()
    {
        using var client = factory.CreateSignedOutClient();

        using var first = await client.GetResponseAsync("/account/sign-in");
        using var second = await client.GetResponseAsync("/account/sign-in");

        Assert.NotEqual(
            first.Headers.GetValues("Content-Security-Policy").Single(),
            second.Headers.GetValues("Content-Security-Policy").Single());
    }

    [GeneratedRegex(@"^default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self' 'nonce-(?<nonce>[0-9A-F]{32})'; frame-ancestors 'none'; form-action 'self'$")]
    private static partial Regex PolicyPattern();
}
