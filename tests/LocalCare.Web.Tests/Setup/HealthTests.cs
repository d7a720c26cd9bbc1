using System.Net;

namespace LocalCare.Web.Tests.Setup;

public sealed class HealthTests(LocalCareWebFactory factory) : IClassFixture<LocalCareWebFactory>
{
    [Fact]
    public async Task Get_WhenSignedOut_ReturnsHealthy()
    {
        using var client = factory.CreateSignedOutClient();

        using var response = await client.GetResponseAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Start_WithDemo_WritesDemoUsersFileWithEveryRole()
    {
        using var client = factory.CreateSignedOutClient();
        using var _ = await client.GetResponseAsync("/healthz");

        var users = LocalCare.Data.Users.DemoUsers.ReadFile(Path.Combine(factory.DataDirectory, LocalCare.Data.Users.DemoUsers.FileName));

        Assert.Equal(LocalCare.Core.Access.Roles.All.Order(), users.Keys.Order());
    }
}
