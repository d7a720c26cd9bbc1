using System.Net;
using LocalCare.Core.Access;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Hosting;

namespace LocalCare.Web.Tests.Security;

/// <summary>The app as it runs in production (HSTS is off in Development, so a developer's browser is not pinned to HTTPS).</summary>
public sealed class ProductionWebFactory : LocalCareWebFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment(Environments.Production);
    }
}

public sealed class HttpsTests(ProductionWebFactory factory) : IClassFixture<ProductionWebFactory>
{
    private HttpClient Client(string scheme) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri($"{scheme}://localcare.test"), AllowAutoRedirect = false, HandleCookies = true });

    [Fact]
    public async Task Https_SendsHsts()
    {
        using var client = Client("https");

        using var response = await client.GetResponseAsync("/account/sign-in");

        Assert.Equal("max-age=31536000", Assert.Single(response.Headers.GetValues("Strict-Transport-Security")));
    }

    [Fact]
    public async Task Http_SendsNoHsts()
    {
        using var client = Client("http");

        using var response = await client.GetResponseAsync("/account/sign-in");

        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task HttpsBehindAProxy_IsSeenAsHttps()
    {
        using var client = Client("http");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/account/sign-in");
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        // TestServer's connection counts as the trusted proxy (a real one must be on loopback): its X-Forwarded-Proto is believed.
        Assert.Equal("max-age=31536000", Assert.Single(response.Headers.GetValues("Strict-Transport-Security")));
    }

    [Fact]
    public async Task Https_CookiesAreSecureHttpOnlyAndSameSiteStrict()
    {
        using var client = Client("https");
        using var form = await client.GetResponseAsync("/account/sign-in");
        var antiforgery = Assert.Single(form.Headers.GetValues("Set-Cookie"), c => c.StartsWith("LocalCare.Antiforgery=", StringComparison.Ordinal));

        using var signIn = await client.PostFormAsync("/account/sign-in", new Dictionary<string, string>
        {
            ["Username"] = Roles.Viewer,
            ["Password"] = WebTestClient.DemoPassword(factory, Roles.Viewer),
            [WebTestClient.AntiforgeryField] = (await form.ReadHtmlAsync()).AntiforgeryToken("main form"),
        });
        var session = Assert.Single(signIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("LocalCare.SignIn=", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        foreach (var cookie in new[] { antiforgery, session })
        {
            var attributes = cookie.ToLowerInvariant().Split("; ");
            Assert.Contains("secure", attributes);
            Assert.Contains("httponly", attributes);
            Assert.Contains("samesite=strict", attributes);
        }
    }

    [Fact]
    public async Task Http_CookiesAreNotMarkedSecure()
    {
        using var client = Client("http");

        using var form = await client.GetResponseAsync("/account/sign-in");

        var antiforgery = Assert.Single(form.Headers.GetValues("Set-Cookie"), c => c.StartsWith("LocalCare.Antiforgery=", StringComparison.Ordinal));
        Assert.DoesNotContain("secure", antiforgery.ToLowerInvariant().Split("; "));
        Assert.Contains("httponly", antiforgery.ToLowerInvariant().Split("; "));
    }
}
