using System.Net;
using System.Text.Json;

namespace LocalCare.Web.Tests.Features.Organisation;

public sealed class OrganisationApiTests(LocalCareWebFactory factory) : IClassFixture<LocalCareWebFactory>
{
    [Fact]
    public async Task GetOrganisation_WhenSignedIn_NestsNeighbourhoodsInLocalities()
    {
        using var client = await factory.CreateSignedInClientAsync();

        using var response = await client.GetResponseAsync("/api/organisation");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var root = json.RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("MLCO", root.GetProperty("lco").GetProperty("code").GetString());
        var localities = root.GetProperty("localities").EnumerateArray().ToList();
        Assert.Equal(["CENTRAL", "NORTH", "SOUTH"], localities.Select(l => l.GetProperty("code").GetString()).Order(StringComparer.Ordinal));
        Assert.Equal(13, localities.Sum(l => l.GetProperty("neighbourhoods").GetArrayLength()));
        Assert.Equal(13, root.GetProperty("neighbourhoodCount").GetInt32());
        Assert.Contains("adult_social_care", root.GetProperty("serviceGroups").EnumerateArray().Select(g => g.GetProperty("group").GetString()));
    }
}
