using LocalCare.Bench.Imports;
using LocalCare.Core.Metrics;
using LocalCare.Data.Metrics;
using LocalCare.Warehouse.Metrics;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Bench.Compute;

/// <summary>
/// The measured full recompute: src's <see cref="MetricCompute.RunAsync"/> over every month of the data, in a process of its
/// own (a fresh service provider, nothing cached from an earlier run), timed around the call: loading the metrics and the
/// organisation, the derived relations, every metric's query, the roll-up to every unit, the manual values, and storing every
/// value in the app database in one transaction.
/// </summary>
public static class RecomputePhase
{
    public static async Task<PhaseResult> RunAsync(string dataDirectory)
    {
        await using var app = AppServices.Open(dataDirectory);

        // What `localcare compute` does before it computes, outside the timing as it is outside the command's own: the app
        // database's state check (EF Core builds its model there) and the default range (the warehouse's earliest month).
        var db = app.Db;
        _ = await db.Database.GetAppliedMigrationsAsync();
        _ = await db.Database.GetPendingMigrationsAsync();
        var first = DataMonths.Earliest(app.Warehouse) ?? throw new InvalidOperationException("The warehouse is empty.");
        var range = new MonthRange(first, BenchFiles.LastMonth);
        var compute = app.Get<MetricCompute>();

        var clock = new PhaseClock();
        var report = await compute.RunAsync(range, "bench");
        var (seconds, cpu) = (clock.Seconds, clock.CpuSeconds);

        // The data directory holds only this range's values, so every stored value must be one of this run's.
        var stored = await db.MetricValues.CountAsync();
        return new PhaseResult("compute", seconds, cpu, PeakMemory.Bytes(),
            new()
            {
                ["values"] = report.Values,
                ["stored"] = stored,
                ["metrics"] = report.PerMetric.Count,
                ["app_database_bytes"] = AppServices.AppDatabaseBytes(dataDirectory),
            },
            new() { ["range"] = range.ToString() },
            []);
    }
}
