using System.Globalization;
using LocalCare.Bench.Imports;
using LocalCare.Warehouse.Imports;
using LocalCare.Warehouse.Schema;
using Npgsql;

namespace LocalCare.Bench.Compute;

/// <summary>
/// The PostgreSQL side's data: a fresh database holding the warehouse's extract tables with PostgreSQL's types, loaded from the
/// same generated CSV files with COPY, then <c>VACUUM ANALYZE</c>d — what an LCO BI team would set up with the tool it uses
/// today. No indexes: the warehouse has none either, and every metric query reads whole tables.
/// </summary>
public static class PostgresWarehouse
{
    /// <summary>The server's settings that decide how the SQL runs; all left at the server's defaults and recorded as found.</summary>
    public static IReadOnlyList<string> RecordedSettings { get; } =
        ["shared_buffers", "work_mem", "temp_buffers", "effective_cache_size", "max_parallel_workers_per_gather", "max_parallel_workers", "jit"];

    /// <summary>The server's connection string: the benchmark puts it in the environment of the phases it starts.</summary>
    public static string Server() =>
        Environment.GetEnvironmentVariable(ComputeArguments.PostgresVariable) is { Length: > 0 } value ? value : ComputeArguments.DefaultPostgres;

    /// <summary>A connection string to <paramref name="database"/> on the server, unpooled (closing it ends the session and its temporary tables).</summary>
    public static string For(string database) =>
        new NpgsqlConnectionStringBuilder(Server()) { Database = database, Pooling = false, CommandTimeout = 0 }.ConnectionString;

    /// <summary>A new database name of the benchmark's own, so it never touches another.</summary>
    public static string NewName() => "localcare_bench_" + Guid.NewGuid().ToString("N")[..12];

    /// <summary>Checks the server answers and may create databases, before anything is generated.</summary>
    public static string Probe()
    {
        using var connection = new NpgsqlConnection(Server());
        connection.Open();
        using var command = new NpgsqlCommand("SELECT rolcreatedb OR rolsuper FROM pg_roles WHERE rolname = current_user", connection);
        return command.ExecuteScalar() is true
            ? connection.PostgreSqlVersion.ToString()
            : throw new InvalidOperationException("The PostgreSQL role cannot create databases (it needs CREATEDB).");
    }

    /// <summary>
    /// Creates <paramref name="database"/> and loads every extract file of <paramref name="directory"/> into it; timed from
    /// CREATE DATABASE to the end of VACUUM ANALYZE. Counts are each table's rows (<c>rows_{table}</c>) and the database's bytes.
    /// </summary>
    public static PhaseResult Load(string directory, string database)
    {
        var clock = new PhaseClock();
        var steps = new List<StepTiming>();
        using (var server = new NpgsqlConnection(Server()))
        {
            server.Open();
            Execute(server, $"CREATE DATABASE \"{database}\"");
        }

        var counts = new Dictionary<string, long>();
        using var connection = new NpgsqlConnection(For(database));
        connection.Open();
        foreach (var spec in Extracts.All)
        {
            var step = new PhaseClock();
            Execute(connection, CreateTable(spec));
            var path = Path.Combine(directory, spec.FileName);
            if (File.Exists(path))
            {
                Copy(connection, spec.Table, path);
            }

            foreach (var month in spec.Columns.Where(c => c.Type == ColumnType.Month))
            {
                // The file's months are YYYY-MM text; the warehouse stores them as the month's first day (DATE), as the import does.
                Execute(connection, $"ALTER TABLE {spec.Table} ALTER COLUMN {month.Name} TYPE DATE USING to_date({month.Name}, 'YYYY-MM')");
            }

            // VACUUM as well as ANALYZE: it sets the rows' hint bits and the visibility map once, as autovacuum would after a
            // load, so the timed queries do not pay for that on their first read.
            Execute(connection, $"VACUUM (ANALYZE) {spec.Table}");
            counts["rows_" + spec.Table] = Scalar<long>(connection, $"SELECT count(*) FROM {spec.Table}");
            steps.Add(new StepTiming(spec.Table, step.Seconds, step.CpuSeconds, counts["rows_" + spec.Table]));
        }

        var (seconds, cpu) = (clock.Seconds, clock.CpuSeconds);
        counts["database_bytes"] = Scalar<long>(connection, "SELECT pg_database_size(current_database())");
        var notes = new Dictionary<string, string> { ["version"] = Scalar<string>(connection, "SELECT version()") };
        foreach (var setting in RecordedSettings)
        {
            notes[setting] = Scalar<string>(connection, $"SELECT current_setting('{setting}')");
        }

        return new PhaseResult("postgres-load", seconds, cpu, PeakMemory.Bytes(), counts, notes, steps);
    }

    /// <summary>Drops the benchmark's database, closing any session still on it.</summary>
    public static void Drop(string database)
    {
        NpgsqlConnection.ClearAllPools();
        using var server = new NpgsqlConnection(Server());
        server.Open();
        Execute(server, $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
    }

    /// <summary>The extract's table with the warehouse's types in PostgreSQL's words; month columns as text until converted.</summary>
    private static string CreateTable(ExtractSpec spec) =>
        $"CREATE TABLE {spec.Table} ({string.Join(", ", spec.Columns.Select(c => $"{c.Name} {Type(c.Type)}"))})";

    private static string Type(ColumnType type) => type == ColumnType.Month ? "TEXT" : WarehouseSchema.SqlType(type) switch
    {
        "DOUBLE" => "DOUBLE PRECISION",
        var same => same,
    };

    /// <summary>COPY of the file as it is, its own header naming the columns (HEADER skips that line).</summary>
    private static void Copy(NpgsqlConnection connection, string table, string path)
    {
        using var file = new StreamReader(path);
        var header = file.ReadLine() ?? throw new InvalidOperationException($"{path} is empty.");
        using var writer = connection.BeginTextImport($"COPY {table} ({header}) FROM STDIN (FORMAT csv)");
        var buffer = new char[1 << 16];
        int read;
        while ((read = file.Read(buffer, 0, buffer.Length)) > 0)
        {
            writer.Write(buffer, 0, read);
        }
    }

    private static void Execute(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        command.ExecuteNonQuery();
    }

    private static T Scalar<T>(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        return (T)Convert.ChangeType(command.ExecuteScalar()!, typeof(T), CultureInfo.InvariantCulture);
    }
}
