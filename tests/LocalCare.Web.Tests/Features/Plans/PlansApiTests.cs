using System.Net;
using System.Text.Json;
using LocalCare.Core.Plans;

namespace LocalCare.Web.Tests.Features.Plans;

public sealed class PlansApiTests(LocalCareWebFactory factory) : IClassFixture<LocalCareWebFactory>
{
    [Fact]
    public async Task GetDeliverables_WithStatusAtRisk_ReturnsExactlyTheAtRiskCodes()
    {
        using var client = await factory.CreateSignedInClientAsync();
        var deliverables = await Expected.DeliverablesAsync(factory);
        var expected = deliverables.Where(d => d.CurrentStatus == DeliverableStatus.AtRisk).Select(d => d.Code).Order(StringComparer.Ordinal).ToList();

        using var response = await client.GetResponseAsync("/api/deliverables?status=at_risk");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var rows = json.RootElement.GetProperty("deliverables").EnumerateArray().ToList();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, rows.Select(r => r.GetProperty("code").GetString()!).Order(StringComparer.Ordinal));
        Assert.All(rows, r => Assert.Equal("at_risk", r.GetProperty("status").GetString()));
        Assert.Equal(expected.Count, json.RootElement.GetProperty("count").GetInt32());
        Assert.Equal("at_risk", json.RootElement.GetProperty("filter").GetProperty("status").GetString());
    }

    [Fact]
    public async Task GetDeliverables_WithUnknownStatus_Returns400ValidationProblem()
    {
        using var client = await factory.CreateSignedInClientAsync();

        using var response = await client.GetResponseAsync("/api/deliverables?status=sideways");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(
            "Status must be one of not_started, on_track, at_risk, off_track, delivered",
            json.RootElement.GetProperty("errors").GetProperty("status")[0].GetString());
    }

    [Fact]
    public async Task GetDeliverable_KnownCode_ReturnsItWithCodesForEnums()
    {
        using var client = await factory.CreateSignedInClientAsync();
        var deliverable = (await Expected.DeliverablesAsync(factory)).First(d => d.Updates.Count > 0 && d.Alignments.Count > 0);

        using var response = await client.GetResponseAsync($"/api/deliverables/{deliverable.Code}");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var root = json.RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(deliverable.Code, root.GetProperty("code").GetString());
        Assert.Equal(deliverable.PriorityCode, root.GetProperty("priority").GetProperty("code").GetString());
        Assert.Equal(deliverable.Due.Label, root.GetProperty("due").GetString());
        Assert.Equal(deliverable.CurrentStatus.ToCode(), root.GetProperty("status").GetString());
        Assert.Equal(
            deliverable.Updates.OrderBy(u => u.Quarter).Select(u => u.Status.ToCode()),
            root.GetProperty("updates").EnumerateArray().Select(u => u.GetProperty("status").GetString()));
        Assert.Equal(
            deliverable.Alignments.Select(a => a.PartnerPriorityCode).Order(StringComparer.Ordinal),
            root.GetProperty("partnerPriorities").EnumerateArray().Select(p => p.GetProperty("code").GetString()!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task GetDeliverable_UnknownCode_Returns404ProblemDetails()
    {
        using var client = await factory.CreateSignedInClientAsync();

        using var response = await client.GetResponseAsync("/api/deliverables/D9999-NOPE-01");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Deliverable not found", json.RootElement.GetProperty("title").GetString());
        Assert.Equal(404, json.RootElement.GetProperty("status").GetInt32());
        Assert.Equal("There is no deliverable with code 'D9999-NOPE-01'.", json.RootElement.GetProperty("detail").GetString());
    }
}
