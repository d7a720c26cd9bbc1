using System.Globalization;
using System.Net;
using LocalCare.Core.Access;
using LocalCare.Core.WaitingLists;
using Microsoft.EntityFrameworkCore;

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

        using var response = await client.GetResponseAsync($"/waiting-lists/service/{service}?demand=lots&capacity=-1&factor=-1&simulate=1&replications=0");
        var page = await response.ReadHtmlAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["#demand", "#capacity", "#factor", "#replications"], page.QuerySelectorAll(".nhsuk-error-summary__list a").Select(a => a.GetAttribute("href")));
        Assert.Equal("demand-error", page.QuerySelector("#demand")!.GetAttribute("aria-describedby")!.Split(' ')[^1]);
        Assert.Contains("must be 0 or more", page.QuerySelector("#capacity-error")!.TextContent, StringComparison.Ordinal);
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

        Assert.Equal(["List size", "Over 18 weeks", "Over 52 weeks", "Over 65 weeks", "Over 78 weeks"], page.QuerySelectorAll("[data-testid=simulation-charts] .nhsuk-tabs__tab").Select(a => a.Text()));
        foreach (var chart in new[] { "queue-chart", "over18-chart", "over52-chart", "over65-chart", "over78-chart" })
        {
            var svg = page.QuerySelector($"[data-testid={chart}] svg[role=img]");
            Assert.NotNull(svg);
            Assert.Equal(4, svg.QuerySelectorAll("polygon").Length);
            Assert.Equal(4, svg.QuerySelectorAll("polyline").Length);
            Assert.Equal($"#{chart}-panel", page.QuerySelector($"a.nhsuk-tabs__tab[href='#{chart}-panel']")?.GetAttribute("href"));
        }

        var last = page.QuerySelectorAll("[data-testid=queue-chart-table] tbody tr")[^1];
        Assert.Equal(expected.Select(s => Range(s.Result.Weeks[^1].QueueSize)), last.QuerySelectorAll("td").Select(c => c.Text()));
        foreach (var (weeks, pick) in new (int, Func<SimulatedWeek, SimulatedRange>)[] { (18, w => w.Over18Weeks), (65, w => w.Over65Weeks), (78, w => w.Over78Weeks) })
        {
            var table = page.QuerySelectorAll($"[data-testid=over{weeks}-chart-table] tbody tr").ToList();
            Assert.Equal(31, table.Count);
            Assert.Equal(expected.Select(s => Range(pick(s.Result.Weeks[15]))), table[15].QuerySelectorAll("td").Select(c => c.Text()));
        }
    }

    [Fact]
    public async Task Simulate_ClosedToReferralsAndPaused_StillModelsAndComparesTheFourScenarios()
    {
        using var client = await factory.CreateSignedInClientAsync();
        var service = WaitingListsExpected.BusiestService(factory);

        using var response = await client.GetResponseAsync($"/waiting-lists/service/{service}?demand=0&capacity=0&simulate=1&horizon=10&replications=20&seed=3");
        var page = await response.ReadHtmlAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var load = page.QuerySelector("[data-testid=model] tr[data-quantity=queue_load]")!;
        Assert.Equal("–", load.QuerySelectorAll("td")[0].Text());
        Assert.Equal("Nothing joins and nothing is removed: the list stays as it is while every wait grows.", load.QuerySelectorAll("td")[1].Text());
        Assert.Equal("current target relief", string.Join(' ', page.QuerySelectorAll("[data-testid=clearance] tbody tr").Select(r => r.GetAttribute("data-scenario"))));
    }

    [Fact]
    public async Task Simulate_WithAWeeklyWithdrawalProbability_RunsItAsCoreDoes()
    {
        using var client = await factory.CreateSignedInClientAsync();
        var service = WaitingListsExpected.BusiestService(factory);
        var observed = WaitingListsExpected.Observed(factory, service, WaitingListsExpected.Month);
        var input = observed.ModelInput(18);
        var model = WaitingListModel.Calculate(input);
        var settings = new SimulationSettings(observed.DaysWaited, input.Demand, 20, 0.05, 40, 2);
        var expected = WaitingListSimulator.RunScenarios(settings, CapacityScenario.Standard(input.Capacity, model), cancellationToken: TestContext.Current.CancellationToken);
        var without = WaitingListSimulator.RunScenarios(settings with { WithdrawalProbability = 0 }, CapacityScenario.Standard(input.Capacity, model), cancellationToken: TestContext.Current.CancellationToken);

        var page = await client.GetHtmlAsync($"/waiting-lists/service/{service}?simulate=1&horizon=20&replications=40&seed=2&withdrawal=0.05");

        Assert.Equal("0.05", page.QuerySelector("#withdrawal")!.GetAttribute("value"));
        var last = page.QuerySelectorAll("[data-testid=queue-chart-table] tbody tr")[^1].QuerySelectorAll("td").Select(c => c.Text()).ToList();
        Assert.Equal(expected.Select(s => Range(s.Result.Weeks[^1].QueueSize)), last);
        Assert.NotEqual(without.Select(s => Range(s.Result.Weeks[^1].QueueSize)), last);
        Assert.Contains("with a weekly withdrawal probability of 0.05", page.QuerySelector("[data-testid=queue-chart] desc")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1.5")]
    [InlineData("-0.1")]
    [InlineData("often")]
    public async Task Simulate_WithAWithdrawalProbabilityOutside0To1_ShowsTheError(string withdrawal)
    {
        using var client = await factory.CreateSignedInClientAsync();
        var service = WaitingListsExpected.BusiestService(factory);

        using var response = await client.GetResponseAsync($"/waiting-lists/service/{service}?simulate=1&withdrawal={Uri.EscapeDataString(withdrawal)}");
        var page = await response.ReadHtmlAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["#withdrawal"], page.QuerySelectorAll(".nhsuk-error-summary__list a").Select(a => a.GetAttribute("href")));
        Assert.Equal("Error: Withdrawal probability must be a number from 0 to 1, like 0.01", page.QuerySelector("#withdrawal-error")!.Text());
        Assert.Null(page.QuerySelector("[data-testid=clearance]"));
    }

    [Fact]
    public async Task Get_ListsTheGoalsOnTheServicesList_WithTheirVerdicts_LinkedToTheirDeliverables()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Commissioner);
        var goal = await factory.QueryAsync(db => db.WaitingGoals.AsNoTracking().SingleAsync(g => g.ServiceCode == "MSK" && g.DeliverableCode == "D2425-CH-20", TestContext.Current.CancellationToken));
        var title = await factory.QueryAsync(db => db.Deliverables.Where(d => d.Code == "D2425-CH-20").Select(d => d.Title).SingleAsync(TestContext.Current.CancellationToken));
        var expected = WaitingListsExpected.GoalCheck(factory, goal);
        var other = WaitingListsExpected.Census(factory, WaitingListsExpected.Month).Select(w => w.ServiceCode).Distinct().Order(StringComparer.Ordinal).First(s => s is not ("MSK" or "PODIATRY"));

        var page = await client.GetHtmlAsync("/waiting-lists/service/MSK?month=2024-06");
        var none = await client.GetHtmlAsync($"/waiting-lists/service/{other}");

        var row = page.QuerySelector("[data-testid=service-goals] tbody tr[data-deliverable=D2425-CH-20]")!;
        var cells = row.QuerySelectorAll("td").ToList();
        Assert.Equal("/deliverables/D2425-CH-20#waiting-goals", cells[0].QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal($"D2425-CH-20 {title}", cells[0].Text());
        Assert.Equal(("No one waiting over 65 weeks by 2025-03", "Current capacity"), (cells[1].Text(), cells[2].Text()));
        Assert.Equal(expected.Verdict.ToString(), cells[3].QuerySelector("[data-verdict]")!.GetAttribute("data-verdict"));
        Assert.Contains(expected.Reading, cells[3].Text(), StringComparison.Ordinal);
        Assert.Contains("Dec 2024 census", page.QuerySelector("#goals + p")!.Text(), StringComparison.Ordinal);
        Assert.Null(none.QuerySelector("[data-testid=service-goals]"));
    }

    [Fact]
    public async Task Get_ChartsTheWeeklyQueueLoad_WithTheCvsBesideIt()
    {
        using var client = await factory.CreateSignedInClientAsync();
        var service = WaitingListsExpected.BusiestService(factory);
        var observed = WaitingListsExpected.Observed(factory, service, WaitingListsExpected.Month);

        var page = await client.GetHtmlAsync($"/waiting-lists/service/{service}");

        var svg = page.QuerySelector("[data-testid=queue-load-chart] svg[role=img]")!;
        Assert.EndsWith(": weekly queue load", svg.QuerySelector("title")!.TextContent, StringComparison.Ordinal);
        // One line per run of weeks with clock stops (a dot for a week alone): each week with a queue load is drawn once.
        var drawn = svg.QuerySelectorAll("polyline[data-series='Queue load']").Sum(l => l.GetAttribute("points")!.Split(' ').Length)
            + svg.QuerySelectorAll("circle[data-series='Queue load']").Length;
        Assert.Equal(observed.Flow.Weeks.Count(w => w.QueueLoad is not null), drawn);
        var runs = observed.Flow.Weeks.Select((w, i) => (w, i)).Count(x => x.w.QueueLoad is not null && (x.i == 0 || observed.Flow.Weeks[x.i - 1].QueueLoad is null));
        Assert.Equal(runs, svg.QuerySelectorAll("[data-series='Queue load']").Length);
        Assert.Equal(observed.Flow.Weeks.Count, svg.QuerySelector("polyline[data-series='Demand equals capacity']")!.GetAttribute("points")!.Split(' ').Length);
        Assert.Equal($"above it the list grows. It was above 1 in {observed.Flow.Weeks.Count(w => w.QueueLoad > 1)} of",
            System.Text.RegularExpressions.Regex.Match(svg.QuerySelector("desc")!.TextContent, @"above it the list grows\. It was above 1 in \d+ of").Value);
        var side = page.QuerySelector("[data-testid=queue-load-chart]")!.ParentElement!.NextElementSibling!;
        Assert.Equal(N(observed.Flow.CvDemand), side.QuerySelector("[data-testid=cv-demand]")!.Text().Split(' ')[0]);
        Assert.Equal(N(observed.Flow.CvCapacity), side.QuerySelector("[data-testid=cv-capacity]")!.Text().Split(' ')[0]);
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
