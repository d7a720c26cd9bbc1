using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using LocalCare.Bench.Compute;
using LocalCare.Bench.Imports;

namespace LocalCare.Bench.WaitingLists;

/// <summary>
/// The waiting-list benchmark: generate N LCO-years and set up a data directory with the compute benchmark's own phases
/// (<c>generate</c>, <c>compute-setup</c>); then per repeat, each in a child process of its own, the census of every month (every
/// unit's snapshot, SitRep bands included, in one pass) and the simulation of a 10,000-person list (one capacity; the standard four
/// scenarios). Prints the table, appends it to RESULTS.md; exits 0 when every target is met.
/// </summary>
public static class WaitlistBenchmark
{
    /// <summary>The issue's target for each of the census of every month, one simulation and the four scenarios.</summary>
    public const double MaxSeconds = 2;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private sealed record Runs(List<PhaseResult> Census, List<PhaseResult> Simulate, List<PhaseResult> Scenarios)
    {
        public double CensusSeconds => SizeResult.Median(Census);

        public bool CensusMet => CensusSeconds <= MaxSeconds;

        public bool SimulateMet => SizeResult.Median(Simulate) <= MaxSeconds;

        public bool ScenariosMet => SizeResult.Median(Scenarios) <= MaxSeconds;

        /// <summary>Every checked month equals that month's census read on its own, in every repeat (the same totals too).</summary>
        public bool SameAsAlone => Census.All(p => p.Count("months_differing") == 0) && Census.Select(p => p.Notes["per_month"]).Distinct().Count() == 1;

        public bool Met => CensusMet && SimulateMet && ScenariosMet && SameAsAlone;
    }

    public static Task<int> RunAsync(WaitlistArguments arguments)
    {
#if DEBUG
        Console.Error.WriteLine("warning: a Debug build; run with -c Release for figures worth recording (nothing is appended to RESULTS.md).");
        arguments = arguments with { Record = false };
#endif
        var work = BenchWork.Prepare(arguments.Work);
        var started = DateTime.UtcNow;
        var machine = Machine.Describe();
        Console.WriteLine($"Work directory {work}; machine: {machine.Processors} processors, {machine.Cpu}, {machine.Memory}, {machine.Os}, {machine.Runtime}.");

        void Interrupted(PosixSignalContext context)
        {
            ChildProcess.KillRunning();
            if (!arguments.Keep)
            {
                try
                {
                    Directory.Delete(work, recursive: true);
                }
                catch (IOException)
                {
                    Console.Error.WriteLine($"Could not remove {work}; remove it by hand.");
                }
            }

            Console.Error.WriteLine("Interrupted; nothing recorded.");
            Environment.Exit(130);
        }

        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Interrupted);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Interrupted);
        var wait = TimeSpan.FromSeconds(arguments.WaitIdle);
        var size = ResultsReport.Size(arguments.Years);
        PhaseResult generate, setup;
        var runs = new Runs([], [], []);
        try
        {
            var extracts = Path.Combine(work, "extracts");
            var data = Path.Combine(work, "data");
            Console.WriteLine($"{size}: generating ...");
            generate = ChildProcess.RunPhase("generate", "--dir", extracts, "--years", arguments.Years.ToString(Invariant));
            Console.WriteLine($"{size}: {generate.Count("referrals_rows"):#,0} referrals, {generate.Count("contacts_rows"):#,0} contacts in {generate.Seconds:0.0} s; init, import and a first compute ...");
            setup = ChildProcess.RunPhase("compute-setup", "--dir", extracts, "--data", data);
            var (from, to) = (setup.Notes["from"], setup.Notes["to"]);
            Console.WriteLine($"{size}: imported in {setup.Notes["import_seconds"]} s, months {from} to {to} ({setup.Notes["months"]})");
            for (var repeat = 1; repeat <= arguments.Repeat; repeat++)
            {
                var census = Timed(wait, "waitlist-census", "--data", data, "--from", from, "--to", to);
                var simulate = Timed(wait, "waitlist-simulate");
                var scenarios = Timed(wait, "waitlist-scenarios");
                runs.Census.Add(census);
                runs.Simulate.Add(simulate);
                runs.Scenarios.Add(scenarios);
                Console.WriteLine($"repeat {repeat}: census {census.Seconds:0.000} s, simulate {simulate.Seconds:0.000} s (warm {simulate.Notes["warm_seconds"]}), "
                                  + $"four scenarios {scenarios.Seconds:0.000} s (warm {scenarios.Notes["warm_seconds"]}); other processes used {Share(census)}, {Share(simulate)}, {Share(scenarios)}");
            }
        }
        finally
        {
            if (!arguments.Keep)
            {
                Directory.Delete(work, recursive: true);
            }
        }

        var table = Table(arguments.Years, generate, setup, runs);
        Console.WriteLine();
        Console.WriteLine(ComputeReport.Console(table));
        if (arguments.Record)
        {
            var path = ResultsPath(arguments.Results);
            Append(path, started, machine, arguments, table, runs);
            Console.WriteLine($"Appended to {path}.");
        }

        Console.WriteLine(Verdict(runs));
        return Task.FromResult(runs.Met ? 0 : 1);
    }

    private static string Verdict(Runs runs) =>
        (runs.Met ? "Targets met. " : "Targets NOT met. ") + string.Create(Invariant,
            $"Census of every month {runs.CensusSeconds:0.000} s ({Judged(runs.CensusMet)}), "
            + $"simulation {SizeResult.Median(runs.Simulate):0.000} s ({Judged(runs.SimulateMet)}), four scenarios {SizeResult.Median(runs.Scenarios):0.000} s ({Judged(runs.ScenariosMet)}); target <= {MaxSeconds:0} s each.")
        + (runs.SameAsAlone ? "" : " The census of every month DIFFERS from a month's census read on its own.");

    private static string Judged(bool met) => met ? "met" : "NOT met";

    private static PhaseResult Timed(TimeSpan wait, params string[] phaseArgs)
    {
        if (wait > TimeSpan.Zero)
        {
            MachineLoad.WaitForIdle(wait);
        }

        return ChildProcess.RunPhase(phaseArgs);
    }

    private static ComputeReport.Table Table(int years, PhaseResult generate, PhaseResult setup, Runs runs)
    {
        string S(double seconds) => seconds.ToString("0.000", Invariant);
        string Cpu(List<PhaseResult> phases) => S(SizeResult.Median(phases, p => p.CpuSeconds));
        string Warm(List<PhaseResult> phases) => S(SizeResult.Median(phases, p => double.Parse(p.Notes["warm_seconds"], Invariant)));
        string Each(List<PhaseResult> phases) => string.Join(" ", phases.Select(p => $"{S(p.Seconds)} [{Share(p)}]"));
        string Mb(List<PhaseResult> phases) => (SizeResult.Peak(phases) / 1e6).ToString("#,0.0", Invariant);
        string Step(int index) => S(SizeResult.Median(runs.Census, p => p.Steps[index].Seconds));
        var census = runs.Census[0];
        return new(["", ResultsReport.Size(years)],
        [
            ("months (every month of the data)", [$"{setup.Notes["from"]} to {setup.Notes["to"]} ({setup.Notes["months"]})"]),
            ("referrals / contacts (rows)", [$"{generate.Count("referrals_rows"):#,0} / {generate.Count("contacts_rows"):#,0}"]),
            ("generate s / localcare import s (set-up, not timed)", [$"{generate.Seconds:0.0} / {setup.Notes["import_seconds"]}"]),
            ("waiting, summed over every month's census", [census.Count("waiting_all_months").ToString("#,0", Invariant)]),
            ("referrals waiting at one census or more (spans)", [census.Count("spans").ToString("#,0", Invariant)]),
            ($"months checked against that month's census read alone ({census.Notes["checked"]}): equal", [runs.SameAsAlone ? "yes" : "NO"]),
            ("repeats", [runs.Census.Count.ToString(Invariant)]),
            ($"census of every month s (median; WaitingSpansQuery + WaitingCensusHistory, {census.Count("snapshots"):#,0} unit snapshots with SitRep bands; target <= {MaxSeconds:0} s)",
                [S(runs.CensusSeconds) + (runs.CensusMet ? " ok" : " OVER")]),
            ("  of which the query / the snapshots s", [$"{Step(0)} / {Step(1)}"]),
            ("  its CPU s", [Cpu(runs.Census)]),
            ($"simulation s (median, first call in a fresh process; {WaitlistPhases.ListSize:#,0} people, {WaitlistPhases.Weeks} weeks, {WaitlistPhases.Replications} replications; target <= {MaxSeconds:0} s)",
                [S(SizeResult.Median(runs.Simulate)) + (runs.SimulateMet ? " ok" : " OVER")]),
            ("  its CPU s / a second call in the same process s", [$"{Cpu(runs.Simulate)} / {Warm(runs.Simulate)}"]),
            ($"four scenarios s (median, first call; RunScenarios: {runs.Scenarios[0].Notes["capacities"]}; target <= {MaxSeconds:0} s)",
                [S(SizeResult.Median(runs.Scenarios)) + (runs.ScenariosMet ? " ok" : " OVER")]),
            ("  its CPU s / a second call in the same process s", [$"{Cpu(runs.Scenarios)} / {Warm(runs.Scenarios)}"]),
            ("simulated outcome (week 52 medians; the same every run)", [runs.Scenarios[0].Notes["outcome"]]),
            ("peak memory MB: census / simulation / scenarios", [$"{Mb(runs.Census)} / {Mb(runs.Simulate)} / {Mb(runs.Scenarios)}"]),
            ("census s, each repeat [others' share]", [Each(runs.Census)]),
            ("simulation s, each repeat [others' share]", [Each(runs.Simulate)]),
            ("four scenarios s, each repeat [others' share]", [Each(runs.Scenarios)]),
        ]);
    }

    private static string Share(PhaseResult phase) => SizeResult.Others(phase) is var share && double.IsNaN(share) ? "n/a" : share.ToString("P0", Invariant);

    /// <summary>RESULTS.md of the checkout the benchmark runs in, or the file given.</summary>
    internal static string ResultsPath(string? given)
    {
        if (given is not null)
        {
            return Path.GetFullPath(given);
        }

        for (var directory = new DirectoryInfo(Directory.GetCurrentDirectory()); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "LocalCare.slnx")))
            {
                return Path.Combine(directory.FullName, "bench", "RESULTS.md");
            }
        }

        throw new ArgumentException("Cannot find the checkout (LocalCare.slnx) from the current directory; give --results FILE or --no-record.");
    }

    private static void Append(string path, DateTime started, Machine machine, WaitlistArguments arguments, ComputeReport.Table table, Runs runs)
    {
        var text = new StringBuilder();
        text.AppendLine();
        text.AppendLine(Invariant, $"## Waiting lists: census and simulation, {started:yyyy-MM-dd HH:mm} UTC");
        text.AppendLine();
        text.AppendLine(Invariant, $"- date: `{started:ddd MMM d HH:mm:ss} UTC {started:yyyy}` (UTC, start of the run)");
        text.AppendLine(Invariant, $"- command: `{arguments.RecordedCommand()}`");
        text.AppendLine(Invariant, $"- machine: {machine.Processors} processors (`nproc`), {machine.Cpu}, {machine.Memory} RAM, {machine.Os}; {machine.Runtime}");
        text.AppendLine(Invariant, $"- data: `localcare generate` for the demo organisation, seed {BenchFiles.Seed}, default volume, ending {BenchFiles.LastMonth}; `localcare init` + `localcare import` (the compute benchmark's set-up)");
        text.AppendLine(Invariant, $"- simulation: {WaitlistPhases.ListSize:#,0} people waiting 0–{WaitlistPhases.MaxDaysWaited} days (uniform, seed {WaitlistPhases.ListSeed}), demand = capacity = {WaitlistPhases.Flow:0}/week, "
                                   + $"{WaitlistPhases.Weeks} weeks, {WaitlistPhases.Replications} replications, seed {WaitlistPhases.Seed}, all cores; scenarios from the model at an {WaitlistPhases.TargetWeeks:0}-week target, user capacity {WaitlistPhases.UserCapacity:0}");
        text.AppendLine(Invariant, $"- targets (issue): the census of every month, one simulation and the four scenarios each <= {MaxSeconds:0} s on 2 cores; the census is every unit's snapshot (SitRep bands, mean, median, longest, long waits) for every month. **{Verdict(runs)}**");
        text.AppendLine();
        text.Append(ComputeReport.Markdown(table));
        File.AppendAllText(path, text.ToString());
    }
}
