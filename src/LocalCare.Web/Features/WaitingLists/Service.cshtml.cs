using System.Globalization;
using LocalCare.Core.Generation;
using LocalCare.Core.Organisation;
using LocalCare.Core.WaitingLists;
using LocalCare.Warehouse.WaitingLists;
using LocalCare.Web.Features.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LocalCare.Web.Features.WaitingLists;

/// <summary>
/// One service's waiting list: its weekly flow before a census, the model filled from what was observed (every number can be changed), and
/// on request a simulation of the list at the current, target, relief and the user's capacity. A GET form: every result has an address to share.
/// </summary>
public sealed class ServiceModel(WaitingListsQuery query) : PageModel
{
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
        string? userCapacity, CancellationToken cancellationToken)
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
            userCapacity);

        Input = WaitingListInputs.Model(typed, ObservedInput, problems);
        Result = Input is null ? null : WaitingListInputs.Calculate(Input, "demand", problems);
        if (simulate is not null)
        {
            Choice = WaitingListInputs.Simulation(new SimulationText(horizon, replications, seed, userCapacity), problems, "horizon", "userCapacity");
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
        var description = $"The median (line) and 10th to 90th percentiles (shaded) of {what} each week over {Choice!.Replications} replications, from the census (week 0) to week {weeks.Count - 1}. At the last week: {ends}. The table below has every week.";
        return new WaitingChart(id, $"{Service.Name}: {what}, simulated", description, [.. weeks.Select(w => w.Week.ToString(CultureInfo.InvariantCulture))], series, what.Length > 24 ? "Waiting" : what[..1].ToUpperInvariant() + what[1..]);
    }
}
