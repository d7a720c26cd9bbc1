using System.Net;
using System.Text.Json;

namespace LocalCare.Web.Tests.Setup;

public sealed class OpenApiTests(LocalCareWebFactory factory) : IClassFixture<LocalCareWebFactory>
{
    [Fact]
    public async Task Get_WhenSignedIn_ListsEveryApiPath()
    {
        using var client = await factory.CreateSignedInClientAsync();

        using var response = await client.GetResponseAsync("/openapi/v1.json");
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var paths = document.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(
            [
                "/api/admin/users", "/api/audit", "/api/boards", "/api/boards/{code}", "/api/boards/{code}/actions", "/api/boards/{code}/actions/{reference}/updates", "/api/boards/{code}/decisions", "/api/boards/{code}/kloes/{kloeCode}",
                "/api/boards/{code}/meetings", "/api/boards/{code}/meetings/next-year", "/api/commissioning/providers", "/api/commissioning/providers/{code}", "/api/commissioning/risk", "/api/data/imports", "/api/data/quality", "/api/deliverables",
                "/api/deliverables/{code}", "/api/deliverables/{code}/history", "/api/deliverables/{code}/review", "/api/deliverables/{code}/updates/{quarter}",
                "/api/deliverables/{code}/waiting-goals", "/api/deliverables/{code}/waiting-goals/{id}", "/api/fhir",
                "/api/meetings/{id}", "/api/meetings/{id}/actions", "/api/meetings/{id}/actions/{reference}/close", "/api/meetings/{id}/decisions",
                "/api/meetings/{id}/pack", "/api/meetings/{id}/pack/versions",
                "/api/metrics", "/api/metrics/values", "/api/metrics/{id}/rebases", "/api/metrics/{id}/reviews", "/api/metrics/{id}/sign-offs", "/api/metrics/{id}/spc", "/api/organisation", "/api/partner-priorities", "/api/partner-priorities/{code}", "/api/performance",
                "/api/plan", "/api/plan/alignment", "/api/planning-cycle", "/api/plans", "/api/plans/{year}/deliverables",
                "/api/plans/{year}/history", "/api/plans/{year}/locks", "/api/plans/{year}/priorities", "/api/plans/{year}/reviews", "/api/plans/{year}/vision",
                "/api/portfolio", "/api/portfolio/{code}", "/api/portfolio/{code}/deliverables", "/api/portfolio/{code}/history", "/api/portfolio/{code}/projects", "/api/portfolio/{code}/projects/{projectCode}",
                "/api/priorities/{code}", "/api/risks", "/api/risks/{code}", "/api/risks/{code}/history", "/api/risks/{code}/reviews", "/api/risks/{code}/scores",
                "/api/service-plans", "/api/service-plans/{year}/{unit}", "/api/service-plans/{year}/{unit}/approve", "/api/service-plans/{year}/{unit}/history", "/api/service-plans/{year}/{unit}/return",
                "/api/service-plans/{year}/{unit}/submit", "/api/updates", "/api/waiting-lists/census", "/api/waiting-lists/model", "/api/waiting-lists/services/{code}/flow",
                "/api/waiting-lists/services/{code}/simulation", "/api/workplans", "/api/workplans/{code}",
            ],
            paths);
    }

    [Fact]
    public async Task Get_WhenSignedIn_DeclaresNotFoundForOneDeliverable()
    {
        using var client = await factory.CreateSignedInClientAsync();

        using var response = await client.GetResponseAsync("/openapi/v1.json");
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        var get = document.RootElement.GetProperty("paths").GetProperty("/api/deliverables/{code}").GetProperty("get");
        Assert.Equal("GetDeliverable", get.GetProperty("operationId").GetString());
        Assert.Equal(["200", "404"], get.GetProperty("responses").EnumerateObject().Select(r => r.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Get_WhenSignedIn_DeclaresTheDeliverableFiltersAsLowerCaseQueryParameters()
    {
        using var client = await factory.CreateSignedInClientAsync();

        using var response = await client.GetResponseAsync("/openapi/v1.json");
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        var get = document.RootElement.GetProperty("paths").GetProperty("/api/deliverables").GetProperty("get");
        Assert.Equal(
            [("year", "query"), ("priority", "query"), ("workplan", "query"), ("status", "query"), ("owner", "query")],
            get.GetProperty("parameters").EnumerateArray().Select(p => (p.GetProperty("name").GetString(), p.GetProperty("in").GetString())));
        Assert.Equal(["200", "400", "404"], get.GetProperty("responses").EnumerateObject().Select(r => r.Name).Order(StringComparer.Ordinal));
        var total = document.RootElement.GetProperty("components").GetProperty("schemas").GetProperty("StatusCounts").GetProperty("properties").GetProperty("total");
        Assert.Equal("integer", total.GetProperty("type").GetString());
    }

    [Fact]
    public async Task Get_WhenSignedIn_DeclaresEveryOutcomeAndContentTypeOfFhirImport()
    {
        using var client = await factory.CreateSignedInClientAsync();

        using var response = await client.GetResponseAsync("/openapi/v1.json");
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        var paths = document.RootElement.GetProperty("paths");
        var post = paths.GetProperty("/api/fhir").GetProperty("post");
        Assert.Equal("PostFhir", post.GetProperty("operationId").GetString());
        Assert.Equal(
            ["200", "400", "401", "403", "413", "415", "422", "503"],
            post.GetProperty("responses").EnumerateObject().Select(r => r.Name).Order(StringComparer.Ordinal));
        Assert.Equal(
            ["application/fhir+json", "application/fhir+ndjson", "application/json", "application/x-ndjson"],
            post.GetProperty("requestBody").GetProperty("content").EnumerateObject().Select(c => c.Name).Order(StringComparer.Ordinal));
        Assert.Equal(["200", "503"], paths.GetProperty("/api/data/quality").GetProperty("get").GetProperty("responses").EnumerateObject().Select(r => r.Name).Order(StringComparer.Ordinal));
        Assert.Equal(["200", "503"], paths.GetProperty("/api/data/imports").GetProperty("get").GetProperty("responses").EnumerateObject().Select(r => r.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Get_WhenSignedIn_DeclaresEveryOutcomeOfThePortfolioChanges()
    {
        using var client = await factory.CreateSignedInClientAsync();

        using var response = await client.GetResponseAsync("/openapi/v1.json");
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        var paths = document.RootElement.GetProperty("paths");
        var put = paths.GetProperty("/api/portfolio/{code}").GetProperty("put");
        Assert.Equal("PutProgramme", put.GetProperty("operationId").GetString());
        Assert.Equal(["200", "400", "401", "403", "404", "415"], put.GetProperty("responses").EnumerateObject().Select(r => r.Name).Order(StringComparer.Ordinal));
        Assert.Equal(["application/json"], put.GetProperty("requestBody").GetProperty("content").EnumerateObject().Select(c => c.Name));
        var post = paths.GetProperty("/api/portfolio/{code}/projects").GetProperty("post");
        Assert.Equal(["201", "400", "401", "403", "404", "415"], post.GetProperty("responses").EnumerateObject().Select(r => r.Name).Order(StringComparer.Ordinal));
        Assert.Equal(["Portfolio"], post.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        var links = paths.GetProperty("/api/portfolio/{code}/deliverables").GetProperty("put");
        Assert.Equal("array", links.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("type").GetString());
        Assert.Equal(["200", "400", "404"], paths.GetProperty("/api/plan/alignment").GetProperty("get").GetProperty("responses").EnumerateObject().Select(r => r.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Get_WhenSignedIn_DeclaresEveryOutcomeOfTheCommissioningApi()
    {
        using var client = await factory.CreateSignedInClientAsync();

        using var response = await client.GetResponseAsync("/openapi/v1.json");
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        var paths = document.RootElement.GetProperty("paths");
        string[] Outcomes(string path) => [.. paths.GetProperty(path).GetProperty("get").GetProperty("responses").EnumerateObject().Select(r => r.Name).Order(StringComparer.Ordinal)];
        Assert.Equal(["200", "401"], Outcomes("/api/commissioning/providers"));
        Assert.Equal(["200", "401", "404"], Outcomes("/api/commissioning/providers/{code}"));
        Assert.Equal(["200", "400", "401"], Outcomes("/api/commissioning/risk"));
        var risk = paths.GetProperty("/api/commissioning/risk").GetProperty("get");
        Assert.Equal("GetCommissioningRisk", risk.GetProperty("operationId").GetString());
        Assert.Equal(["Commissioning"], risk.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal([("date", "query")], risk.GetProperty("parameters").EnumerateArray().Select(p => (p.GetProperty("name").GetString(), p.GetProperty("in").GetString())));
    }

    [Fact]
    public async Task Get_WhenSignedOut_RedirectsToSignIn()
    {
        using var client = factory.CreateSignedOutClient();

        using var response = await client.GetResponseAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/sign-in", response.Headers.Location?.AbsolutePath ?? response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }
}
