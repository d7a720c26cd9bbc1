using System.Globalization;
using LocalCare.Bench.Compute;
using LocalCare.Bench.Imports;
using LocalCare.Core.Generation;
using LocalCare.Core.Metrics;
using LocalCare.Core.Organisation;
using LocalCare.Core.WaitingLists;
using LocalCare.Warehouse.WaitingLists;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Bench.WaitingLists;

/// <summary>
/// The waitlist benchmark's measured steps, each run in a child process by <see cref="ChildProcess"/> (as <c>phase NAME</c>):
/// <c>waitlist-census</c> (the census of every month of a data directory made by <c>compute-setup</c>, every unit),
/// <c>waitlist-simulate</c> and <c>waitlist-scenarios</c> (src's simulator over a seeded 10,000-person list). Each prints one
/// <see cref="PhaseResult"/> line.
/// </summary>
public static class WaitlistPhases
{
    /// <summary>The simulated list: this many people waiting at the census, each 0 to <see cref="MaxDaysWaited"/> days, seeded.</summary>
    public const int ListSize = 10_000;

    public const int MaxDaysWaited = 600;

    public const int ListSeed = 20260101;

    /// <summary>Referrals and removals a week: demand equals capacity, so the list neither grows nor shrinks on average.</summary>
    public const double Flow = 200;

    /// <summary>The user's capacity in the scenarios (the fourth of the standard four).</summary>
    public const double UserCapacity = 220;

    public const double TargetWeeks = 18;

    public const int Weeks = 52;

    public const int Replications = 200;

    public const int Seed = 1;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private static readonly string[] Names = ["waitlist-census", "waitlist-simulate", "waitlist-scenarios"];

    public static bool Handles(string phase) => Names.Contains(phase);

    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 1; i + 1 < args.Count; i += 2)
        {
            options[args[i].TrimStart('-')] = args[i + 1];
        }

        string Get(string name) => options.TryGetValue(name, out var value) ? value : throw new ArgumentException($"phase {args[0]} needs --{name}.");
        MonthRange Range() => new(YearMonth.Parse(Get("from")), YearMonth.Parse(Get("to")));
        var result = args[0] switch
        {
            "waitlist-census" => await CensusAsync(Get("data"), Range()),
            "waitlist-simulate" => Simulate(scenarios: false),
            "waitlist-scenarios" => Simulate(scenarios: true),
            _ => throw new ArgumentException($"Unknown phase '{args[0]}'."),
        };

        using (var process = System.Diagnostics.Process.GetCurrentProcess())
        {
            // All of this process's CPU, start-up included: the parent subtracts it from the machine's load to see other work.
            result.Notes["process_cpu"] = process.TotalProcessorTime.TotalSeconds.ToString("0.000", Invariant);
        }

        Console.WriteLine(result.ToLine());
        return 0;
    }

    /// <summary>The seeded list every simulation starts from: <see cref="ListSize"/> whole days waited, 0 to <see cref="MaxDaysWaited"/>.</summary>
    public static int[] InitialDaysWaited()
    {
        var random = new Random(ListSeed);
        return [.. Enumerable.Range(0, ListSize).Select(_ => random.Next(0, MaxDaysWaited + 1))];
    }

    /// <summary>
    /// The census of every month of <paramref name="range"/> at every unit: <see cref="WaitingSpansQuery.Read"/> (one pass over the
    /// referrals and contacts), then <see cref="WaitingCensusHistory.Of"/> (each month's per-unit snapshots: SitRep bands, mean, median,
    /// longest, long waits). The organisation is read before the timing (the page reads it once per request). After the timing, the
    /// first, middle and last months are checked against <see cref="WaitingCensusQuery"/>, that month's census read on its own.
    /// </summary>
    private static async Task<PhaseResult> CensusAsync(string data, MonthRange range)
    {
        await using var app = AppServices.Open(data);
        var warehouse = app.Warehouse;
        var organisation = new OrganisationTree(await app.Db.OrganisationUnits.AsNoTracking().ToListAsync());
        var clock = new PhaseClock();
        var spans = WaitingSpansQuery.Read(warehouse, range);
        var (querySeconds, queryCpu) = (clock.Seconds, clock.CpuSeconds);
        var history = WaitingCensusHistory.Of(range, spans, organisation);
        var (seconds, cpu) = (clock.Seconds, clock.CpuSeconds);

        var perMonth = history.ToDictionary(m => m.Month.ToString(), m => (long)m.Of(UnitRefs.Lco).Total);
        var checkedMonths = new[] { 0, history.Count / 2, history.Count - 1 }.Distinct().Select(i => history[i]).ToList();
        var differing = checkedMonths.Count(m => !m.Units.SequenceEqual(WaitingCensusByUnit.Of(
            WaitingCensusQuery.Read(warehouse, m.Month).Select(w => (w.ServiceCode, w.NeighbourhoodCode, w.DaysWaited)), organisation)));
        return new PhaseResult("waitlist-census", seconds, cpu, PeakMemory.Bytes(),
            new()
            {
                ["months"] = history.Count,
                ["snapshots"] = history.Sum(m => m.Units.Count),
                ["waiting_all_months"] = perMonth.Values.Sum(),
                ["spans"] = spans.Sum(g => g.Count),
                ["months_checked"] = checkedMonths.Count,
                ["months_differing"] = differing,
            },
            new() { ["per_month"] = Totals(perMonth), ["checked"] = string.Join(" ", checkedMonths.Select(m => m.Month.ToString())) },
            [new StepTiming("WaitingSpansQuery.Read (all months, one pass)", querySeconds, queryCpu, spans.Sum(g => g.Count)),
             new StepTiming("WaitingCensusHistory.Of (every month, every unit)", seconds - querySeconds, cpu - queryCpu, history.Sum(m => m.Units.Count))]);
    }

    /// <summary>
    /// src's simulator over the seeded list: <see cref="WaitingListSimulator.Run"/> at the current capacity, or (<paramref name="scenarios"/>)
    /// <see cref="WaitingListSimulator.RunScenarios"/> with the standard four. The first call in a fresh process is the one timed (what
    /// <c>localcare waitlist simulate</c> pays, JIT included); a second call, timed too, is what a running web server pays. Both must agree.
    /// </summary>
    private static PhaseResult Simulate(bool scenarios)
    {
        var waits = InitialDaysWaited();
        var settings = new SimulationSettings(waits, Flow, Weeks, Replications: Replications, Seed: Seed);
        var model = WaitingListModel.Calculate(new WaitingListModelInput(Flow, Flow, waits.Length, TargetWeeks, MeanWait: waits.Average() / 7.0));
        var standard = CapacityScenario.Standard(Flow, model, UserCapacity);
        IReadOnlyList<ScenarioResult> Once() => scenarios
            ? WaitingListSimulator.RunScenarios(settings, standard)
            : [new ScenarioResult(CapacityScenario.Current, Flow, WaitingListSimulator.Run(settings, Flow))];

        var clock = new PhaseClock();
        var first = Once();
        var (seconds, cpu) = (clock.Seconds, clock.CpuSeconds);
        var warm = new PhaseClock();
        var again = Once();
        var (warmSeconds, warmCpu) = (warm.Seconds, warm.CpuSeconds);
        var outcome = Outcome(first);
        if (outcome != Outcome(again))
        {
            throw new InvalidOperationException($"The simulation gave different results with the same seed: {outcome} and {Outcome(again)}.");
        }

        return new PhaseResult(scenarios ? "waitlist-scenarios" : "waitlist-simulate", seconds, cpu, PeakMemory.Bytes(),
            new() { ["people"] = waits.Length, ["scenarios"] = first.Count, ["weeks"] = Weeks, ["replications"] = Replications },
            new()
            {
                ["outcome"] = outcome,
                ["warm_seconds"] = warmSeconds.ToString("0.000", Invariant),
                ["warm_cpu"] = warmCpu.ToString("0.000", Invariant),
                ["capacities"] = string.Join(", ", first.Select(s => $"{s.Name} {s.Capacity.ToString("0.#", Invariant)}")),
            },
            []);
    }

    /// <summary>Each scenario's median list size and over-18-weeks count in the last week: the same seed gives the same.</summary>
    private static string Outcome(IReadOnlyList<ScenarioResult> results) =>
        string.Join("; ", results.Select(r => string.Create(Invariant,
            $"{r.Name}: week {r.Result.Weeks[^1].Week} median list {r.Result.Weeks[^1].QueueSize.Median:0.#}, over 18 weeks {r.Result.Weeks[^1].Over18Weeks.Median:0.#}")));

    private static string Totals(Dictionary<string, long> perMonth) =>
        string.Join(" ", perMonth.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => string.Create(Invariant, $"{p.Key}={p.Value}")));
}
