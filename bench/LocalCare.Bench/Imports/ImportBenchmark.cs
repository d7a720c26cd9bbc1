using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace LocalCare.Bench.Imports;

/// <summary>
/// The end-to-end import benchmark: per size, generate the extracts once, then per repeat time DuckDB's bare
/// <c>read_csv</c> of referrals.csv and contacts.csv, LocalCare's import of them into a fresh warehouse, and their
/// re-import into that populated warehouse; each in a child process of its own. Prints a table and appends it to RESULTS.md.
/// </summary>
public static class ImportBenchmark
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static Task<int> RunAsync(ImportArguments arguments)
    {
#if DEBUG
        Console.Error.WriteLine("warning: a Debug build; run with -c Release for figures worth recording (nothing is appended to RESULTS.md).");
        arguments = arguments with { Record = false };
#endif
        var work = BenchWork.Prepare(arguments.Work);
        var started = DateTime.UtcNow;
        var machine = Machine.Describe();
        var free = new DriveInfo(work).AvailableFreeSpace;
        Console.WriteLine($"Work directory {work} ({free / 1e9:0.0} GB free); machine: {machine.Processors} processors, {machine.Cpu}, {machine.Memory}, {machine.Os}, {machine.Runtime}.");
        var needed = arguments.Years.Max() * 0.6e9;
        if (free < needed)
        {
            Console.Error.WriteLine($"warning: {arguments.Years.Max()} years need about {needed / 1e9:0.0} GB in the work directory at once; {free / 1e9:0.0} GB is free.");
        }

        // Interrupted (Ctrl+C, kill): stop the running phase and remove the work directory, as a normal end does.
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
        var sizes = new List<SizeResult>();
        try
        {
            foreach (var years in arguments.Years)
            {
                sizes.Add(RunSize(work, years, arguments));
            }
        }
        finally
        {
            if (!arguments.Keep)
            {
                Directory.Delete(work, recursive: true);
            }
        }

        Console.WriteLine();
        Console.WriteLine(ResultsReport.Console(sizes));
        foreach (var size in sizes.Where(s => s.Profiles.Count > 0))
        {
            Console.WriteLine($"Import profile, {ResultsReport.Size(size.Years)} (wall seconds per statement, CPU seconds in brackets; of each variant the run with the median total; fresh warehouse):");
            Console.WriteLine(ResultsReport.Profile(size.Profiles, size.OrderChecks, markdown: false));
        }

        if (arguments.Record)
        {
            var path = ResultsPath(arguments);
            Append(path, started, machine, arguments, sizes);
            Console.WriteLine($"Appended to {path}.");
        }

        return Task.FromResult(sizes.All(s => s.Ratio <= SizeResult.Target) ? 0 : 1);
    }

    private static SizeResult RunSize(string work, int years, ImportArguments arguments)
    {
        var directory = Path.Combine(work, $"years-{years}");
        var size = ResultsReport.Size(years);
        Console.WriteLine($"{size}: generating ...");
        var generate = ChildProcess.RunPhase("generate", "--dir", directory, "--years", years.ToString(Invariant));
        Console.WriteLine($"{size}: {generate.Count("contacts_rows"):#,0} contacts, {generate.Count("referrals_rows"):#,0} referrals, "
                          + $"{(generate.Count("contacts_bytes") + generate.Count("referrals_bytes")) / 1e6:#,0.0} MB, generated in {generate.Seconds:0.0} s");

        var bareDb = Path.Combine(work, "bare.duckdb");
        var warehouse = Path.Combine(work, "warehouse.duckdb");
        var wait = TimeSpan.FromSeconds(arguments.WaitIdle);
        var result = new SizeResult(years, generate, [], [], [], [], []);
        for (var repeat = 1; repeat <= arguments.RepeatsFor(years); repeat++)
        {
            BenchFiles.DeleteDatabase(bareDb);
            var bare = Timed(wait, "bare", "--dir", directory, "--db", bareDb);
            Check(bare, generate, "bare scan");
            BenchFiles.DeleteDatabase(bareDb);

            BenchFiles.DeleteDatabase(warehouse);
            var import = Timed(wait, "import", "--dir", directory, "--warehouse", warehouse);
            Check(import, generate, "import");
            var reimport = Timed(wait, "import", "--dir", directory, "--warehouse", warehouse);
            Check(reimport, generate, "re-import");
            BenchFiles.DeleteDatabase(warehouse);

            result.Bare.Add(bare);
            result.Import.Add(import);
            result.Reimport.Add(reimport);
            Console.WriteLine($"{size}, repeat {repeat}: bare {bare.Seconds:0.000} s (CPU {bare.CpuSeconds:0.000}), import {import.Seconds:0.000} s (CPU {import.CpuSeconds:0.000}; "
                              + $"{import.Seconds / bare.Seconds:0.00}x), re-import {reimport.Seconds:0.000} s; other processes used {Share(bare)}, {Share(import)}, {Share(reimport)} of the machine");
        }

        if (arguments.Profile || arguments.Experiments)
        {
            // Variants interleaved, as many rounds as repeats, so a busy spell on the machine does not fall on one variant only.
            // With --profile, src's SQL is profiled on the re-import too (the warehouse it has just filled).
            var variants = arguments.Experiments ? StagingVariant.All : [StagingVariant.All[0]];
            var labels = variants.Select(v => v.Name).ToList();
            if (arguments.Profile)
            {
                labels.Insert(1, ReimportLabel);
            }

            var runs = labels.ToDictionary(l => l, _ => new List<PhaseResult>());
            for (var repeat = 1; repeat <= arguments.RepeatsFor(years); repeat++)
            {
                foreach (var variant in variants)
                {
                    BenchFiles.DeleteDatabase(warehouse);
                    var profiled = new List<(string, PhaseResult)> { (variant.Name, Timed(wait, "profile", "--dir", directory, "--warehouse", warehouse, "--variant", variant.Name)) };
                    if (arguments.Profile && variant == variants[0])
                    {
                        var again = Timed(wait, "profile", "--dir", directory, "--warehouse", warehouse, "--variant", variant.Name);
                        again.Notes["variant"] = ReimportLabel;
                        profiled.Add((ReimportLabel, again));
                    }

                    BenchFiles.DeleteDatabase(warehouse);
                    foreach (var (label, profile) in profiled)
                    {
                        runs[label].Add(profile);
                        Console.WriteLine($"{size}, profile '{label}', run {repeat}: {profile.Seconds:0.000} s, CPU {profile.CpuSeconds:0.000} s; other processes used {Share(profile)} of the machine");
                    }
                }
            }

            result.Profiles.AddRange(labels.Select(l => MedianRun(runs[l])));
        }

        if (arguments.Experiments)
        {
            foreach (var variant in StagingVariant.All)
            {
                BenchFiles.DeleteDatabase(warehouse);
                var order = ChildProcess.RunPhase("order", "--dir", directory, "--warehouse", warehouse, "--variant", variant.Name);
                BenchFiles.DeleteDatabase(warehouse);
                result.OrderChecks.Add(order);
                Console.WriteLine($"{size}, order of the staged rows, '{variant.Name}': {order.Count("referrals_out_of_order"):#,0} referrals and {order.Count("contacts_out_of_order"):#,0} contacts numbered out of file order");
            }
        }

        if (!arguments.Keep)
        {
            Directory.Delete(directory, recursive: true);
        }

        return result;
    }

    private const string ReimportLabel = "current, re-import";

    /// <summary>The run with the median total time (the lower middle one of an even count), its runs' totals noted.</summary>
    private static PhaseResult MedianRun(List<PhaseResult> runs)
    {
        var sorted = runs.OrderBy(r => r.Seconds).ToList();
        var median = sorted[(sorted.Count - 1) / 2];
        median.Notes["runs"] = string.Join(" ", runs.Select(r => r.Seconds.ToString("0.00", Invariant)));
        return median;
    }

    /// <summary>Runs a timed phase, first waiting (up to <paramref name="wait"/>) for other work on the machine to stop.</summary>
    private static PhaseResult Timed(TimeSpan wait, params string[] phaseArgs)
    {
        if (wait > TimeSpan.Zero)
        {
            MachineLoad.WaitForIdle(wait);
        }

        return ChildProcess.RunPhase(phaseArgs);
    }

    private static string Share(PhaseResult phase) => SizeResult.Others(phase) is var share && double.IsNaN(share) ? "n/a" : share.ToString("P0", Invariant);

    /// <summary>Both sides must have read every row, and the import stored every row once (the re-import replaced, not added).</summary>
    private static void Check(PhaseResult phase, PhaseResult generate, string what)
    {
        var problems = new List<string>();
        foreach (var file in new[] { "contacts", "referrals" })
        {
            if (phase.Count($"{file}_rows") != generate.Count($"{file}_rows"))
            {
                problems.Add($"{file}: read {phase.Count($"{file}_rows")}, generated {generate.Count($"{file}_rows")}");
            }

            if (phase.Counts.TryGetValue($"{file}_in_table", out var stored) && stored != generate.Count($"{file}_rows"))
            {
                problems.Add($"{file}: {stored} rows in the table, generated {generate.Count($"{file}_rows")}");
            }
        }

        if (phase.Counts.TryGetValue("rejected_rows", out var rejected) && rejected != 0)
        {
            problems.Add($"{rejected} rows rejected");
        }

        if (problems.Count > 0)
        {
            throw new InvalidOperationException($"The {what} did not load what was generated: {string.Join("; ", problems)}.");
        }
    }

    private static string ResultsPath(ImportArguments arguments)
    {
        if (arguments.Results is { } given)
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

    private static void Append(string path, DateTime started, Machine machine, ImportArguments arguments, List<SizeResult> sizes)
    {
        var text = new StringBuilder();
        if (!File.Exists(path))
        {
            text.AppendLine("# Benchmark results");
            text.AppendLine();
            text.AppendLine("Appended by `dotnet run -c Release --project bench/LocalCare.Bench -- import`, newest last. See README.md for what is measured.");
        }

        var bare = sizes[0].Bare[0];
        text.AppendLine();
        text.AppendLine(Invariant, $"## Import vs bare DuckDB scan, {started:yyyy-MM-dd HH:mm} UTC");
        text.AppendLine();
        text.AppendLine(Invariant, $"- date: `{started:ddd MMM d HH:mm:ss} UTC {started:yyyy}` (UTC, start of the run)");
        text.AppendLine(Invariant, $"- command: `dotnet run -c Release --project bench/LocalCare.Bench -- import{string.Concat(arguments.Raw.Select(a => " " + a))}`");
        text.AppendLine(Invariant, $"- machine: {machine.Processors} processors (`nproc`), {machine.Cpu}, {machine.Memory} RAM, {machine.Os}");
        text.AppendLine(Invariant, $"- software: {machine.Runtime}, DuckDB {bare.Notes["duckdb"]} (threads {bare.Notes["threads"]}, memory_limit {bare.Notes["memory_limit"]})");
        text.AppendLine(Invariant, $"- data: `localcare generate` for the demo organisation, seed {BenchFiles.Seed}, default volume, ending {BenchFiles.LastMonth}; files in the page cache (just written)");
        text.AppendLine();
        text.Append(ResultsReport.Markdown(sizes));
        foreach (var size in sizes.Where(s => s.Profiles.Count > 0))
        {
            text.AppendLine();
            text.AppendLine(Invariant, $"Import profile, {ResultsReport.Size(size.Years)} (wall seconds per statement, CPU seconds in brackets; of each variant the run with the median total; fresh warehouse):");
            text.AppendLine();
            text.Append(ResultsReport.Profile(size.Profiles, size.OrderChecks, markdown: true));
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.AppendAllText(path, text.ToString());
    }
}
