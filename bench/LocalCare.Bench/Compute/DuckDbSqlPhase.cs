using LocalCare.Bench.Imports;
using LocalCare.Core.Metrics;
using LocalCare.Warehouse;
using LocalCare.Warehouse.Metrics;

namespace LocalCare.Bench.Compute;

/// <summary>
/// The metric SQL alone on DuckDB, as the recompute runs it: src's <see cref="MetricSandbox"/> over the warehouse, every derived
/// relation built, then every built-in metric's base rows read. Nothing is rolled up or stored: this is the engine's share of the
/// recompute, and what PostgreSQL runs on the other side.
/// </summary>
public static class DuckDbSqlPhase
{
    public static PhaseResult Run(string dataDirectory, MonthRange range)
    {
        var warehouse = WarehouseDatabase.In(dataDirectory);
        var steps = new List<StepTiming>();
        var notes = new Dictionary<string, string>();
        var clock = new PhaseClock();
        using (var sandbox = MetricSandbox.Open(warehouse))
        {
            foreach (var relation in MetricStatements.Relations)
            {
                var step = new PhaseClock();
                sandbox.Describe($"SELECT * FROM {relation.Name}", range);
                steps.Add(new StepTiming(MetricStatements.RelationStep(relation.Name), step.Seconds, step.CpuSeconds, -1));
            }

            foreach (var (id, sql) in MetricStatements.Metrics)
            {
                var step = new PhaseClock();
                var rows = sandbox.BaseRows(sql, range, TimeSpan.FromHours(1));
                steps.Add(new StepTiming(MetricStatements.QueryStep(id), step.Seconds, step.CpuSeconds, rows.Count));
                BaseRowSums.Note(notes, id, rows.Select(r => (r.Numerator, r.Denominator)));
            }
        }

        var (seconds, cpu) = (clock.Seconds, clock.CpuSeconds);
        using (var reader = warehouse.OpenReader()!)
        {
            notes["duckdb"] = Sql.Scalar<string>(reader, "SELECT version()");
            notes["threads"] = Sql.Scalar<string>(reader, "SELECT current_setting('threads')");
            notes["memory_limit"] = Sql.Scalar<string>(reader, "SELECT current_setting('memory_limit')");
        }

        return new PhaseResult("duckdb-sql", seconds, cpu, PeakMemory.Bytes(), new() { ["base_rows"] = steps.Where(s => s.Rows >= 0).Sum(s => s.Rows) }, notes, steps);
    }
}
