using System.Globalization;
using LocalCare.Core.Generation;
using LocalCare.Core.Metrics;
using LocalCare.Testing;
using LocalCare.Warehouse.Imports;
using LocalCare.Warehouse.Metrics;
using LocalCare.Warehouse.Schema;
using Npgsql;

namespace LocalCare.Warehouse.Tests.Metrics;

/// <summary>
/// Every built-in metric's SQL (and the derived relations it reads) runs unchanged on PostgreSQL and gives the same base rows
/// as on DuckDB: the library stays in the SQL both engines share, so it ports (and the compute benchmark can compare them).
/// </summary>
public sealed class MetricPortabilityTests : IDisposable
{
    private static readonly MonthRange Range = new(new YearMonth(2024, 1), new YearMonth(2025, 3));
    private readonly MetricData _data = new();

    [Fact]
    public void EveryMetric_GivesTheSameBaseRowsOnPostgreSqlAsOnDuckDb()
    {
        var (database, connectionString) = PostgresServer.NewDatabase("localcare_portability");
        using (var server = new NpgsqlConnection(PostgresServer.Require()))
        {
            server.Open();
            Execute(server, $"CREATE DATABASE \"{database}\"");
        }

        Fill(_data);
        try
        {
            using var postgres = new NpgsqlConnection(connectionString);
            postgres.Open();
            CopyTables(postgres);
            using var sandbox = MetricSandbox.Open(_data.Database);
            foreach (var relation in DerivedRelation.All)
            {
                Execute(postgres, $"CREATE TEMP TABLE {relation.Name} AS {MonthsSql.WrapAll(relation.Sql, Range)}");
            }

            foreach (var file in MetricLibrary.BuiltIn())
            {
                var duck = Sorted(sandbox.BaseRows(file.Sql, Range, TimeSpan.FromMinutes(1)));
                var pg = Sorted(PostgresRows(postgres, MonthsSql.Wrap(file.Sql, Range)));

                Assert.True(duck.Count > 0, $"{file.Metric.Id} has no rows in the fixture");
                Assert.Equal(duck.Select(Key), pg.Select(Key));
                for (var i = 0; i < duck.Count; i++)
                {
                    Close(duck[i].Numerator, pg[i].Numerator, file.Metric.Id);
                    Assert.Equal(duck[i].Denominator is null, pg[i].Denominator is null);
                    Close(duck[i].Denominator ?? 0, pg[i].Denominator ?? 0, file.Metric.Id);
                }
            }
        }
        finally
        {
            PostgresServer.DropDatabase(database);
        }
    }

    /// <summary>Two years of varied rows across the test organisation, from a fixed seed.</summary>
    private static void Fill(MetricData data)
    {
        var random = new Random(20261123);
        string? Neighbourhood() => random.Next(5) switch { 0 => null, 1 or 2 => "INT-A", _ => "INT-B" };
        string Service() => random.Next(3) == 0 ? "CRISIS-N" : "POD";
        string At(DateTime t) => $"TIMESTAMP '{t.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)}'";
        var start = new DateTime(2023, 6, 1);
        var referrals = new List<string>();
        var contacts = new List<string>();
        for (var i = 0; i < 400; i++)
        {
            var received = start.AddMinutes(random.Next(60 * 24 * 640));
            var urgency = random.Next(6) switch { 0 => "crisis", 1 => "urgent", _ => "routine" };
            var discharged = random.Next(3) == 0 ? At(received.AddDays(random.Next(1, 400))) : "NULL";
            var service = urgency == "crisis" ? "CRISIS-N" : Service();
            var neighbourhood = Neighbourhood();
            referrals.Add($"'R{i}', 'P{i}', '{service}', {Quote(neighbourhood)}, {At(received)}, '{urgency}', {discharged}");
            for (var j = random.Next(4); j > 0; j--)
            {
                var scheduled = received.AddMinutes(random.Next(urgency == "crisis" ? 240 : 60 * 24 * 200));
                var attendance = random.Next(9) switch { 0 => "NULL", 1 => "'0'", 2 => "'2'", 3 => "'3'", 4 => "'4'", 5 => "'7'", 6 => "'6'", _ => "'5'" };
                contacts.Add($"'C{i}-{j}', '{(random.Next(10) == 0 ? "R-GONE" : "R" + i)}', 'P{i}', '{service}', {Quote(neighbourhood)}, {At(scheduled)}, {attendance}, NULL, {random.Next(120)}");
            }
        }

        data.Insert("referrals", [.. referrals]);
        data.Insert("contacts", [.. contacts]);
        var plan = new List<string>();
        var workforce = new List<string>();
        var beds = new List<string>();
        var incidents = new List<string>();
        var experience = new List<string>();
        for (var m = 0; m < 22; m++)
        {
            var month = new DateOnly(2023, 6, 1).AddMonths(m).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            plan.Add($"DATE '{month}', 'POD', {random.Next(5, 40)}");
            foreach (var service in new[] { "POD", "CRISIS-N" })
            {
                if (service == "CRISIS-N" && m == 5)
                {
                    continue; // a missing month: no rolling 12 months for a year after it
                }

                workforce.Add($"DATE '{month}', '{service}', {random.Next(20, 30)}.5, {random.Next(15, 20)}.25, {random.Next(40, 60)}, {random.Next(4)}, {random.Next(800, 900)}.5, {random.Next(10, 40)}.75, {random.Next(5, 10)}, {random.Next(0, 5)}");
            }

            beds.Add($"DATE '{month}', 'HAH-N', 10, {random.Next(14)}");
        }

        for (var i = 0; i < 150; i++)
        {
            var at = At(start.AddMinutes(random.Next(60 * 24 * 640)));
            var (category, grade) = random.Next(2) == 0
                ? ("pressure_ulcer", new[] { "cat1", "cat2", "cat3", "cat4", "dti" }[random.Next(5)])
                : ("fall", new[] { "none", "low", "moderate", "severe", "death" }[random.Next(5)]);
            incidents.Add($"'I{i}', {at}, '{Service()}', {Quote(Neighbourhood())}, '{category}', '{grade}', {(random.Next(3) == 0 ? "NULL" : random.Next(2) == 0 ? "true" : "false")}");
            var day = DateOnly.FromDateTime(start.AddDays(random.Next(640))).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var instrument = new[] { "wmtm", "qcr", "fft" }[random.Next(3)];
            var score = instrument == "fft" ? random.Next(1, 7).ToString(CultureInfo.InvariantCulture) : (random.Next(0, 1001) / 10.0).ToString(CultureInfo.InvariantCulture);
            experience.Add($"'E{i}', DATE '{day}', '{Service()}', {Quote(Neighbourhood())}, '{instrument}', {score}");
        }

        data.Insert("activity_plan", [.. plan]).Insert("workforce", [.. workforce]).Insert("virtual_ward", [.. beds])
            .Insert("incidents", [.. incidents]).Insert("experience", [.. experience]);
    }

    private void CopyTables(NpgsqlConnection postgres)
    {
        using var duck = _data.Database.OpenReader()!;
        foreach (var spec in Extracts.All)
        {
            var columns = string.Join(", ", spec.Columns.Select(c => $"{c.Name} {(WarehouseSchema.SqlType(c.Type) == "DOUBLE" ? "DOUBLE PRECISION" : WarehouseSchema.SqlType(c.Type))}"));
            Execute(postgres, $"CREATE TABLE {spec.Table} ({columns})");
            var rows = Sql.Query(duck, $"SELECT * FROM {spec.Table}", r => Enumerable.Range(0, r.FieldCount).Select(r.GetValue).ToArray());
            foreach (var row in rows)
            {
                using var insert = new NpgsqlCommand($"INSERT INTO {spec.Table} VALUES ({string.Join(", ", row.Select((_, i) => "$" + (i + 1)))})", postgres);
                foreach (var value in row)
                {
                    insert.Parameters.Add(new NpgsqlParameter { Value = value is DateTime { TimeOfDay.Ticks: 0 } date && IsDate(spec, insert.Parameters.Count) ? DateOnly.FromDateTime(date) : value });
                }

                insert.ExecuteNonQuery();
            }
        }
    }

    private static bool IsDate(ExtractSpec spec, int ordinal) => WarehouseSchema.SqlType(spec.Columns[ordinal].Type) == "DATE";

    private static List<MetricBaseRow> PostgresRows(NpgsqlConnection postgres, string sql)
    {
        using var command = new NpgsqlCommand(sql, postgres);
        using var reader = command.ExecuteReader();
        var rows = new List<MetricBaseRow>();
        while (reader.Read())
        {
            var month = reader.GetValue(0) switch { DateOnly d => d, DateTime t => DateOnly.FromDateTime(t), var v => throw new InvalidOperationException($"month {v}") };
            rows.Add(new MetricBaseRow(YearMonth.Of(month), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2),
                Convert.ToDouble(reader.GetValue(3), CultureInfo.InvariantCulture), reader.IsDBNull(4) ? null : Convert.ToDouble(reader.GetValue(4), CultureInfo.InvariantCulture)));
        }

        return rows;
    }

    private static List<MetricBaseRow> Sorted(List<MetricBaseRow> rows) =>
        [.. rows.OrderBy(r => r.Month).ThenBy(r => r.ServiceCode, StringComparer.Ordinal).ThenBy(r => r.NeighbourhoodCode ?? "", StringComparer.Ordinal)];

    private static string Key(MetricBaseRow row) => $"{row.Month} {row.ServiceCode} {row.NeighbourhoodCode}";

    /// <summary>Equal to the last few bits: PostgreSQL sums and divides some columns as exact numerics, DuckDB as doubles.</summary>
    private static void Close(double expected, double actual, string metric) =>
        Assert.True(Math.Abs(expected - actual) <= 1e-12 * Math.Max(1, Math.Abs(expected)), $"{metric}: DuckDB {expected}, PostgreSQL {actual}");

    private static string Quote(string? text) => text is null ? "NULL" : $"'{text}'";

    private static void Execute(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    public void Dispose() => _data.Dispose();
}
