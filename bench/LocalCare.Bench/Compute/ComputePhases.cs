using System.Globalization;
using LocalCare.Bench.Imports;
using LocalCare.Core.Generation;
using LocalCare.Core.Metrics;

namespace LocalCare.Bench.Compute;

/// <summary>
/// The compute benchmark's measured steps, each run in a child process by <see cref="ChildProcess"/> (as <c>phase NAME</c>, like the
/// import benchmark's): <c>compute-setup</c>, <c>compute-run</c>, <c>compute-profile</c>, <c>compute-duckdb</c>, <c>postgres-load</c>,
/// <c>postgres-sql</c> and <c>compute-spc</c>. Each prints one <see cref="PhaseResult"/> line.
/// </summary>
public static class ComputePhases
{
    private static readonly string[] Names = ["compute-setup", "compute-run", "compute-profile", "compute-duckdb", "postgres-load", "postgres-sql", "compute-spc"];

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
            "compute-setup" => await SetupPhase.RunAsync(Get("dir"), Get("data")),
            "compute-run" => await RecomputePhase.RunAsync(Get("data")),
            "compute-profile" => await RecomputeProfile.RunAsync(Get("data")),
            "compute-duckdb" => DuckDbSqlPhase.Run(Get("data"), Range()),
            "postgres-load" => PostgresWarehouse.Load(Get("dir"), Get("database")),
            "postgres-sql" => PostgresSqlPhase.Run(Get("database"), Range()),
            "compute-spc" => SpcPhase.Run(),
            _ => throw new ArgumentException($"Unknown phase '{args[0]}'."),
        };

        using (var process = System.Diagnostics.Process.GetCurrentProcess())
        {
            // All of this process's CPU, start-up included: the parent subtracts it from the machine's load to see other work. The
            // PostgreSQL server's CPU is the phase's own work too, so it is added (what the phase measured beyond its own process).
            var own = process.TotalProcessorTime.TotalSeconds + (result.Notes.TryGetValue(PostgresSqlPhase.ServerCpuNote, out var server) ? double.Parse(server, CultureInfo.InvariantCulture) : 0);
            result.Notes["process_cpu"] = own.ToString("0.000", CultureInfo.InvariantCulture);
        }

        Console.WriteLine(result.ToLine());
        return 0;
    }
}
