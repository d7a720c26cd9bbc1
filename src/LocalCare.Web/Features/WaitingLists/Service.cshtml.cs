using System.Globalization;
using LocalCare.Core.Generation;
using LocalCare.Core.Organisation;
using LocalCare.Core.WaitingLists;
using LocalCare.Data.WaitingLists;
using LocalCare.Warehouse.WaitingLists;
using LocalCare.Web.Features.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LocalCare.Web.Features.WaitingLists;

/// <summary>
/// One service's waiting list: the deliverables' goals on it, its weekly flow before a census, the model filled from what was observed (every
/// number can be changed), and on request a simulation of the list at the current, target, relief and the user's capacity. A GET form: every
/// result has an address to share.
/// </summary>
public sealed class ServiceModel(WaitingListsQuery query, WaitingGoalChecks goalChecks, WarehouseGate gate) : PageModel
{
    /// <summary>The simulation's charts, one tab each: the list size and each long wait the simulator counts.</summary>
    public static IReadOnlyList<SimulationChartChoice> SimulationCharts { get; } =
    [
        new("queue-chart", "List size", "waiting list size", w => w.QueueSize),
        .. WaitingListSimulator.LongWaitWeeks.Select(n => new SimulationChartChoice($"over{n}-chart", $"Over {n} weeks", $"waiting over {n} weeks", w => w.Over(n))),
    ];

    /// <summary>The deliverables' goals on this service's list, each checked from the latest census, with its deliverable's title.</summary>
    public IReadOnlyList<(WaitingGoalOutcome Outcome, string Title)> Goals { get; private set; } = [];

    /// <summary>The census the goals are checked from (the latest complete month, whatever month the page shows).</summary>
    public YearMonth GoalCensus => goalChecks.Census;

    public OrganisationUnit Service { get; private set; } = null!;

    public YearMonth Month { get; private set; }

    public int FlowWeeks { get; private set; } = ObservedWaitingList.DefaultFlowWeeks;

    public ObservedWaitingList? Observed { get; private set; }

    /// <summary>The inputs filled from the observed list and flow (before the user's changes).</summary>
    public WaitingListModelInput? ObservedInput { get; private set; }

    /// <summary>The inputs the model ran with; null when a number typed could not be used.</summary>
    public WaitingListModelInput? Input { get; private set; }

    public WaitingListModelResult? Result { get; private set; }

    /// <summary>The form's fields as typed, or as filled from the observed list.</summary>
    public ModelText Fields { get; private set; } = new();

    public SimulationText SimulationFields { get; private set; } = new();

    public SimulationChoice? Choice { get; private set; }

    /// <summary>The scenarios side by side; null until the simulation is asked for.</summary>
    public IReadOnlyList<ScenarioResult>? Scenarios { get; private set; }

    public IReadOnlyDictionary<string, string[]> Problems { get; private set; } = new Dictionary<string, string[]>();

    public bool Busy { get; private set; }

    public async Task<IActionResult> OnGetAsync(
        string code, string? month, string? weeks, string? target, string? demand, string? capacity, string? queue, string? factor,
        string? cvDemand, string? cvCapacity, string? timeToTarget, string? simulate, string? horizon, string? replications, string? seed,
        string? userCapacity, string? withdrawal, CancellationToken cancellationToken)
    {
        var organisation = await query.OrganisationAsync(cancellationToken);
        if (organisation.Find(code) is not { Kind: UnitKind.Service } service)
        {
            return NotFound();
        }

        Service = service;
        var problems = new Dictionary<string, string[]>();
        Month = query.Month(month, "month", problems) ?? query.DefaultMonth();
        FlowWeeks = WaitingListsQuery.Whole(weeks, "weeks", "Weeks of flow", 1, WaitingListsQuery.MaxFlowWeeks, ObservedWaitingList.DefaultFlowWeeks, problems)
                    ?? ObservedWaitingList.DefaultFlowWeeks;
        try
        {
            Observed = await query.ObservedAsync(service.Code, Month, FlowWeeks, cancellationToken);
            var goals = await goalChecks.ForServiceAsync(service.Code, cancellationToken);
            if (goals.Count > 0)
            {
                Goals = await gate.ReadAsync(() => goals.Select(g => (goalChecks.Check(g.Goal), g.Title)).ToList(), cancellationToken);
            }
        }
        catch (WarehouseBusyException)
        {
            Busy = true;
            return Page();
        }

        ObservedInput = Observed.ModelInput(WaitingListInputs.DefaultTargetWeeks);
        var typed = new ModelText(demand, capacity, queue, target, factor, cvDemand, cvCapacity, timeToTarget);
        Fields = new ModelText(
            demand ?? WaitingListInputs.Field(ObservedInput.Demand),
            capacity ?? WaitingListInputs.Field(ObservedInput.Capacity),
            queue ?? WaitingListInputs.Field(ObservedInput.QueueSize),
            target ?? WaitingListInputs.Field(ObservedInput.TargetWeeks),
            factor ?? WaitingListInputs.Field(ObservedInput.Factor),
            cvDemand ?? WaitingListInputs.Field(ObservedInput.CvDemand),
            cvCapacity ?? WaitingListInputs.Field(ObservedInput.CvCapacity),
            timeToTarget ?? WaitingListInputs.Field(ObservedInput.TimeToTarget));
        SimulationFields = new SimulationText(
            horizon ?? WaitingListInputs.DefaultSimulationWeeks.ToString(CultureInfo.InvariantCulture),
            replications ?? SimulationSettings.DefaultReplications.ToString(CultureInfo.InvariantCulture),
            seed ?? SimulationSettings.DefaultSeed.ToString(CultureInfo.InvariantCulture),
            userCapacity,
            withdrawal);

        Input = WaitingListInputs.Model(typed, ObservedInput, problems);
        Result = Input is null ? null : WaitingListInputs.Calculate(Input, "demand", problems);
        if (simulate is not null)
        {
            Choice = WaitingListInputs.Simulation(new SimulationText(horizon, replications, seed, userCapacity, withdrawal), problems, "horizon", "userCapacity");
            if (Choice is not null && Result is not null)
            {
                Scenarios = WaitingListInputs.Simulate(Observed.DaysWaited, Input!, Result, Choice, "userCapacity", problems, cancellationToken);
            }
        }

        if (problems.Count > 0)
        {
            Problems = problems;
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return Page();
    }

    public string? ErrorFor(string field) => Problems.TryGetValue(field, out var messages) ? messages[0] : null;

    public static string WeekLabel(DateOnly monday) => monday.ToString("d MMM", CultureInfo.GetCultureInfo("en-GB"));

    public static string N(double? value) => value?.ToString("#,0.##", CultureInfo.InvariantCulture) ?? "–";

    public static string Range(SimulatedRange range) =>
        string.Create(CultureInfo.InvariantCulture, $"{range.Median:#,0.#} ({range.P10:#,0.#} to {range.P90:#,0.#})");

    public static string ScenarioLabel(string name) => name switch
    {
        CapacityScenario.Current => "Current capacity",
        CapacityScenario.Target => "Target capacity",
        CapacityScenario.Relief => "Relief capacity",
        CapacityScenario.User => "Your capacity",
        _ => name,
    };

    public static string Clearance(ClearanceWeek c) => c.Median switch
    {
        null => "Not within the horizon",
        0 => "None at the census",
        { } median => string.Create(CultureInfo.InvariantCulture, $"Week {median:0.#}") + (c.P10 is { } p10 ? string.Create(CultureInfo.InvariantCulture, $" ({p10:0.#} to {(c.P90 is { } p90 ? p90.ToString("0.#", CultureInfo.InvariantCulture) : "beyond")})") : ""),
    };

    /// <summary>Weekly demand and capacity as lines over bars of the net change.</summary>
    public WaitingChart FlowChart()
    {
        var weeks = Observed!.Flow.Weeks;
        var labels = weeks.Select(w => WeekLabel(w.WeekStart)).ToList();
        var flow = Observed.Flow;
        var description = weeks.Count == 0
            ? "No weeks to chart."
            : $"Weekly referrals received (demand) and clock stops (capacity) over the {weeks.Count} weeks from {labels[0]} to {labels[^1]}, with the net change as bars: on average {N(flow.MeanDemand)} referrals and {N(flow.MeanCapacity)} clock stops a week; the list grew by {N(weeks.Sum(w => w.NetChange))} in all. The table below has every week.";
        return new WaitingChart("flow", $"{Service.Name}: weekly demand and capacity", description, labels,
        [
            new ChartSeries("Net change", WaitingChartSvg.NetChangeColour, [.. weeks.Select(w => (double?)w.NetChange)], ChartSeriesKind.StackedBar),
            new ChartSeries("Demand", WaitingChartSvg.DemandColour, [.. weeks.Select(w => (double?)w.Demand)], ChartSeriesKind.Line),
            new ChartSeries("Capacity", WaitingChartSvg.CapacityColour, [.. weeks.Select(w => (double?)w.Capacity)], ChartSeriesKind.Line, Dash: "6 4"),
        ], "Referrals a week");
    }

    /// <summary>Weekly queue load (demand ÷ capacity; none in a week without clock stops) against 1, where the list neither grows nor shrinks.</summary>
    public WaitingChart QueueLoadChart()
    {
        var weeks = Observed!.Flow.Weeks;
        var labels = weeks.Select(w => WeekLabel(w.WeekStart)).ToList();
        var loads = weeks.Where(w => w.QueueLoad is not null).ToList();
        var description = loads.Count == 0
            ? "No week had a clock stop, so there is no queue load to chart."
            : $"Weekly queue load (referrals received ÷ clock stops) over the {weeks.Count} weeks from {labels[0]} to {labels[^1]}, against a dashed line at 1: "
              + $"above it the list grows. It was above 1 in {loads.Count(w => w.QueueLoad > 1)} of {loads.Count} weeks, from {N(loads.Min(w => w.QueueLoad))} to {N(loads.Max(w => w.QueueLoad))}. The table above has every week.";
        return new WaitingChart("queue-load", $"{Service.Name}: weekly queue load", description, labels,
        [
            new ChartSeries("Demand equals capacity", WaitingChartSvg.ReferenceColour, [.. weeks.Select(_ => (double?)1)], ChartSeriesKind.Line, Dash: "4 3"),
            new ChartSeries("Queue load", WaitingChartSvg.QueueLoadColour, [.. weeks.Select(w => w.QueueLoad)], ChartSeriesKind.Line),
        ], "Demand ÷ capacity");
    }

    /// <summary>Each scenario's median and 10th to 90th percentile band of a weekly quantity.</summary>
    public WaitingChart SimulationChart(string id, string what, Func<SimulatedWeek, SimulatedRange> pick)
    {
        var scenarios = Scenarios!;
        var weeks = scenarios[0].Result.Weeks;
        var series = new List<ChartSeries>();
        for (var i = 0; i < scenarios.Count; i++)
        {
            var colour = WaitingChartSvg.ScenarioColours[i % WaitingChartSvg.ScenarioColours.Count];
            var s = scenarios[i].Result.Weeks;
            series.Add(new ChartSeries(ScenarioLabel(scenarios[i].Name) + " 10th to 90th percentile", colour, [.. s.Select(w => (double?)pick(w).P10)], ChartSeriesKind.Band, [.. s.Select(w => (double?)pick(w).P90)]));
        }

        for (var i = 0; i < scenarios.Count; i++)
        {
            var colour = WaitingChartSvg.ScenarioColours[i % WaitingChartSvg.ScenarioColours.Count];
            series.Add(new ChartSeries(ScenarioLabel(scenarios[i].Name) + " median", colour, [.. scenarios[i].Result.Weeks.Select(w => (double?)pick(w).Median)], ChartSeriesKind.Line));
        }

        var ends = string.Join("; ", scenarios.Select(s => $"{ScenarioLabel(s.Name).ToLowerInvariant()} ({N(s.Capacity)} a week) {Range(pick(s.Result.Weeks[^1]))}"));
        var withdrawing = Choice!.Withdrawal > 0 ? $", with a weekly withdrawal probability of {Choice.Withdrawal.ToString("0.####", CultureInfo.InvariantCulture)}" : "";
        var description = $"The median (line) and 10th to 90th percentiles (shaded) of {what} each week over {Choice.Replications} replications{withdrawing}, from the census (week 0) to week {weeks.Count - 1}. At the last week: {ends}. The table below has every week.";
        return new WaitingChart(id, $"{Service.Name}: {what}, simulated", description, [.. weeks.Select(w => w.Week.ToString(CultureInfo.InvariantCulture))], series, what.Length > 24 ? "Waiting" : what[..1].ToUpperInvariant() + what[1..]);
    }
}

/// <summary>One of the simulation's charts: its element id, its tab's label, what it counts, and which weekly range it draws.</summary>
public sealed record SimulationChartChoice(string Id, string Tab, string What, Func<SimulatedWeek, SimulatedRange> Pick);
