using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using LocalCare.Bench.Imports;
using Npgsql;

namespace LocalCare.Bench.Compute;

/// <summary>
/// The compute benchmark of issue 4: per size, generate the extracts, import them into a data directory (and compute once), load
/// the same files into a fresh PostgreSQL database; then per repeat time LocalCare's full recompute, the metric SQL alone on
/// DuckDB and the same SQL on PostgreSQL, each in a child process of its own; then profile the recompute. Then SPC over
/// 10,000 series. Prints the tables and appends them to RESULTS.md; exits 0 when every size meets the targets.
/// </summary>
public static class ComputeBenchmark
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>The PostgreSQL databases made and not yet dropped, so an interruption drops them too.</summary>
    private static readonly ConcurrentDictionary<string, bool> Databases = new();

    public static Task<int> RunAsync(ComputeArguments arguments)
    {
#if DEBUG
        Console.Error.WriteLine("warning: a Debug build; run with -c Release for figures worth recording (nothing is appended to RESULTS.md).");
        arguments = arguments with { Record = false };
#endif
        var work = Path.GetFullPath(arguments.Work ?? Path.Combine(Path.GetTempPath(), "localcare-bench-" + Guid.NewGuid().ToString("N")[..8]));
        BenchWork.RequireEmpty(work);

        // The phases are child processes: they find the server here (not on their command line, which others can read).
        Environment.SetEnvironmentVariable(ComputeArguments.PostgresVariable, arguments.Postgres);
        string postgresVersion;
        try
        {
            postgresVersion = PostgresWarehouse.Probe();
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or InvalidOperationException or System.Net.Sockets.SocketException)
        {
            throw new ArgumentException($"PostgreSQL at {arguments.PostgresDescription()} is not usable ({e.Message}). Start it (e.g. 'pg_ctlcluster 15 main start'), " +
                                        $"or give --postgres CONNSTRING (or set {ComputeArguments.PostgresVariable}) for a role with CREATEDB.", e);
        }

        Directory.CreateDirectory(work);
        var started = DateTime.UtcNow;
        var machine = Machine.Describe();
        var free = new DriveInfo(work).AvailableFreeSpace;
        Console.WriteLine($"Work directory {work} ({free / 1e9:0.0} GB free); machine: {machine.Processors} processors, {machine.Cpu}, {machine.Memory}, {machine.Os}, {machine.Runtime}; "
                          + $"PostgreSQL {postgresVersion} at {arguments.PostgresDescription()}.");
        var needed = arguments.Years.Max() * 0.25e9;
        if (free < needed)
        {
            Console.Error.WriteLine($"warning: {arguments.Years.Max()} years need about {needed / 1e9:0.0} GB in the work directory; {free / 1e9:0.0} GB is free.");
        }

        // Interrupted (Ctrl+C, kill): stop the running phase, drop the PostgreSQL database and remove the work directory, as a normal end does.
        void Interrupted(PosixSignalContext context)
        {
            ChildProcess.KillRunning();
            DropAll();
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
        var sizes = new List<ComputeSizeResult>();
        PhaseResult spc;
        try
        {
            foreach (var years in arguments.Years)
            {
                sizes.Add(RunSize(work, years, arguments.Repeat, wait, arguments.Keep));
            }

            Console.WriteLine($"SPC: {SpcPhase.Series:#,0} series, {SpcPhase.Passes} timed passes ...");
            spc = Timed(wait, "compute-spc");
        }
        finally
        {
            DropAll();
            if (!arguments.Keep)
            {
                Directory.Delete(work, recursive: true);
            }
        }

        var tables = Tables(sizes, spc);
        Console.WriteLine();
        foreach (var (title, table) in tables)
        {
            Console.WriteLine(title);
            Console.WriteLine(ComputeReport.Console(table));
        }

        foreach (var size in sizes.Where(s => s.Differences.Count > 0))
        {
            Console.Error.WriteLine($"{ResultsReport.Size(size.Years)}: the engines' base rows differ, so the ratio compares different work:");
            size.Differences.ForEach(d => Console.Error.WriteLine("  " + d));
        }

        if (arguments.Record)
        {
            var path = ResultsPath(arguments.Results);
            Append(path, started, machine, arguments, sizes, tables);
            Console.WriteLine($"Appended to {path}.");
        }

        Console.WriteLine(Verdict(sizes));
        return Task.FromResult(Passed(sizes) ? 0 : 1);
    }

    /// <summary>The targets are set for 10 LCO-years: a run without that size has not shown them met.</summary>
    private static bool Passed(List<ComputeSizeResult> sizes) => sizes.Any(s => s.Judged) && sizes.All(s => s.Met);

    private static string Verdict(List<ComputeSizeResult> sizes)
    {
        var judged = sizes.Where(s => s.Judged).ToList();
        var lines = judged.Select(s => string.Create(Invariant,
            $"{ResultsReport.Size(s.Years)}: full recompute {s.RecomputeSeconds:0.00} s (target <= {ComputeSizeResult.MaxSeconds:0} s{(s.Years > ComputeSizeResult.TargetYears ? ", not set for this size" : s.TimeMet ? ", met" : ", NOT met")}), "
            + $"PostgreSQL {s.Ratio:0.0}x slower (target >= {ComputeSizeResult.MinRatio:0}x, {(s.RatioMet ? "met" : "NOT met")})")).ToList();
        if (judged.Count == 0)
        {
            lines.Add($"The targets are set for {ComputeSizeResult.TargetYears} LCO-years, which this run did not include: not shown met.");
        }

        lines.AddRange(sizes.Where(s => s.Differences.Count > 0).Select(s => $"{ResultsReport.Size(s.Years)}: the engines' base rows differ ({s.Differences.Count} metrics): the comparison does not hold."));
        return (Passed(sizes) ? "Targets met. " : "Targets NOT met. ") + string.Join(" ", lines);
    }

    private static ComputeSizeResult RunSize(string work, int years, int repeats, TimeSpan wait, bool keep)
    {
        var size = ResultsReport.Size(years);
        var root = Path.Combine(work, $"years-{years}");
        var extracts = Path.Combine(root, "extracts");
        var data = Path.Combine(root, "data");
        Console.WriteLine($"{size}: generating ...");
        var generate = ChildProcess.RunPhase("generate", "--dir", extracts, "--years", years.ToString(Invariant));
        Console.WriteLine($"{size}: {generate.Count("contacts_rows"):#,0} contacts, {generate.Count("referrals_rows"):#,0} referrals, {generate.Count("all_bytes") / 1e6:#,0.0} MB in all, generated in {generate.Seconds:0.0} s; "
                          + "init, import and a first compute ...");
        var setup = ChildProcess.RunPhase("compute-setup", "--dir", extracts, "--data", data);
        foreach (var table in new[] { "referrals", "contacts" })
        {
            Require(setup.Count("rows_" + table) == generate.Count(table + "_rows"), $"the warehouse holds {setup.Count("rows_" + table)} {table}, {generate.Count(table + "_rows")} were generated");
        }

        var from = setup.Notes["from"];
        var to = setup.Notes["to"];
        Console.WriteLine($"{size}: imported in {setup.Notes["import_seconds"]} s, months {from} to {to}, first compute {setup.Notes["first_compute_seconds"]} s ({setup.Count("values"):#,0} values); loading PostgreSQL ...");

        var database = PostgresWarehouse.NewName();
        Databases[database] = true;
        try
        {
            var load = ChildProcess.RunPhase("postgres-load", "--dir", extracts, "--database", database);
            foreach (var (key, rows) in setup.Counts.Where(c => c.Key.StartsWith("rows_", StringComparison.Ordinal)))
            {
                Require(load.Count(key) == rows, $"PostgreSQL's {key[5..]} holds {load.Count(key)} rows, the warehouse {rows}");
            }

            Console.WriteLine($"{size}: PostgreSQL loaded in {load.Seconds:0.0} s ({load.Count("database_bytes") / 1e6:#,0} MB)");
            var result = new ComputeSizeResult(years, generate, setup, load, [], [], [], [], []);
            for (var repeat = 1; repeat <= repeats; repeat++)
            {
                // Interleaved, so a busy spell on the machine does not fall on one side only.
                var recompute = Timed(wait, "compute-run", "--data", data);
                Require(recompute.Count("values") == setup.Count("values") && recompute.Count("stored") == setup.Count("values"),
                    $"the recompute computed {recompute.Count("values")} values and the app database holds {recompute.Count("stored")}; the first compute made {setup.Count("values")}");
                var duck = Timed(wait, "compute-duckdb", "--data", data, "--from", from, "--to", to);
                var pg = Timed(wait, "postgres-sql", "--database", database, "--from", from, "--to", to);
                var profile = Timed(wait, "compute-profile", "--data", data);
                result.Recompute.Add(recompute);
                result.DuckDb.Add(duck);
                result.Postgres.Add(pg);
                result.Profiles.Add(profile);
                foreach (var difference in BaseRowSums.Differences(duck, pg).Where(d => !result.Differences.Contains(d)))
                {
                    result.Differences.Add(difference);
                }

                Console.WriteLine($"{size}, repeat {repeat}: recompute {recompute.Seconds:0.000} s (CPU {recompute.CpuSeconds:0.000}), DuckDB SQL {duck.Seconds:0.000} s, PostgreSQL SQL {pg.Seconds:0.000} s "
                                  + $"({pg.Seconds / recompute.Seconds:0.0}x the recompute), profile {profile.Seconds:0.000} s; other processes used {Share(recompute)}, {Share(duck)}, {Share(pg)}, {Share(profile)} of the machine");
            }

            return result;
        }
        finally
        {
            PostgresWarehouse.Drop(database);
            Databases.TryRemove(database, out _);
            if (!keep)
            {
                Directory.Delete(root, recursive: true);
            }
        }
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

    private static void DropAll()
    {
        foreach (var database in Databases.Keys)
        {
            try
            {
                PostgresWarehouse.Drop(database);
                Databases.TryRemove(database, out _);
            }
            catch (NpgsqlException e)
            {
                Console.Error.WriteLine($"Could not drop the PostgreSQL database {database} ({e.Message}); drop it by hand.");
            }
        }
    }

    private static void Require(bool condition, string problem)
    {
        if (!condition)
        {
            throw new InvalidOperationException($"The compute benchmark's data do not agree: {problem}.");
        }
    }

    private static string Share(PhaseResult phase) => SizeResult.Others(phase) is var share && double.IsNaN(share) ? "n/a" : share.ToString("P0", Invariant);

    private static List<(string Title, ComputeReport.Table Table)> Tables(List<ComputeSizeResult> sizes, PhaseResult spc) =>
    [
        ("Full recompute against the same SQL on PostgreSQL:", ComputeReport.Results(sizes)),
        ("Where the recompute's time goes (wall seconds, CPU seconds in brackets; of the profile runs the one with the median total):", ComputeReport.Profile(sizes)),
        ("Each statement on both engines (wall seconds, CPU seconds in brackets; each engine's run with the median total; ratio = PostgreSQL / DuckDB wall):", ComputeReport.Statements(sizes)),
        ("SPC (src's SpcCalculator):", ComputeReport.Spc(spc)),
    ];

    private static string ResultsPath(string? given)
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

    private static void Append(string path, DateTime started, Machine machine, ComputeArguments arguments, List<ComputeSizeResult> sizes,
        List<(string Title, ComputeReport.Table Table)> tables)
    {
        var text = new StringBuilder();
        if (!File.Exists(path))
        {
            text.AppendLine("# Benchmark results");
            text.AppendLine();
            text.AppendLine("Appended by `dotnet run -c Release --project bench/LocalCare.Bench -- import|compute`, newest last. See README.md for what is measured.");
        }

        var duck = sizes[0].DuckDb[0];
        var load = sizes[0].PostgresLoad;
        text.AppendLine();
        text.AppendLine(Invariant, $"## Compute vs PostgreSQL, {started:yyyy-MM-dd HH:mm} UTC");
        text.AppendLine();
        text.AppendLine(Invariant, $"- date: `{started:ddd MMM d HH:mm:ss} UTC {started:yyyy}` (UTC, start of the run)");
        text.AppendLine(Invariant, $"- command: `{arguments.RecordedCommand()}`");
        text.AppendLine(Invariant, $"- machine: {machine.Processors} processors (`nproc`), {machine.Cpu}, {machine.Memory} RAM, {machine.Os}");
        text.AppendLine(Invariant, $"- software: {machine.Runtime}, DuckDB {duck.Notes["duckdb"]} (threads {duck.Notes["threads"]}, memory_limit {duck.Notes["memory_limit"]}), app database SQLite (the default)");
        var settings = string.Join(", ", PostgresWarehouse.RecordedSettings.Select(s => $"{s} {load.Notes[s]}"));
        text.AppendLine(Invariant, $"- PostgreSQL: {load.Notes["version"]}, at {arguments.PostgresDescription()}; the server's defaults, nothing set by the benchmark: {settings}; no indexes; every table VACUUM ANALYZEd after COPY");
        text.AppendLine(Invariant, $"- data: `localcare generate` for the demo organisation, seed {BenchFiles.Seed}, default volume, ending {BenchFiles.LastMonth}; imported with `localcare import`; the range computed is every month of the data; SPC: {SpcPhase.Series:#,0} series from seed {SpcSeries.Seed}");
        text.AppendLine(Invariant, $"- targets (issue 4): full recompute of {ComputeSizeResult.TargetYears} LCO-years <= {ComputeSizeResult.MaxSeconds:0} s on 2 cores, and >= {ComputeSizeResult.MinRatio:0}x faster than PostgreSQL running the same SQL. **{Verdict(sizes)}**");
        foreach (var (title, table) in tables)
        {
            text.AppendLine();
            text.AppendLine(title);
            text.AppendLine();
            text.Append(ComputeReport.Markdown(table));
        }

        foreach (var size in sizes.Where(s => s.Differences.Count > 0))
        {
            text.AppendLine();
            text.AppendLine(Invariant, $"Base rows that differ between the engines, {ResultsReport.Size(size.Years)}:");
            text.AppendLine();
            foreach (var difference in size.Differences)
            {
                text.AppendLine(Invariant, $"- {difference}");
            }
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.AppendAllText(path, text.ToString());
    }
}
