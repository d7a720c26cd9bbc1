using System.Net;

namespace LocalCare.Web.Tests.Features.Account;

public sealed class AccessDeniedPageTests(LocalCareWebFactory factory) : IClassFixture<LocalCareWebFactory>
{
    [Fact]
    public async Task Get_WhenSignedIn_Returns403WithExplanation()
    {
        using var client = await factory.CreateSignedInClientAsync();

        using var response = await client.GetResponseAsync("/account/access-denied");
        var page = await response.ReadHtmlAsync();

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("You do not have access to this page", page.QuerySelector("h1")!.Text());
    }
}
