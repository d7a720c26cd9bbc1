using System.Net;
using LocalCare.Core.Access;
using LocalCare.Web.Features.Account;
using LocalCare.Web.Security;
using Microsoft.AspNetCore.Hosting;

namespace LocalCare.Web.Tests.Security;

public sealed class LockoutTests(LocalCareWebFactory factory) : IClassFixture<LocalCareWebFactory>
{
    [Fact]
    public async Task SignIn_AfterFiveWrongPasswords_IsLockedEvenWithTheRightOne()
    {
        using var client = factory.CreateSignedOutClient();
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            using var wrong = await client.SignInAsync(Roles.Analyst, "not-the-password");
            Assert.Equal(SignInModel.Incorrect, (await wrong.ReadHtmlAsync()).QuerySelector("#username-error")!.Text().Replace("Error: ", "", StringComparison.Ordinal));
        }

        using var fifth = await client.SignInAsync(Roles.Analyst, "not-the-password");
        using var right = await client.SignInAsync(Roles.Analyst, WebTestClient.DemoPassword(factory, Roles.Analyst));
        var page = await right.ReadHtmlAsync();

        Assert.Equal(HttpStatusCode.BadRequest, right.StatusCode);
        Assert.Equal(
            "Your account is locked after too many incorrect passwords. Try again in 15 minutes",
            page.QuerySelector(".nhsuk-error-summary__list a")!.Text());
        Assert.Contains("locked", (await fifth.ReadHtmlAsync()).QuerySelector(".nhsuk-error-summary__list a")!.Text(), StringComparison.Ordinal);
    }
}

/// <summary>The app with a sign-in limit of 3 attempts a minute, so the test reaches it quickly.</summary>
public sealed class TightSignInLimitFactory : LocalCareWebFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting(SignInRateLimit.PermitsKey, "3");
    }
}

public sealed class SignInRateLimitTests(TightSignInLimitFactory factory) : IClassFixture<TightSignInLimitFactory>
{
    [Fact]
    public async Task PostSignIn_PastTheLimit_Is429WithRetryAfterAndTheNhsPage()
    {
        using var client = factory.CreateSignedOutClient();
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            using var allowed = await client.SignInAsync("nobody", "wrong-password");
            Assert.Equal(HttpStatusCode.BadRequest, allowed.StatusCode);
        }

        using var limited = await client.SignInAsync(Roles.Viewer, WebTestClient.DemoPassword(factory, Roles.Viewer));
        var page = await limited.ReadHtmlAsync();

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        var retryAfter = int.Parse(Assert.Single(limited.Headers.GetValues("Retry-After")), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(retryAfter, 1, 60);
        Assert.Equal("Too many attempts to sign in", page.QuerySelector("h1")!.Text());
        Assert.NotNull(page.QuerySelector("header.nhsuk-header"));
    }

    [Fact]
    public async Task GetSignIn_IsNeverLimited()
    {
        using var client = factory.CreateSignedOutClient();
        for (var i = 0; i < 6; i++)
        {
            using var response = await client.GetResponseAsync("/account/sign-in");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }
}
