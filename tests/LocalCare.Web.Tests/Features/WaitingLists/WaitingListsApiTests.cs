using System.Net;
using System.Text.Json;
using LocalCare.Core.WaitingLists;

namespace LocalCare.Web.Tests.Features.WaitingLists;

public sealed class WaitingListsApiTests(LocalCareWebFactory factory) : IClassFixture<LocalCareWebFactory>
{
    [Fact]
    public async Task GetCensus_ReturnsTheClisJsonShapePerUnit()
    {
        using var client = await factory.CreateSignedInClientAsync();
        var expected = await WaitingListsExpected.UnitsAsync(factory, WaitingListsExpected.Month);

        using var json = await JsonAsync(client, "/api/waiting-lists/census", HttpStatusCode.OK);
        var root = json.RootElement;

        Assert.Equal(("2024-12", "2024-12-31T23:59:59"), (root.GetProperty("month").GetString(), root.GetProperty("census").GetString()));
        var units = root.GetProperty("units").EnumerateArray().ToList();
        Assert.Equal(expected.Select(u => u.Unit), units.Select(u => u.GetProperty("unit").GetString()));
        var lco = units[0];
        Assert.Equal(
            ["unit", "name", "waiting", "bands", "mean_days", "median_days", "longest_days", "over_18_weeks", "over_52_weeks", "over_65_weeks", "over_78_weeks", "over_104_weeks"],
            lco.EnumerateObject().Select(p => p.Name));
        var s = expected[0].Snapshot;
        Assert.Equal(s.Total, lco.GetProperty("waiting").GetInt32());
        Assert.Equal(s.Bands.Select(b => (b.Band, b.Waiting)), lco.GetProperty("bands").EnumerateObject().Select(p => (p.Name, p.Value.GetInt32())));
        Assert.Equal(s.MeanDays, lco.GetProperty("mean_days").GetDouble());
        Assert.Equal(s.Over18Weeks, lco.GetProperty("over_18_weeks").GetInt32());
        Assert.DoesNotContain("person", json.RootElement.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetCensus_WithBadParameters_Returns400NamingThem()
    {
        using var client = await factory.CreateSignedInClientAsync();

        using var json = await JsonAsync(client, "/api/waiting-lists/census?month=2024-13&service=NOPE", HttpStatusCode.BadRequest);

        Assert.Equal(["month", "service"], json.RootElement.GetProperty("errors").EnumerateObject().Select(e => e.Name));
        Assert.Contains("month", json.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetFlow_ReturnsEachWeekAndTheCvs()
    {
        using var client = await factory.CreateSignedInClientAsync();
        var service = WaitingListsExpected.BusiestService(factory);
        var observed = WaitingListsExpected.Observed(factory, service, new(2024, 11), 12);

        using var json = await JsonAsync(client, $"/api/waiting-lists/services/{service}/flow?month=2024-11&weeks=12", HttpStatusCode.OK);
        var weeks = json.RootElement.GetProperty("weeks").EnumerateArray().ToList();

        Assert.Equal(12, weeks.Count);
        Assert.Equal(observed.Flow.Weeks.Select(w => (w.Demand, w.Capacity, w.NetChange)),
            weeks.Select(w => (w.GetProperty("demand").GetInt64(), w.GetProperty("capacity").GetInt64(), w.GetProperty("net_change").GetInt64())));
        Assert.Equal(observed.Flow.CvDemand, json.RootElement.GetProperty("cv_demand").GetDouble());
        Assert.Equal(observed.Flow.Weeks[0].WeekStart.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), weeks[0].GetProperty("week_start").GetString());
    }

    [Fact]
    public async Task GetFlow_WithBadWeeks_Returns400_AndAnUnknownService404()
    {
        using var client = await factory.CreateSignedInClientAsync();
        var service = WaitingListsExpected.BusiestService(factory);

        using var bad = await JsonAsync(client, $"/api/waiting-lists/services/{service}/flow?weeks=0", HttpStatusCode.BadRequest);
        using var missing = await JsonAsync(client, "/api/waiting-lists/services/NOPE/flow", HttpStatusCode.NotFound);

        Assert.Equal(["weeks"], bad.RootElement.GetProperty("errors").EnumerateObject().Select(e => e.Name));
        Assert.Equal("Service not found", missing.RootElement.GetProperty("title").GetString());
    }

    [Fact]
    public async Task GetModel_ReturnsTheSpecsKeysWithCoresValues()
    {
        using var client = await factory.CreateSignedInClientAsync();
        var expected = WaitingListModel.Calculate(new WaitingListModelInput(50, 45, 1200, 18, CvDemand: 0.9, Referrals: 1300, MeanWait: 10));

        using var json = await JsonAsync(client, "/api/waiting-lists/model?demand=50&capacity=45&queue=1200&target=18&cvDemand=0.9&referrals=1300&meanWait=10", HttpStatusCode.OK);
        var root = json.RootElement;

        Assert.Equal(
            ["queue_load", "target_mean_wait", "target_queue_size", "relief_capacity", "target_capacity", "pressure", "regime", "readings"],
            root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(expected.QueueLoad, root.GetProperty("queue_load").GetDouble());
        Assert.Equal(expected.TargetMeanWait, root.GetProperty("target_mean_wait").GetDouble());
        Assert.Equal(expected.TargetQueueSize, root.GetProperty("target_queue_size").GetDouble());
        Assert.Equal(expected.ReliefCapacity, root.GetProperty("relief_capacity").GetDouble());
        Assert.Equal(expected.TargetCapacity, root.GetProperty("target_capacity").GetDouble());
        Assert.Equal(expected.Pressure, root.GetProperty("pressure").GetDouble());
        Assert.Equal("relief_first", root.GetProperty("regime").GetString());
        Assert.Equal(expected.Readings.Pressure, root.GetProperty("readings").GetProperty("pressure").GetString());
    }

    [Fact]
    public async Task GetModel_WithoutAMeanWait_HasNullPressure_AndBadInputsAre400()
    {
        using var client = await factory.CreateSignedInClientAsync();

        using var ok = await JsonAsync(client, "/api/waiting-lists/model?demand=10&capacity=10&queue=20", HttpStatusCode.OK);
        using var bad = await JsonAsync(client, "/api/waiting-lists/model?capacity=-2&queue=-1&target=x", HttpStatusCode.BadRequest);
        using var paused = await JsonAsync(client, "/api/waiting-lists/model?demand=10&capacity=0&queue=20", HttpStatusCode.OK);

        Assert.Equal(JsonValueKind.Null, ok.RootElement.GetProperty("pressure").ValueKind);
        Assert.Equal("steady", ok.RootElement.GetProperty("regime").GetString());
        Assert.Equal(["demand", "capacity", "queue", "target"], bad.RootElement.GetProperty("errors").EnumerateObject().Select(e => e.Name));
        Assert.Equal(JsonValueKind.Null, paused.RootElement.GetProperty("queue_load").ValueKind); // capacity 0: demand ÷ 0 has no number
    }

    [Fact]
    public async Task GetSimulation_ReproducesCoresScenarios()
    {
        using var client = await factory.CreateSignedInClientAsync();
        var service = WaitingListsExpected.BusiestService(factory);
        var observed = WaitingListsExpected.Observed(factory, service, WaitingListsExpected.Month);
        var input = observed.ModelInput(18);
        var expected = WaitingListSimulator.RunScenarios(
            new SimulationSettings(observed.DaysWaited, input.Demand, 20, Replications: 40, Seed: 3),
            CapacityScenario.Standard(input.Capacity, WaitingListModel.Calculate(input), 8.5), cancellationToken: TestContext.Current.CancellationToken);

        using var json = await JsonAsync(client, $"/api/waiting-lists/services/{service}/simulation?weeks=20&replications=40&seed=3&capacity=8.5", HttpStatusCode.OK);
        var root = json.RootElement;
        var scenarios = root.GetProperty("scenarios").EnumerateArray().ToList();

        Assert.Equal((40, 3, observed.Waiting.Count), (root.GetProperty("replications").GetInt32(), root.GetProperty("seed").GetInt32(), root.GetProperty("waiting").GetInt32()));
        Assert.Equal(expected.Select(s => (s.Name, s.Capacity)), scenarios.Select(s => (s.GetProperty("name").GetString()!, s.GetProperty("capacity").GetDouble())));
        foreach (var (scenario, element) in expected.Zip(scenarios))
        {
            var weeks = element.GetProperty("weeks").EnumerateArray().ToList();
            Assert.Equal(21, weeks.Count);
            Assert.Equal(
                scenario.Result.Weeks.Select(w => (w.QueueSize.P10, w.QueueSize.Median, w.Over52Weeks.P90)),
                weeks.Select(w => (w.GetProperty("queue_size").GetProperty("p10").GetDouble(), w.GetProperty("queue_size").GetProperty("median").GetDouble(), w.GetProperty("over_52_weeks").GetProperty("p90").GetDouble())));
            Assert.Equal(scenario.Result.Clearances.Select(c => c.Cleared), element.GetProperty("clearance").EnumerateArray().Select(c => c.GetProperty("cleared").GetInt32()));
        }
    }

    [Fact]
    public async Task GetSimulation_WithAWithdrawalProbability_ReproducesCore()
    {
        using var client = await factory.CreateSignedInClientAsync();
        var service = WaitingListsExpected.BusiestService(factory);
        var observed = WaitingListsExpected.Observed(factory, service, WaitingListsExpected.Month);
        var input = observed.ModelInput(18);
        var expected = WaitingListSimulator.RunScenarios(
            new SimulationSettings(observed.DaysWaited, input.Demand, 12, 0.02, 30, 4),
            CapacityScenario.Standard(input.Capacity, WaitingListModel.Calculate(input)), cancellationToken: TestContext.Current.CancellationToken);

        using var json = await JsonAsync(client, $"/api/waiting-lists/services/{service}/simulation?weeks=12&replications=30&seed=4&withdrawal=0.02", HttpStatusCode.OK);

        Assert.Equal(0.02, json.RootElement.GetProperty("withdrawal").GetDouble());
        Assert.Equal(
            expected.Select(s => s.Result.Weeks[^1].QueueSize.Median),
            json.RootElement.GetProperty("scenarios").EnumerateArray().Select(s => s.GetProperty("weeks")[12].GetProperty("queue_size").GetProperty("median").GetDouble()));
    }

    [Fact]
    public async Task GetSimulation_WithAWithdrawalProbabilityAbove1_Returns400NamingIt()
    {
        using var client = await factory.CreateSignedInClientAsync();
        var service = WaitingListsExpected.BusiestService(factory);

        using var json = await JsonAsync(client, $"/api/waiting-lists/services/{service}/simulation?withdrawal=2", HttpStatusCode.BadRequest);

        Assert.Equal("Withdrawal probability must be a number from 0 to 1, like 0.01", json.RootElement.GetProperty("errors").GetProperty("withdrawal")[0].GetString());
    }

    [Fact]
    public async Task GetSimulation_WithBadSettings_Returns400NamingThem()
    {
        using var client = await factory.CreateSignedInClientAsync();
        var service = WaitingListsExpected.BusiestService(factory);

        using var json = await JsonAsync(client, $"/api/waiting-lists/services/{service}/simulation?weeks=0&replications=5000&seed=-1&capacity=-2", HttpStatusCode.BadRequest);

        Assert.Equal(["weeks", "replications", "seed", "capacity"], json.RootElement.GetProperty("errors").EnumerateObject().Select(e => e.Name));
    }

    private static async Task<JsonDocument> JsonAsync(HttpClient client, string path, HttpStatusCode status)
    {
        using var response = await client.GetResponseAsync(path);
        Assert.Equal(status, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }
}
