using System.Net;

namespace LocalCare.Web.Tests.Security;

public sealed class AccessTests(LocalCareWebFactory factory) : IClassFixture<LocalCareWebFactory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/organisation")]
    [InlineData("/deliverables")]
    [InlineData("/deliverables?status=at_risk")]
    [InlineData("/deliverables/D2425-CH-01")]
    [InlineData("/boards")]
    [InlineData("/boards/HPB")]
    [InlineData("/data")]
    [InlineData("/service-plans")]
    [InlineData("/service-plans/2024/INT-CC")]
    [InlineData("/planning-cycle")]
    [InlineData("/commissioning")]
    [InlineData("/commissioning/providers/P01")]
    public async Task Get_WhenSignedOut_RedirectsToSignIn(string path)
    {
        using var client = factory.CreateSignedOutClient();

        using var response = await client.GetResponseAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.Equal("/account/sign-in", location.AbsolutePath);
        Assert.Equal("?ReturnUrl=" + Uri.EscapeDataString(path), location.Query);
    }

    [Theory]
    [InlineData("/api/plan")]
    [InlineData("/api/organisation")]
    [InlineData("/api/deliverables")]
    [InlineData("/api/deliverables?status=at_risk")]
    [InlineData("/api/deliverables/D2425-CH-01")]
    [InlineData("/api/boards")]
    [InlineData("/api/boards/HPB")]
    [InlineData("/api/data/quality")]
    [InlineData("/api/data/imports")]
    [InlineData("/api/service-plans")]
    [InlineData("/api/service-plans/2024/INT-CC")]
    [InlineData("/api/planning-cycle")]
    [InlineData("/api/commissioning/providers")]
    [InlineData("/api/commissioning/risk")]
    public async Task GetApi_WhenSignedOut_Returns401(string path)
    {
        using var client = factory.CreateSignedOutClient();

        using var response = await client.GetResponseAsync(path);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task GetStaticFile_WhenSignedOut_IsServed()
    {
        using var client = factory.CreateSignedOutClient();

        using var response = await client.GetResponseAsync("/lib/nhsuk/nhsuk-frontend.min.css");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task GetUnknownPage_WhenSignedIn_ShowsPageNotFound()
    {
        using var client = await factory.CreateSignedInClientAsync();

        using var response = await client.GetResponseAsync("/no-such-page");
        var page = await response.ReadHtmlAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page not found", page.QuerySelector("h1")!.Text());
    }
}
