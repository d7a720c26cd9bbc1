using System.Net;
using System.Text.Json;
using LocalCare.Core.Plans;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Web.Tests.Features.Plans;

/// <summary>
/// <c>?year=</c> on the plan's reads (<c>/api/deliverables</c>, <c>/api/plan</c>, <c>/api/updates</c>) and the deliverables page: the
/// year asked for, the year the pages show when left out (2024/25 in the demo, while its reviews are pending), 404 ProblemDetails for
/// a year with no plan and 400 for one that is not a year.
/// </summary>
public sealed class PlanYearParameterApiTests(LocalCareWebFactory factory) : IClassFixture<LocalCareWebFactory>
{
    public static TheoryData<string> Reads => ["/api/deliverables", "/api/plan", "/api/updates"];

    [Fact]
    public async Task GetDeliverables_WithAYear_ReturnsThatYearsDeliverables_AndLeftOutTheShownYears()
    {
        using var client = await factory.CreateSignedInClientAsync();
        var next = await factory.QueryAsync(db => db.Deliverables.Where(d => d.PlanYear == new PlanYear(2025)).Select(d => d.Code).ToListAsync(TestContext.Current.CancellationToken));
        var shown = (await Expected.DeliverablesAsync(factory)).Select(d => d.Code).ToList();

        foreach (var year in new[] { "2025/26", "2025", "2025-26" })
        {
            using var json = await GetJsonAsync(client, "/api/deliverables?year=" + Uri.EscapeDataString(year));
            Assert.Equal("2025/26", json.RootElement.GetProperty("planYear").GetString());
            Assert.Equal(next.Order(StringComparer.Ordinal), Codes(json).Order(StringComparer.Ordinal));
            Assert.Equal(["P2526-PHM", "P2526-SAFE"], json.RootElement.GetProperty("options").GetProperty("priorities").EnumerateArray().Select(p => p.GetProperty("code").GetString()).Take(2));
        }

        using var byDefault = await GetJsonAsync(client, "/api/deliverables");
        Assert.Equal("2024/25", byDefault.RootElement.GetProperty("planYear").GetString());
        Assert.Equal(shown.Order(StringComparer.Ordinal), Codes(byDefault).Order(StringComparer.Ordinal));
        using var filtered = await GetJsonAsync(client, "/api/deliverables?year=2025&workplan=CH");
        Assert.Equal(["D2526-CH-01", "D2526-CH-02"], Codes(filtered));
    }

    [Fact]
    public async Task GetPlanAndUpdates_WithAYear_ReturnThatYear_AndLeftOutTheShownYear()
    {
        using var client = await factory.CreateSignedInClientAsync();

        using var plan = await GetJsonAsync(client, "/api/plan?year=2025/26");
        using var planByDefault = await GetJsonAsync(client, "/api/plan");
        using var updates = await GetJsonAsync(client, "/api/updates?year=2025/26");
        using var updatesByDefault = await GetJsonAsync(client, "/api/updates");

        Assert.Equal("2025/26", plan.RootElement.GetProperty("planYear").GetString());
        Assert.StartsWith("P2526-", plan.RootElement.GetProperty("priorities")[0].GetProperty("code").GetString(), StringComparison.Ordinal);
        Assert.Equal(3, plan.RootElement.GetProperty("totals").GetProperty("total").GetInt32());
        Assert.Equal("2024/25", planByDefault.RootElement.GetProperty("planYear").GetString());
        Assert.Equal("2025/26", updates.RootElement.GetProperty("year").GetString());
        Assert.Equal("2025/26 Q1", updates.RootElement.GetProperty("quarters")[0].GetProperty("label").GetString());
        Assert.Equal("2024/25", updatesByDefault.RootElement.GetProperty("year").GetString());
    }

    [Theory]
    [MemberData(nameof(Reads))]
    public async Task AYearWithNoPlan_Is404ProblemDetails(string path)
    {
        using var client = await factory.CreateSignedInClientAsync();

        using var response = await client.GetResponseAsync(path + "?year=2030/31");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(("Plan not found", "There is no operating plan for 2030/31."), (json.RootElement.GetProperty("title").GetString(), json.RootElement.GetProperty("detail").GetString()));
    }

    [Theory]
    [MemberData(nameof(Reads))]
    public async Task AYearThatIsNotOne_Is400KeyedYear(string path)
    {
        using var client = await factory.CreateSignedInClientAsync();

        using var response = await client.GetResponseAsync(path + "?year=last");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Year 'last' is not a plan year: write it like 2024/25", json.RootElement.GetProperty("errors").GetProperty("year")[0].GetString());
    }

    [Fact]
    public async Task TheDeliverablesPage_ShowsTheYearAskedFor_KeepsItInTheFilters_And404sAYearWithNoPlan()
    {
        using var client = await factory.CreateSignedInClientAsync();

        var page = await client.GetHtmlAsync("/deliverables?year=2025");
        using var missing = await client.GetResponseAsync("/deliverables?year=2030");
        var plan = await client.GetHtmlAsync("/plan?year=2025");

        Assert.Equal("Operating plan 2025/26 – Deliverables", page.QuerySelector("h1")!.Text());
        Assert.Equal(["D2526-ASC-01", "D2526-CH-01", "D2526-CH-02"], page.QuerySelectorAll("[data-testid=deliverables] tbody tr").Select(r => r.GetAttribute("data-deliverable")!).Order(StringComparer.Ordinal));
        Assert.Equal("2025", page.QuerySelector(".app-filters input[name=year]")!.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.NotNull(plan.QuerySelector("[data-testid=plan-links] a[href='/deliverables?year=2025']"));
    }

    private static async Task<JsonDocument> GetJsonAsync(HttpClient client, string path)
    {
        using var response = await client.GetResponseAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    private static List<string> Codes(JsonDocument json) =>
        [.. json.RootElement.GetProperty("deliverables").EnumerateArray().Select(d => d.GetProperty("code").GetString()!)];
}
