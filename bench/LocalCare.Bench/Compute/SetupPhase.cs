using System.Globalization;
using LocalCare.Bench.Imports;
using LocalCare.Core.Metrics;
using LocalCare.Data.Imports;
using LocalCare.Data.Setup;
using LocalCare.Warehouse;
using LocalCare.Warehouse.Imports;
using LocalCare.Warehouse.Metrics;

namespace LocalCare.Bench.Compute;

/// <summary>
/// Makes the data directory every recompute reads, as a user would: <c>localcare init</c> (no demo), <c>localcare import</c>
/// of the generated directory (organisation.csv and every extract), then one <c>localcare compute</c>, so every timed repeat
/// after it is a recompute (the values of the range are deleted and stored again), not a first fill of an empty table.
/// </summary>
public static class SetupPhase
{
    public static async Task<PhaseResult> RunAsync(string extractsDirectory, string dataDirectory)
    {
        var clock = new PhaseClock();
        await using var app = AppServices.Open(dataDirectory);
        await app.Get<Initialiser>().InitialiseAsync(demo: false, dataDirectory);
        var initialised = clock.Seconds;

        var import = new PhaseClock();
        var outcome = await app.Get<ImportRunner>().RunAsync(ImportPlan.For([extractsDirectory]), new ImportOptions("bench"));
        var importSeconds = import.Seconds;
        var report = outcome.Warehouse ?? throw new InvalidOperationException("The import stored nothing in the warehouse.");
        if (!report.Stored || report.Files.Sum(f => f.RowsRejected) > 0)
        {
            throw new InvalidOperationException($"The import rejected {report.Files.Sum(f => f.RowsRejected)} rows of generated data.");
        }

        var first = DataMonths.Earliest(app.Warehouse) ?? throw new InvalidOperationException("The warehouse is empty after the import.");
        var range = new MonthRange(first, BenchFiles.LastMonth);
        var compute = new PhaseClock();
        var computed = await app.Get<Data.Metrics.MetricCompute>().RunAsync(range, "bench");
        var computeSeconds = compute.Seconds;

        var counts = TableRows(app.Warehouse);
        counts["values"] = computed.Values;
        counts["warehouse_bytes"] = new FileInfo(app.Warehouse.Path).Length;
        return new PhaseResult("compute-setup", clock.Seconds, clock.CpuSeconds, PeakMemory.Bytes(), counts,
            new()
            {
                ["from"] = range.From.ToString(),
                ["to"] = range.To.ToString(),
                ["months"] = range.Count.ToString(CultureInfo.InvariantCulture),
                ["init_seconds"] = initialised.ToString("0.000", CultureInfo.InvariantCulture),
                ["import_seconds"] = importSeconds.ToString("0.000", CultureInfo.InvariantCulture),
                ["first_compute_seconds"] = computeSeconds.ToString("0.000", CultureInfo.InvariantCulture),
            },
            []);
    }

    /// <summary>The rows of every extract's table in the warehouse, as <c>rows_{table}</c>: what PostgreSQL must hold too.</summary>
    public static Dictionary<string, long> TableRows(WarehouseDatabase warehouse)
    {
        using var connection = warehouse.OpenReader() ?? throw new InvalidOperationException("There is no warehouse.");
        return Extracts.All.ToDictionary(spec => "rows_" + spec.Table, spec => Sql.Scalar<long>(connection, $"SELECT count(*) FROM {spec.Table}"));
    }
}
