using System.Globalization;
using LocalCare.Bench.Imports;
using LocalCare.Core.Metrics;
using Npgsql;

namespace LocalCare.Bench.Compute;

/// <summary>
/// The same metric SQL on PostgreSQL, over the same rows: a new session; each derived relation created as a temporary table
/// (<see cref="MetricStatements.CreateRelation"/>), then each built-in metric's query read to its last row, every column fetched
/// as the sandbox fetches them. Timed from opening the session to the last row.
/// The work is done by the server's processes, so the CPU reported is theirs (parallel workers included) plus this client's;
/// when the server is not on this machine, the whole machine's busy time meanwhile stands in for it.
/// </summary>
public static class PostgresSqlPhase
{
    /// <summary>The server's CPU seconds during the SQL: the phase's work beyond its own process.</summary>
    public const string ServerCpuNote = "server_cpu";

    public static PhaseResult Run(string database, MonthRange range)
    {
        var steps = new List<StepTiming>();
        var notes = new Dictionary<string, string>();
        var machine = MachineLoad.Sample();
        var clock = new PhaseClock();
        double serverCpu;
        using (var connection = new NpgsqlConnection(PostgresWarehouse.For(database)))
        {
            connection.Open();
            var server = PostgresServerCpu.Of(connection.ProcessID);
            notes["cpu_measured"] = server is null ? "the whole machine (the server is not visible in /proc)" : "the server's processes and the client";
            var serverStart = server?.Seconds() ?? 0;
            (double Wall, double Cpu) Now() => (clock.Seconds, server is null ? MachineCpuSeconds(machine, clock.Seconds) : clock.CpuSeconds + server.Seconds());
            StepTiming Step((double Wall, double Cpu) start, string name, long rows)
            {
                var end = Now();
                return new StepTiming(name, end.Wall - start.Wall, end.Cpu - start.Cpu, rows);
            }

            foreach (var relation in MetricStatements.Relations)
            {
                var start = Now();
                using var command = new NpgsqlCommand(MetricStatements.CreateRelation(relation, range), connection) { CommandTimeout = 0 };
                command.ExecuteNonQuery();
                steps.Add(Step(start, MetricStatements.RelationStep(relation.Name), -1));
            }

            foreach (var (id, sql) in MetricStatements.Metrics)
            {
                var start = Now();
                var rows = new List<(double Numerator, double? Denominator)>();
                using (var command = new NpgsqlCommand(MetricStatements.Metric(sql, range), connection) { CommandTimeout = 0 })
                using (var reader = command.ExecuteReader())
                {
                    while (reader.Read())
                    {
                        _ = reader.GetValue(0);
                        _ = reader.GetValue(1);
                        _ = reader.IsDBNull(2) ? null : reader.GetValue(2);
                        rows.Add((reader.IsDBNull(3) ? 0 : Number(reader.GetValue(3)), reader.IsDBNull(4) ? null : Number(reader.GetValue(4))));
                    }
                }

                steps.Add(Step(start, MetricStatements.QueryStep(id), rows.Count));
                BaseRowSums.Note(notes, id, rows);
            }

            serverCpu = server is null ? Math.Max(0, MachineCpuSeconds(machine, clock.Seconds) - clock.CpuSeconds) : server.Seconds() - serverStart;
        }

        var (seconds, clientCpu) = (clock.Seconds, clock.CpuSeconds);
        notes[ServerCpuNote] = serverCpu.ToString("0.000", CultureInfo.InvariantCulture);
        notes["client_cpu"] = clientCpu.ToString("0.000", CultureInfo.InvariantCulture);
        return new PhaseResult("postgres-sql", seconds, serverCpu + clientCpu, PeakMemory.Bytes(),
            new() { ["base_rows"] = steps.Where(s => s.Rows >= 0).Sum(s => s.Rows) }, notes, steps);
    }

    /// <summary>Busy processor-seconds of the whole machine since <paramref name="before"/>; NaN where /proc/stat is missing.</summary>
    private static double MachineCpuSeconds((long Idle, long Total)? before, double seconds)
    {
        var after = MachineLoad.Sample();
        if (before is null || after is null)
        {
            return double.NaN;
        }

        var total = after.Value.Total - before.Value.Total;
        var busy = total <= 0 ? 0 : 1 - ((after.Value.Idle - before.Value.Idle) / (double)total);
        return busy * seconds * Environment.ProcessorCount;
    }

    private static double Number(object value) => Convert.ToDouble(value, CultureInfo.InvariantCulture);
}
