using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using LocalCare.Core.Access;
using LocalCare.Core.ServicePlans;
using static LocalCare.Web.Tests.Features.ServicePlans.ServicePlansExpected;

namespace LocalCare.Web.Tests.Features.ServicePlans;

/// <summary>The service plans API's outcomes for each role. Each test works on its own units.</summary>
public sealed class ServicePlansApiTests(LocalCareWebFactory factory) : IClassFixture<LocalCareWebFactory>
{
    [Fact]
    public async Task GetServicePlans_FilteredByStatus_ReturnsThoseUnitsWithLateness()
    {
        using var client = await factory.CreateSignedInClientAsync();

        using var json = await JsonAsync(await client.GetResponseAsync("/api/service-plans?year=2024&status=returned"), HttpStatusCode.OK);

        var root = json.RootElement;
        var plans = root.GetProperty("plans").EnumerateArray().ToList();
        Assert.Equal(("2024/25", 2024, "returned"), (root.GetProperty("planYear").GetString(), root.GetProperty("year").GetInt32(), root.GetProperty("filter").GetProperty("status").GetString()));
        Assert.Equal(["ASC-BROKERAGE", "INT-CWRF", "INT-HCHB", "PODIATRY"], plans.Select(p => p.GetProperty("unitCode").GetString()!).Order(StringComparer.Ordinal));
        Assert.All(plans, p => Assert.Equal("not_submitted", p.GetProperty("late").GetProperty("code").GetString()));
        Assert.Equal("2024-03-15", plans[0].GetProperty("late").GetProperty("deadline").GetString());
        Assert.Equal(plans.Count, root.GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task GetServicePlans_WithAnUnknownStatus_Returns400ValidationProblem()
    {
        using var client = await factory.CreateSignedInClientAsync();

        using var json = await JsonAsync(await client.GetResponseAsync("/api/service-plans?status=lost&year=x"), HttpStatusCode.BadRequest);

        Assert.Equal("Status must be one of not_started, draft, submitted, approved, returned", json.RootElement.GetProperty("errors").GetProperty("status")[0].GetString());
        Assert.Equal("Enter a plan year such as 2024 or 2024/25", json.RootElement.GetProperty("errors").GetProperty("year")[0].GetString());
    }

    [Fact]
    public async Task GetServicePlan_ReturnsItsSectionsInTemplateOrder_AndWhatYouMayDo()
    {
        using var manager = await factory.CreateSignedInClientAsync(Roles.Manager);
        using var executive = await factory.CreateSignedInClientAsync(Roles.Executive);
        var template = await TemplateAsync(factory);

        using var mine = await JsonAsync(await manager.GetResponseAsync("/api/service-plans/2024-25/INT-HCHB"), HttpStatusCode.OK);
        using var theirs = await JsonAsync(await executive.GetResponseAsync("/api/service-plans/2024/INT-WYTH"), HttpStatusCode.OK);

        var root = mine.RootElement;
        Assert.Equal(("INT-HCHB", "returned"), (root.GetProperty("unitCode").GetString(), root.GetProperty("status").GetString()));
        Assert.Equal(template.Sections.Select(s => s.Key), root.GetProperty("sections").EnumerateArray().Select(s => s.GetProperty("key").GetString()));
        Assert.Equal(["edit", "submit"], root.GetProperty("allowed").EnumerateArray().Select(a => a.GetString()));
        Assert.StartsWith("Please say how the team will reach the 52-week waiting standard", root.GetProperty("returnComment").GetString(), StringComparison.Ordinal);
        Assert.True(root.GetProperty("hasLastYearsPlan").GetBoolean());
        Assert.Equal(["approve", "return"], theirs.RootElement.GetProperty("allowed").EnumerateArray().Select(a => a.GetString()));
    }

    [Theory]
    [InlineData("/api/service-plans/2024/SOUTH")]
    [InlineData("/api/service-plans/2024/NOPE")]
    [InlineData("/api/service-plans/24/INT-CC")]
    [InlineData("/api/service-plans/2030/INT-CC")]
    [InlineData("/api/service-plans/2030-31/INT-CC/history")]
    public async Task GetServicePlan_ForAUnitOrYearWithoutPlans_Returns404ProblemDetails(string path)
    {
        using var client = await factory.CreateSignedInClientAsync();

        using var json = await JsonAsync(await client.GetResponseAsync(path), HttpStatusCode.NotFound);

        Assert.Equal("Service plan not found", json.RootElement.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Changes_InAYearWithNoPlan_Are404_AndStoreNothing()
    {
        using var manager = await factory.CreateSignedInClientAsync(Roles.Manager);

        using var put = await JsonAsync(
            await manager.PutAsJsonAsync("/api/service-plans/2030/INT-CC", new { sections = new Dictionary<string, string> { ["priorities"] = "Too early." } }, TestContext.Current.CancellationToken),
            HttpStatusCode.NotFound);
        using var submit = await JsonAsync(await PostJsonAsync(manager, "/api/service-plans/2030/INT-CC/submit", ""), HttpStatusCode.NotFound);

        Assert.Equal("Service plan not found", put.RootElement.GetProperty("title").GetString());
        Assert.Equal("Service plan not found", submit.RootElement.GetProperty("title").GetString());
        Assert.Null(await PlanAsync(factory, "INT-CC", 2030));
    }

    [Fact]
    public async Task PutServicePlan_AsTheUnitsManager_ReplacesTheSections()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Manager);

        using var response = await client.PutAsJsonAsync("/api/service-plans/2024/INT-CITY", new { sections = new Dictionary<string, string> { ["priorities"] = "Reach rough sleepers in the City Centre.", ["support"] = " " } }, TestContext.Current.CancellationToken);
        using var json = await JsonAsync(response, HttpStatusCode.OK);

        Assert.Equal(("draft", "manager"), (json.RootElement.GetProperty("status").GetString(), json.RootElement.GetProperty("updatedBy").GetString()));
        var stored = (await PlanAsync(factory, "INT-CITY"))!;
        Assert.Equal([("priorities", "Reach rough sleepers in the City Centre.")], stored.Sections.Select(s => (s.Key, s.Text)));
    }

    [Fact]
    public async Task PutServicePlan_ForAnotherManagersUnit_Returns403WithTheReason()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Manager);

        using var json = await JsonAsync(
            await client.PutAsJsonAsync("/api/service-plans/2024/CRISIS-S", new { sections = new Dictionary<string, string> { ["priorities"] = "Not mine" } }, TestContext.Current.CancellationToken),
            HttpStatusCode.Forbidden);

        Assert.Equal("You can only change the service plans of units you look after", json.RootElement.GetProperty("detail").GetString());
        Assert.NotEqual("Not mine", (await PlanAsync(factory, "CRISIS-S"))!.TextOf("priorities"));
    }

    [Fact]
    public async Task PutServicePlan_WithAnUnknownSection_Returns400AndStoresNothing()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Admin);

        using var json = await JsonAsync(
            await client.PutAsJsonAsync("/api/service-plans/2024/ASC-CATEC", new { sections = new Dictionary<string, string> { ["budget"] = "Everything" } }, TestContext.Current.CancellationToken),
            HttpStatusCode.BadRequest);

        Assert.Equal("'budget' is not a section of the 2024/25 service plan", json.RootElement.GetProperty("errors").GetProperty("budget")[0].GetString());
        Assert.NotNull((await PlanAsync(factory, "ASC-CATEC"))!.TextOf("priorities"));
    }

    [Fact]
    public async Task ChangesPostedAsAForm_Return415_AndStoreNothing()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Admin);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["sections"] = "x" });

        using var put = await client.PutAsync(new Uri("/api/service-plans/2024/CYP-PAEDS", UriKind.Relative), form, TestContext.Current.CancellationToken);
        using var submit = await client.PostAsync(new Uri("/api/service-plans/2024/CYP-PAEDS/submit", UriKind.Relative), form, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, put.StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, submit.StatusCode);
        Assert.Equal(ServicePlanStatus.Draft, (await PlanAsync(factory, "CYP-PAEDS"))!.Status);
    }

    [Fact]
    public async Task Submit_ADraftWithSectionsMissing_Returns400ListingThem()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Admin);

        using var json = await JsonAsync(await PostJsonAsync(client, "/api/service-plans/2024/INT-GL/submit", ""), HttpStatusCode.BadRequest);

        var errors = json.RootElement.GetProperty("errors");
        Assert.Equal("Enter the response to KLOE 3: Workforce", errors.GetProperty("kloe:K2425-WF-STABILITY")[0].GetString());
        Assert.Equal("Enter the workforce plan for engagement", errors.GetProperty("workforce-engagement")[0].GetString());
        Assert.False(errors.TryGetProperty("case-studies", out _));
        Assert.Equal(ServicePlanStatus.Draft, (await PlanAsync(factory, "INT-GL"))!.Status);
    }

    [Fact]
    public async Task GetPlanningCycle_ReturnsTheStagesAndLatePlans()
    {
        using var client = await factory.CreateSignedInClientAsync();

        using var json = await JsonAsync(await client.GetResponseAsync("/api/planning-cycle?year=2024"), HttpStatusCode.OK);

        var root = json.RootElement;
        Assert.Equal(("2024-03-15", "2024-03-31", "progress"), (root.GetProperty("submissionDeadline").GetString(), root.GetProperty("approvalDeadline").GetString(), root.GetProperty("currentStage").GetString()));
        Assert.Equal(["outline", "service-plans", "publish", "progress"], root.GetProperty("stages").EnumerateArray().Select(s => s.GetProperty("key").GetString()));
        Assert.Contains(root.GetProperty("latePlans").EnumerateArray(), p => p.GetProperty("unitCode").GetString() == "INT-OMW" && p.GetProperty("status").GetString() == "not_started");
    }

    [Fact]
    public async Task OpenApi_DeclaresTheOutcomesOfTheServicePlanEndpoints()
    {
        using var client = await factory.CreateSignedInClientAsync();

        using var document = await JsonAsync(await client.GetResponseAsync("/openapi/v1.json"), HttpStatusCode.OK);

        var paths = document.RootElement.GetProperty("paths");
        string[] Responses(string path, string method) =>
            [.. paths.GetProperty(path).GetProperty(method).GetProperty("responses").EnumerateObject().Select(r => r.Name).Order(StringComparer.Ordinal)];
        Assert.Equal(["200", "400"], Responses("/api/service-plans", "get"));
        Assert.Equal(["200", "404"], Responses("/api/service-plans/{year}/{unit}", "get"));
        Assert.Equal(["200", "400", "403", "404", "415"], Responses("/api/service-plans/{year}/{unit}", "put"));
        Assert.Equal(["200", "400", "403", "404", "415"], Responses("/api/service-plans/{year}/{unit}/submit", "post"));
        Assert.Equal(["200", "400", "403", "404", "415"], Responses("/api/service-plans/{year}/{unit}/return", "post"));
        Assert.Equal(["200", "400"], Responses("/api/planning-cycle", "get"));
        Assert.Equal("Service plans", paths.GetProperty("/api/service-plans/{year}/{unit}/approve").GetProperty("post").GetProperty("tags")[0].GetString());
    }
}
