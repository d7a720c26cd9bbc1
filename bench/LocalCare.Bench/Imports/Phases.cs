using DuckDB.NET.Data;
using LocalCare.Core.Generation;
using LocalCare.Warehouse;
using LocalCare.Warehouse.Generation;
using LocalCare.Warehouse.Imports;

namespace LocalCare.Bench.Imports;

/// <summary>
/// The measured steps, each run in a child process by <see cref="ChildProcess"/>: <c>generate</c>, <c>bare</c> (DuckDB alone),
/// <c>import</c> (LocalCare), <c>profile</c> and <c>experiment</c> (diagnostics). Each prints one <see cref="PhaseResult"/> line.
/// </summary>
public static class Phases
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        if (args.Count == 0)
        {
            throw new ArgumentException("phase needs a name.");
        }

        var options = Options(args.Skip(1).ToList());
        string Get(string name) => options.TryGetValue(name, out var value) ? value : throw new ArgumentException($"phase {args[0]} needs --{name}.");
        var result = args[0] switch
        {
            "generate" => Generate(Get("dir"), int.Parse(Get("years"), System.Globalization.CultureInfo.InvariantCulture)),
            "bare" => Bare(Get("dir"), Get("db")),
            "import" => await ImportAsync(Get("dir"), Get("warehouse")),
            "profile" => ImportProfile.Run(Get("dir"), Get("warehouse"), Get("variant")),
            "sql" => ImportProfile.PrintSql(Get("dir"), Get("variant")),
            "order" => ImportProfile.CheckOrder(Get("dir"), Get("warehouse"), Get("variant")),
            _ => throw new ArgumentException($"Unknown phase '{args[0]}'."),
        };
        using (var process = System.Diagnostics.Process.GetCurrentProcess())
        {
            // All of this process's CPU, start-up included: the parent subtracts it from the machine's load to see other work.
            result.Notes["process_cpu"] = process.TotalProcessorTime.TotalSeconds.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture);
        }

        Console.WriteLine(result.ToLine());
        return 0;
    }

    /// <summary>Every file of <c>localcare generate</c> for the demo organisation (all files are timed; only two are imported).</summary>
    private static PhaseResult Generate(string directory, int years)
    {
        var units = BenchFiles.DemoUnits();
        var clock = new PhaseClock();
        var written = ExtractFiles.Write(directory, new ExtractGenerator(units, BenchFiles.Settings(years)));
        var (seconds, cpu) = (clock.Seconds, clock.CpuSeconds);
        var referrals = written.Single(f => f.Name == ExtractFiles.Referrals);
        var contacts = written.Single(f => f.Name == ExtractFiles.Contacts);
        return new PhaseResult("generate", seconds, cpu, PeakMemory.Bytes(),
            new()
            {
                ["referrals_rows"] = referrals.Rows,
                ["referrals_bytes"] = referrals.Bytes,
                ["contacts_rows"] = contacts.Rows,
                ["contacts_bytes"] = contacts.Bytes,
                ["all_bytes"] = written.Sum(f => f.Bytes),
            },
            new() { ["months"] = $"{BenchFiles.Settings(years).FirstMonth} to {BenchFiles.LastMonth}" }, []);
    }

    /// <summary>
    /// What a user would do with DuckDB alone: a fresh database, and one <c>CREATE TABLE … AS SELECT * FROM read_csv(…)</c> per file
    /// with DuckDB's own dialect and type detection. Timed from opening the database to closing it (so its final checkpoint is in).
    /// </summary>
    private static PhaseResult Bare(string directory, string database)
    {
        var inMemory = database == ":memory:";
        var clock = new PhaseClock();
        var connection = new DuckDBConnection($"DataSource={database}");
        connection.Open();
        Sql.Execute(connection, $"CREATE TABLE referrals AS SELECT * FROM read_csv({Sql.Literal(BenchFiles.Referrals(directory))})");
        Sql.Execute(connection, $"CREATE TABLE contacts AS SELECT * FROM read_csv({Sql.Literal(BenchFiles.Contacts(directory))})");
        if (!inMemory)
        {
            connection.Dispose();
        }

        var (seconds, cpu) = (clock.Seconds, clock.CpuSeconds);
        if (!inMemory)
        {
            connection = new DuckDBConnection($"DataSource={database};ACCESS_MODE=READ_ONLY");
            connection.Open();
        }

        using (connection)
        {
            var types = Sql.Query(connection, "SELECT table_name || '.' || column_name || ' ' || data_type FROM information_schema.columns WHERE table_name IN ('referrals', 'contacts') ORDER BY table_name, ordinal_position",
                r => r.GetString(0));
            return new PhaseResult("bare", seconds, cpu, PeakMemory.Bytes(),
                new()
                {
                    ["referrals_rows"] = Sql.Scalar<long>(connection, "SELECT count(*) FROM referrals"),
                    ["contacts_rows"] = Sql.Scalar<long>(connection, "SELECT count(*) FROM contacts"),
                    ["database_bytes"] = inMemory ? 0 : new FileInfo(database).Length,
                },
                new()
                {
                    ["duckdb"] = Sql.Scalar<string>(connection, "SELECT version()"),
                    ["threads"] = Sql.Scalar<string>(connection, "SELECT current_setting('threads')"),
                    ["memory_limit"] = Sql.Scalar<string>(connection, "SELECT current_setting('memory_limit')"),
                    ["types"] = string.Join("; ", types),
                },
                []);
        }
    }

    /// <summary>LocalCare's import of referrals.csv and contacts.csv, exactly as the CLI runs it: into a fresh warehouse, or into a populated one (the upsert path).</summary>
    private static async Task<PhaseResult> ImportAsync(string directory, string warehousePath)
    {
        var warehouse = new WarehouseDatabase(warehousePath);
        var existed = warehouse.Exists;
        var reference = BenchFiles.Reference();
        var sources = BenchFiles.Sources(directory);
        var clock = new PhaseClock();
        var report = await new WarehouseImport(warehouse, TimeProvider.System).RunAsync(sources, reference, new ImportOptions("bench"));
        var (seconds, cpu) = (clock.Seconds, clock.CpuSeconds);
        using var reader = warehouse.OpenReader()!;
        return new PhaseResult(existed ? "reimport" : "import", seconds, cpu, PeakMemory.Bytes(),
            new()
            {
                ["referrals_rows"] = report.Files[0].RowsRead,
                ["contacts_rows"] = report.Files[1].RowsRead,
                ["stored_rows"] = report.Files.Sum(f => f.RowsStored),
                ["rejected_rows"] = report.Files.Sum(f => f.RowsRejected),
                ["referrals_in_table"] = Sql.Scalar<long>(reader, "SELECT count(*) FROM referrals"),
                ["contacts_in_table"] = Sql.Scalar<long>(reader, "SELECT count(*) FROM contacts"),
                ["database_bytes"] = new FileInfo(warehouse.Path).Length,
            },
            [], []);
    }

    private static Dictionary<string, string> Options(List<string> args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Count; i += 2)
        {
            options[args[i].TrimStart('-')] = args[i + 1];
        }

        return options;
    }
}
