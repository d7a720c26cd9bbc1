using System.Net;

namespace LocalCare.Web.Tests.Features.Account;

public sealed class SignOutTests(LocalCareWebFactory factory) : IClassFixture<LocalCareWebFactory>
{
    [Fact]
    public async Task Post_FromTheHeaderForm_SignsOut()
    {
        using var client = await factory.CreateSignedInClientAsync();
        var home = await client.GetHtmlAsync("/");
        var form = home.QuerySelector("header form.nhsuk-header__account-form");
        Assert.NotNull(form);
        Assert.Equal("/account/sign-out", form.GetAttribute("action"));
        Assert.Equal("post", form.GetAttribute("method"));

        using var response = await client.PostFormAsync("/account/sign-out", new Dictionary<string, string>
        {
            [WebTestClient.AntiforgeryField] = home.AntiforgeryToken("header form.nhsuk-header__account-form"),
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/sign-in", response.Headers.Location?.OriginalString);

        using var after = await client.GetResponseAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
    }

    [Fact]
    public async Task Post_WithoutAntiforgeryToken_Returns400AndStaysSignedIn()
    {
        using var client = await factory.CreateSignedInClientAsync();

        using var response = await client.PostFormAsync("/account/sign-out", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var after = await client.GetResponseAsync("/");
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }
}
