using System.Net;
using System.Text.Json;
using LocalCare.Core.Plans;

namespace LocalCare.Web.Tests.Features.Home;

public sealed class HomeApiTests(LocalCareWebFactory factory) : IClassFixture<LocalCareWebFactory>
{
    [Fact]
    public async Task GetPlan_WhenSignedIn_CountsDeliverablesByStatusCode()
    {
        using var client = await factory.CreateSignedInClientAsync();
        var priorities = await Expected.PrioritiesAsync(factory);

        using var response = await client.GetResponseAsync("/api/plan");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var plan = json.RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("2024/25", plan.GetProperty("planYear").GetString());
        Assert.Equal(["not_started", "on_track", "at_risk", "off_track", "delivered"], plan.GetProperty("statuses").EnumerateArray().Select(s => s.GetString()));
        var rows = plan.GetProperty("priorities").EnumerateArray().ToList();
        Assert.Equal(priorities.Select(p => p.Code), rows.Select(r => r.GetProperty("code").GetString()));
        foreach (var (priority, row) in priorities.Zip(rows))
        {
            var counts = row.GetProperty("deliverables");
            foreach (var status in DeliverableStatuses.All)
            {
                Assert.Equal(priority.Deliverables.Count(d => d.CurrentStatus == status), counts.GetProperty("byStatus").GetProperty(status.ToCode()).GetInt32());
            }

            Assert.Equal(priority.Deliverables.Count, counts.GetProperty("total").GetInt32());
        }

        Assert.Equal(priorities.Sum(p => p.Deliverables.Count), plan.GetProperty("totals").GetProperty("total").GetInt32());
    }
}
