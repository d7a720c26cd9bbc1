using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LocalCare.Core.Access;

namespace LocalCare.Web.Tests.Features.ServicePlans;

/// <summary><c>GET /api/service-plans/{year}/{unit}/history</c>: whoever reads service plans reads who changed one and when, as the plan's page shows it.</summary>
public sealed class ServicePlanHistoryApiTests(LocalCareWebFactory factory) : IClassFixture<LocalCareWebFactory>
{
    [Fact]
    public async Task AViewer_ReadsWhoWroteAPlan_NewestFirst_WithEachFieldBeforeAndAfter()
    {
        using var manager = await factory.CreateSignedInClientAsync(Roles.Manager);
        using var viewer = await factory.CreateSignedInClientAsync(Roles.Viewer);
        using var written = await manager.PutAsJsonAsync("/api/service-plans/2024/INT-CITY", new { sections = new Dictionary<string, string> { ["priorities"] = "Reach rough sleepers in the City Centre." } }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, written.StatusCode);

        using var response = await viewer.GetResponseAsync("/api/service-plans/2024-25/INT-CITY/history");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var page = await viewer.GetHtmlAsync("/service-plans/2024/INT-CITY");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var entries = json.RootElement.EnumerateArray().ToList();
        Assert.NotEmpty(entries);
        Assert.Contains(entries, e => e.GetProperty("actor").GetString() == "manager" && e.GetProperty("key").GetString() == "priorities"
            && e.GetProperty("changes").EnumerateArray().Any(c => c.GetProperty("after").GetString() == "Reach rough sleepers in the City Centre."));
        Assert.Equal(page.QuerySelectorAll("[data-testid=history] tbody tr").Length, entries.Count);
    }

    [Theory]
    [InlineData("/api/service-plans/2024/NOWHERE/history")]
    [InlineData("/api/service-plans/2024/NORTH/history")] // a locality writes no service plan
    [InlineData("/api/service-plans/soon/INT-CITY/history")]
    public async Task AUnitWithoutServicePlans_OrAYearThatIsNotOne_Is404(string path)
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Viewer);

        using var response = await client.GetResponseAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
