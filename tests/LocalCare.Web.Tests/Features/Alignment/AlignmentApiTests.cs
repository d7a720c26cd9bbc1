using System.Net;
using System.Text.Json;

namespace LocalCare.Web.Tests.Features.Alignment;

public sealed class AlignmentApiTests(LocalCareWebFactory factory) : IClassFixture<LocalCareWebFactory>
{
    [Fact]
    public async Task Get_ReturnsTheMatrix_WithColumnsRowsByWorkplanAndTotals()
    {
        using var client = await factory.CreateSignedInClientAsync();
        var deliverables = await Expected.DeliverablesAsync(factory);

        using var response = await client.GetResponseAsync("/api/plan/alignment?year=2024");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var root = json.RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("2024/25", root.GetProperty("planYear").GetString());
        var columns = root.GetProperty("partnerPriorities").EnumerateArray().ToList();
        Assert.Equal(["ACUTE-P1", "ACUTE-P2", "ACUTE-P3", "ACUTE-P4", "ACUTE-P5", "COUNCIL-P1", "COUNCIL-P2", "COUNCIL-P3", "COUNCIL-P4", "COUNCIL-P5", "COUNCIL-P6", "COUNCIL-P7"],
            columns.Select(c => c.GetProperty("code").GetString()));
        Assert.Equal(("acute_trust", "Acute trust", "P1"), (columns[0].GetProperty("partner").GetString(), columns[0].GetProperty("partnerName").GetString(), columns[0].GetProperty("number").GetString()));
        Assert.All(columns, c => Assert.Equal(
            deliverables.Count(d => d.Alignments.Any(a => a.PartnerPriorityCode == c.GetProperty("code").GetString())),
            c.GetProperty("deliverables").GetInt32()));
        Assert.Equal(["CH", "ASC", "JOINT"], root.GetProperty("workplans").EnumerateArray().Select(w => w.GetProperty("code").GetString()));
        var row = root.GetProperty("workplans")[0].GetProperty("deliverables")[0];
        Assert.Equal(("D2425-CH-01", "P2425-PHM"), (row.GetProperty("code").GetString(), row.GetProperty("priorityCode").GetString()));
        Assert.Equal(["ACUTE-P1", "COUNCIL-P3", "COUNCIL-P5"], row.GetProperty("partnerPriorities").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(deliverables.Sum(d => d.Alignments.Count), root.GetProperty("links").GetInt32());
        Assert.Empty(root.GetProperty("unaligned").EnumerateArray());
    }

    [Fact]
    public async Task Get_AYearThatIsNotAPlanYear_Is400_AndAYearWithoutAPlan_Is404()
    {
        using var client = await factory.CreateSignedInClientAsync();

        using var invalid = await client.GetResponseAsync("/api/plan/alignment?year=next");
        using var missing = await client.GetResponseAsync("/api/plan/alignment?year=2030");
        using var problem = JsonDocument.Parse(await invalid.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        using var notFound = JsonDocument.Parse(await missing.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal("Year 'next' is not a plan year: write it like 2024/25", problem.RootElement.GetProperty("errors").GetProperty("year")[0].GetString());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("There is no operating plan for 2030/31.", notFound.RootElement.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Get_WhenSignedOut_Returns401()
    {
        using var client = factory.CreateSignedOutClient();

        using var response = await client.GetResponseAsync("/api/plan/alignment");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
