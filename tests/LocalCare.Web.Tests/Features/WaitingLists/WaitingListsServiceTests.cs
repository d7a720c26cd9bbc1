using System.Globalization;
using System.Net;
using LocalCare.Core.WaitingLists;

namespace LocalCare.Web.Tests.Features.WaitingLists;

public sealed class WaitingListsServiceTests(LocalCareWebFactory factory) : IClassFixture<LocalCareWebFactory>
{
    [Fact]
    public async Task Get_ShowsTheFlowAndTheModelFilledFromTheObservedList()
    {
        using var client = await factory.CreateSignedInClientAsync();
        var service = WaitingListsExpected.BusiestService(factory);
        var observed = WaitingListsExpected.Observed(factory, service, WaitingListsExpected.Month);
        var expected = WaitingListModel.Calculate(observed.ModelInput(18));

        var page = await client.GetHtmlAsync($"/waiting-lists/service/{service}");

        Assert.NotNull(page.QuerySelector("[data-testid=flow-chart] svg[role=img]"));
        var weeks = page.QuerySelectorAll("[data-testid=flow] tbody tr").ToList();
        Assert.Equal(26, weeks.Count);
        Assert.Equal(observed.Flow.Weeks.Select(w => w.Demand.ToString(CultureInfo.InvariantCulture)), weeks.Select(r => r.QuerySelector("[data-testid=demand]")!.Text()));
        Assert.Equal(observed.Flow.Weeks.Select(w => w.Capacity.ToString(CultureInfo.InvariantCulture)), weeks.Select(r => r.QuerySelector("[data-testid=capacity]")!.Text()));
        Assert.Equal(N(observed.Flow.CvDemand), page.QuerySelector("[data-testid=cv-demand]")!.Text().Split(' ')[0]);
        Assert.Equal(observed.Waiting.Count.ToString(CultureInfo.InvariantCulture), page.QuerySelector("#queue")!.GetAttribute("value"));
        Assert.Equal("18", page.QuerySelector("#target")!.GetAttribute("value"));
        AssertModel(page, expected);
        Assert.Null(page.QuerySelector("[data-testid=clearance]"));
    }

    [Fact]
    public async Task Get_WithTheUsersNumbers_ReproducesTheCoreModel()
    {
        using var client = await factory.CreateSignedInClientAsync();
        var service = WaitingListsExpected.BusiestService(factory);
        var observed = WaitingListsExpected.Observed(factory, service, WaitingListsExpected.Month);
        var expected = WaitingListModel.Calculate(observed.ModelInput(18) with
        {
            Demand = 12,
            Capacity = 10,
            QueueSize = 400,
            TargetWeeks = 18,
            Factor = 3,
            CvDemand = 0.8,
            CvCapacity = 1.2,
            TimeToTarget = 20,
        });

        var page = await client.GetHtmlAsync($"/waiting-lists/service/{service}?demand=12&capacity=10&queue=400&target=18&factor=3&cvDemand=0.8&cvCapacity=1.2&timeToTarget=20");

        AssertModel(page, expected);
        Assert.Equal("12", page.QuerySelector("#demand")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Get_WithBadNumbers_ShowsTheErrorSummaryLinkedToEachField()
    {
        using var client = await factory.CreateSignedInClientAsync();
        var service = WaitingListsExpected.BusiestService(factory);

        using var response = await client.GetResponseAsync($"/waiting-lists/service/{service}?demand=lots&capacity=0&factor=-1&simulate=1&replications=0");
        var page = await response.ReadHtmlAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["#demand", "#capacity", "#factor", "#replications"], page.QuerySelectorAll(".nhsuk-error-summary__list a").Select(a => a.GetAttribute("href")));
        Assert.Equal("demand-error", page.QuerySelector("#demand")!.GetAttribute("aria-describedby")!.Split(' ')[^1]);
        Assert.Contains("must be more than 0", page.QuerySelector("#capacity-error")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("[data-testid=model]"));
    }

    [Fact]
    public async Task Get_ForAnUnknownService_IsNotFound()
    {
        using var client = await factory.CreateSignedInClientAsync();

        using var response = await client.GetResponseAsync("/waiting-lists/service/NOPE");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Simulate_RunsTheFourScenariosAsCoreDoes_AndChartsThem()
    {
        using var client = await factory.CreateSignedInClientAsync();
        var service = WaitingListsExpected.BusiestService(factory);
        var observed = WaitingListsExpected.Observed(factory, service, WaitingListsExpected.Month);
        var input = observed.ModelInput(18);
        var model = WaitingListModel.Calculate(input);
        var expected = WaitingListSimulator.RunScenarios(
            new SimulationSettings(observed.DaysWaited, input.Demand, 30, Replications: 50, Seed: 7), CapacityScenario.Standard(input.Capacity, model, 9), cancellationToken: TestContext.Current.CancellationToken);

        var page = await client.GetHtmlAsync($"/waiting-lists/service/{service}?simulate=1&horizon=30&replications=50&seed=7&userCapacity=9");

        var rows = page.QuerySelectorAll("[data-testid=clearance] tbody tr").ToList();
        Assert.Equal(["current", "target", "relief", "user"], rows.Select(r => r.GetAttribute("data-scenario")));
        foreach (var (scenario, row) in expected.Zip(rows))
        {
            Assert.Equal(N(scenario.Capacity), row.QuerySelector("[data-testid=capacity]")!.Text());
            Assert.Equal(
                scenario.Result.Clearances.Select(c => c.Median?.ToString(CultureInfo.InvariantCulture) ?? ""),
                row.QuerySelectorAll("[data-over]").Select(c => c.GetAttribute("data-median") ?? ""));
        }

        foreach (var chart in new[] { "queue-chart", "over52-chart" })
        {
            var svg = page.QuerySelector($"[data-testid={chart}] svg[role=img]");
            Assert.NotNull(svg);
            Assert.Equal(4, svg.QuerySelectorAll("polygon").Length);
            Assert.Equal(4, svg.QuerySelectorAll("polyline").Length);
        }

        var last = page.QuerySelectorAll("[data-testid=queue-chart-table] tbody tr")[^1];
        Assert.Equal(expected.Select(s => Range(s.Result.Weeks[^1].QueueSize)), last.QuerySelectorAll("td").Select(c => c.Text()));
    }

    private static void AssertModel(AngleSharp.Html.Dom.IHtmlDocument page, WaitingListModelResult expected)
    {
        string Value(string quantity) => page.QuerySelector($"[data-testid=model] tr[data-quantity={quantity}] td")!.Text();
        string Reading(string quantity) => page.QuerySelector($"[data-testid=model] tr[data-quantity={quantity}] td:last-child")!.Text();
        Assert.Equal(N(expected.QueueLoad), Value("queue_load"));
        Assert.Equal(N(expected.TargetMeanWait), Value("target_mean_wait"));
        Assert.Equal(N(expected.TargetQueueSize), Value("target_queue_size"));
        Assert.Equal(N(expected.ReliefCapacity), Value("relief_capacity"));
        Assert.Equal(N(expected.TargetCapacity), Value("target_capacity"));
        Assert.Equal(expected.Pressure is null ? "–" : N(expected.Pressure), Value("pressure"));
        Assert.Equal(expected.Regime.ToCode(), Value("regime"));
        Assert.Equal(expected.Readings.ReliefCapacity, Reading("relief_capacity"));
        Assert.Equal(expected.Readings.Regime, Reading("regime"));
    }

    private static string N(double? value) => value?.ToString("#,0.##", CultureInfo.InvariantCulture) ?? "–";

    private static string Range(SimulatedRange range) =>
        string.Create(CultureInfo.InvariantCulture, $"{range.Median:#,0.#} ({range.P10:#,0.#} to {range.P90:#,0.#})");
}
