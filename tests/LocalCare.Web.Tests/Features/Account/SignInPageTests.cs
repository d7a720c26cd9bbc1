using System.Net;
using LocalCare.Core.Access;

namespace LocalCare.Web.Tests.Features.Account;

public sealed class SignInPageTests(LocalCareWebFactory factory) : IClassFixture<LocalCareWebFactory>
{
    [Fact]
    public async Task Get_WhenSignedOut_ShowsTheForm()
    {
        using var client = factory.CreateSignedOutClient();

        var page = await client.GetHtmlAsync("/account/sign-in");

        Assert.Equal("Sign in to LocalCare", page.QuerySelector("h1")!.Text());
        Assert.NotNull(page.QuerySelector("main form input#username[name=Username]"));
        Assert.NotNull(page.QuerySelector("main form input#password[name=Password][type=password]"));
        Assert.Null(page.QuerySelector(".nhsuk-error-summary"));
        Assert.Null(page.QuerySelector(".nhsuk-header__navigation"));
    }

    [Fact]
    public async Task Post_WithCorrectPassword_RedirectsToReturnUrlAndShowsUserInHeader()
    {
        using var client = factory.CreateSignedOutClient();
        var form = await client.GetHtmlAsync("/account/sign-in?ReturnUrl=%2Fboards");

        using var response = await client.PostFormAsync("/account/sign-in?ReturnUrl=%2Fboards", new Dictionary<string, string>
        {
            ["Username"] = Roles.Executive,
            ["Password"] = WebTestClient.DemoPassword(factory, Roles.Executive),
            ["ReturnUrl"] = "/boards",
            [WebTestClient.AntiforgeryField] = form.AntiforgeryToken("main form"),
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/boards", response.Headers.Location?.OriginalString);

        var page = await client.GetHtmlAsync("/boards");
        Assert.Equal("Demo executive", page.QuerySelector("[data-testid=user-name]")!.Text());
        Assert.Equal("Role: Executive", page.QuerySelector("[data-testid=user-role]")!.Text());
    }

    [Fact]
    public async Task Post_WithExternalReturnUrl_RedirectsHome()
    {
        using var client = factory.CreateSignedOutClient();
        var form = await client.GetHtmlAsync("/account/sign-in");

        using var response = await client.PostFormAsync("/account/sign-in", new Dictionary<string, string>
        {
            ["Username"] = Roles.Manager,
            ["Password"] = WebTestClient.DemoPassword(factory, Roles.Manager),
            ["ReturnUrl"] = "https://example.com/",
            [WebTestClient.AntiforgeryField] = form.AntiforgeryToken("main form"),
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Post_WithWrongPassword_ShowsIncorrectError()
    {
        using var client = factory.CreateSignedOutClient();

        using var response = await client.SignInAsync(Roles.Viewer, "not-the-password-1A!");
        var page = await response.ReadHtmlAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("Error: ", page.Title, StringComparison.Ordinal);
        var summary = page.QuerySelector(".nhsuk-error-summary");
        Assert.NotNull(summary);
        Assert.Equal("There is a problem", summary.QuerySelector(".nhsuk-error-summary__heading")!.Text());
        var link = Assert.Single(summary.QuerySelectorAll(".nhsuk-error-summary__list a"));
        Assert.Equal("Your username or password is incorrect", link.Text());
        Assert.Equal("#username", link.GetAttribute("href"));
        Assert.Equal("Error: Your username or password is incorrect", page.QuerySelector("#username-error")!.Text());
        Assert.Equal(Roles.Viewer, page.QuerySelector("input#username")!.GetAttribute("value"));
        Assert.Null(page.QuerySelector("input#password")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Post_WithUnknownUser_ShowsTheSameIncorrectError()
    {
        using var client = factory.CreateSignedOutClient();

        using var response = await client.SignInAsync("nobody", "whatever-password-1A!");
        var page = await response.ReadHtmlAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Your username or password is incorrect", page.QuerySelector(".nhsuk-error-summary__list a")!.Text());
    }

    [Fact]
    public async Task Post_WithEmptyFields_ShowsBothFieldErrors()
    {
        using var client = factory.CreateSignedOutClient();

        using var response = await client.SignInAsync("", "");
        var page = await response.ReadHtmlAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var links = page.QuerySelectorAll(".nhsuk-error-summary__list a").Select(a => (a.GetAttribute("href"), a.Text())).ToList();
        Assert.Equal([("#username", "Enter your username"), ("#password", "Enter your password")], links);
        Assert.Equal("Error: Enter your username", page.QuerySelector("#username-error")!.Text());
        Assert.Equal("Error: Enter your password", page.QuerySelector("#password-error")!.Text());
        Assert.NotNull(page.QuerySelector(".nhsuk-form-group--error input#username.nhsuk-input--error"));
        Assert.NotNull(page.QuerySelector(".nhsuk-form-group--error input#password.nhsuk-input--error"));
    }

    [Fact]
    public async Task Post_WithOnlyPasswordEmpty_ShowsOnlyPasswordError()
    {
        using var client = factory.CreateSignedOutClient();

        using var response = await client.SignInAsync(Roles.Viewer, "");
        var page = await response.ReadHtmlAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Enter your password", Assert.Single(page.QuerySelectorAll(".nhsuk-error-summary__list a")).Text());
        Assert.Null(page.QuerySelector("#username-error"));
    }

    [Fact]
    public async Task Post_AfterFiveWrongPasswords_LocksTheAccount()
    {
        using var client = factory.CreateSignedOutClient();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            using var wrong = await client.SignInAsync(Roles.Analyst, "not-the-password-1A!");
            Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        }

        using var response = await client.SignInAsync(Roles.Analyst, WebTestClient.DemoPassword(factory, Roles.Analyst));
        var page = await response.ReadHtmlAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(
            "Your account is locked after too many incorrect passwords. Try again in 15 minutes",
            page.QuerySelector(".nhsuk-error-summary__list a")!.Text());
    }

    [Fact]
    public async Task Post_WithoutAntiforgeryToken_Returns400()
    {
        using var client = factory.CreateSignedOutClient();
        using var _ = await client.GetResponseAsync("/account/sign-in");

        using var response = await client.PostFormAsync("/account/sign-in", new Dictionary<string, string>
        {
            ["Username"] = Roles.Admin,
            ["Password"] = WebTestClient.DemoPassword(factory, Roles.Admin),
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }
}
