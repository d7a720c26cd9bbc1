using System.Formats.Tar;
using System.IO.Compression;
using LocalCare.Core.Generation;
using LocalCare.Core.Metrics;
using LocalCare.Data.Backup;
using LocalCare.Data.Imports;
using LocalCare.Data.Metrics;
using LocalCare.Warehouse;
using LocalCare.Warehouse.Imports;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace LocalCare.Data.Tests.Backup;

/// <summary>A backup holds both stores and the files as they were at one moment; a restore brings back exactly that, or nothing.</summary>
public sealed class DataBackupTests : IDisposable
{
    private const string Organisation = """
        code,name,kind,parent_code,service_group
        LCO,Test LCO,lco,,
        NORTH,North,locality,LCO,
        INT-A,Team A,neighbourhood,NORTH,
        POD,Podiatry,service,LCO,citywide
        """;

    private static readonly MonthRange Range = new(new YearMonth(2024, 4), new YearMonth(2024, 6));

    private readonly string _elsewhere = Directory.CreateTempSubdirectory("localcare-backup-test-").FullName;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ABackup_RestoredIntoANewDirectory_HasEveryTableMetricAndFile()
    {
        await using var database = await SmallDataAsync();
        Directory.CreateDirectory(Path.Combine(database.DataDirectory, "keys"));
        File.WriteAllText(Path.Combine(database.DataDirectory, "keys", "key-1.xml"), "<key />");
        File.WriteAllText(Path.Combine(database.DataDirectory, "demo-users.txt"), "admin: secret");
        var before = DataDirectoryState.Of(database.DataDirectory);
        var archive = Path.Combine(_elsewhere, "backup.tar.gz");

        var result = await BackupAsync(database, archive);
        await using var restored = await RestoreAsync(archive);

        Assert.Equal(["keys/key-1.xml", "localcare.db", "rejects/import-1.csv", "warehouse.duckdb"], result.Manifest.Files.Select(f => f.Path));
        Assert.Equal("sqlite", result.Manifest.AppDatabaseProvider);
        var after = DataDirectoryState.Of(restored.DataDirectory);
        Assert.True(before.SameAs(after), $"before: {before}\nafter: {after}");
        Assert.Contains("referrals: 2", after.WarehouseTables);
        Assert.Contains("OrganisationUnits: 4", after.AppTables);
        Assert.NotEmpty(after.MetricValues);
        Assert.Equal("<key />", File.ReadAllText(Path.Combine(restored.DataDirectory, "keys", "key-1.xml")));
        Assert.Equal("a,b\n", File.ReadAllText(Path.Combine(restored.DataDirectory, "rejects", "import-1.csv")));
        Assert.False(File.Exists(Path.Combine(restored.DataDirectory, "demo-users.txt")));
        if (!OperatingSystem.IsWindows())
        {
            // Health data and the cookie keys: for the restoring user only, whatever the umask.
            const UnixFileMode directory = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
            const UnixFileMode file = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            Assert.Equal(directory, File.GetUnixFileMode(restored.DataDirectory));
            Assert.Equal(directory, File.GetUnixFileMode(Path.Combine(restored.DataDirectory, "keys")));
            Assert.Equal(file, File.GetUnixFileMode(Path.Combine(restored.DataDirectory, "keys", "key-1.xml")));
            Assert.Equal(file, File.GetUnixFileMode(Path.Combine(restored.DataDirectory, "localcare.db")));
            // The archive holds the same: for the user who made it only.
            Assert.Equal(file, File.GetUnixFileMode(archive));
        }
    }

    [Fact]
    public async Task ARestoredDirectory_OpensNormally_AndTakesTheNextImportAndComputation()
    {
        await using var database = await SmallDataAsync();
        var archive = Path.Combine(_elsewhere, "backup.tar.gz");
        await BackupAsync(database, archive);
        await using var restored = await RestoreAsync(archive);

        await restored.InitialiseAsync(demo: false);
        await ImportAsync(restored, ("referrals.csv", "referral_id,person_id,service_code,neighbourhood_code,received_at,urgency,discharged_at\nR3,P3,POD,INT-A,2024-06-01T09:30,routine,\n"));
        await using var scope = restored.Scope();
        var report = await scope.ServiceProvider.GetRequiredService<MetricCompute>().RunAsync(Range, "tester", cancellationToken: Ct);

        Assert.Contains("referrals: 3", DataDirectoryState.Of(restored.DataDirectory).WarehouseTables);
        Assert.True(report.Values > 0);
    }

    [Fact]
    public async Task Restore_IntoANonEmptyDirectory_IsRefused_AndWritesNothing()
    {
        await using var database = await SmallDataAsync();
        var archive = Path.Combine(_elsewhere, "backup.tar.gz");
        await BackupAsync(database, archive);
        var target = Directory.CreateDirectory(Path.Combine(_elsewhere, "data")).FullName;
        File.WriteAllText(Path.Combine(target, "notes.txt"), "mine");

        var refused = await Assert.ThrowsAsync<BackupException>(() => RestoreIntoAsync(archive, target));

        Assert.Equal($"The data directory {target} is not empty: restore only into an empty or new directory (give another with --data). Nothing was restored.", refused.Message);
        Assert.Equal(["notes.txt"], Directory.EnumerateFileSystemEntries(target).Select(Path.GetFileName));
        Assert.Equal(["backup.tar.gz", "data"], Directory.EnumerateFileSystemEntries(_elsewhere).Select(Path.GetFileName).Order());
    }

    [Fact]
    public async Task Restore_OfATamperedArchive_RestoresNothing()
    {
        await using var database = await SmallDataAsync();
        var archive = Path.Combine(_elsewhere, "backup.tar.gz");
        await BackupAsync(database, archive);
        var tampered = Path.Combine(_elsewhere, "tampered.tar.gz");
        Rewrite(archive, tampered, (name, bytes) =>
        {
            if (name == "warehouse.duckdb")
            {
                bytes[bytes.Length / 2] ^= 0xff;
            }

            return bytes;
        });
        var target = Path.Combine(_elsewhere, "data");

        var refused = await Assert.ThrowsAsync<BackupException>(() => RestoreIntoAsync(tampered, target));

        Assert.Equal($"{tampered} is damaged or not a LocalCare backup: warehouse.duckdb does not match its SHA-256 in the manifest. Nothing was restored.", refused.Message);
        Assert.False(Directory.Exists(target));
        Assert.Equal(["backup.tar.gz", "tampered.tar.gz"], Directory.EnumerateFileSystemEntries(_elsewhere).Select(Path.GetFileName).Order());
    }

    [Fact]
    public async Task Restore_OfATruncatedArchive_RestoresNothing()
    {
        await using var database = await SmallDataAsync();
        var archive = Path.Combine(_elsewhere, "backup.tar.gz");
        await BackupAsync(database, archive);
        var truncated = Path.Combine(_elsewhere, "truncated.tar.gz");
        var bytes = File.ReadAllBytes(archive);
        File.WriteAllBytes(truncated, bytes[..(bytes.Length * 2 / 3)]);
        var target = Path.Combine(_elsewhere, "data");

        var refused = await Assert.ThrowsAsync<BackupException>(() => RestoreIntoAsync(truncated, target));

        Assert.Matches(@"^.*truncated\.tar\.gz is damaged or not a LocalCare backup: (localcare\.db|warehouse\.duckdb) is incomplete \([0-9,]+ of its [0-9,]+ bytes\)\. Nothing was restored\.$", refused.Message);
        Assert.False(Directory.Exists(target));
    }

    [Fact]
    public async Task Backup_WhileOtherConnectionsHoldBothDatabases_CopiesWhatIsCommitted()
    {
        await using var database = await SmallDataAsync();
        var before = DataDirectoryState.Of(database.DataDirectory);

        // As the web app does: an open app-database connection in the middle of a write, and a warehouse reader.
        await using var app = new SqliteConnection(database.Settings.ConnectionString);
        await app.OpenAsync(Ct);
        await using var writing = (SqliteTransaction)await app.BeginTransactionAsync(Ct);
        await using (var insert = app.CreateCommand())
        {
            insert.Transaction = writing;
            insert.CommandText = "INSERT INTO \"MetricValues\" (\"MetricId\", \"Unit\", \"Month\", \"Numerator\") VALUES ('dna-rate', 'lco', '2030-01', 1)";
            await insert.ExecuteNonQueryAsync(Ct);
        }

        using var reader = WarehouseDatabase.In(database.DataDirectory).OpenReader()!;
        Assert.Equal(2, Sql.Scalar<long>(reader, "SELECT count(*) FROM referrals"));

        var archive = Path.Combine(_elsewhere, "backup.tar.gz");
        await BackupAsync(database, archive);
        await writing.RollbackAsync(Ct);
        await using var restored = await RestoreAsync(archive);

        var after = DataDirectoryState.Of(restored.DataDirectory);
        Assert.True(before.SameAs(after), $"before: {before}\nafter: {after}");
    }

    [Fact]
    public async Task Backup_WhileTheWriterLockIsHeld_WaitsThenGivesUpWithAClearMessage()
    {
        await using var database = await SmallDataAsync();
        var waiting = false;
        using var held = await DataDirectoryLock.AcquireAsync(WarehouseDatabase.In(database.DataDirectory), "import", TimeSpan.Zero, cancellationToken: Ct);
        await using var scope = database.Scope();
        var backup = scope.ServiceProvider.GetRequiredService<DataBackup>();
        var archive = Path.Combine(_elsewhere, "backup.tar.gz");

        var busy = await Assert.ThrowsAsync<DataDirectoryBusyException>(() =>
            backup.CreateAsync(archive, TimeSpan.FromMilliseconds(300), new Inline<BackupProgress>(p => waiting |= p.Step.StartsWith("waiting", StringComparison.Ordinal)), cancellationToken: Ct));

        Assert.True(waiting);
        Assert.Equal($"The data directory {database.DataDirectory} is busy: another import, metric computation or backup held .write.lock for 0 s, so the backup did not start. Try again when it has finished.", busy.Message);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_elsewhere));
    }

    [Fact]
    public async Task Backup_ToAnExistingFileOrIntoTheDataDirectory_IsRefused()
    {
        await using var database = await SmallDataAsync();
        var existing = Path.Combine(_elsewhere, "backup.tar.gz");
        File.WriteAllText(existing, "an older backup");
        var inside = Path.Combine(database.DataDirectory, "backup.tar.gz");

        var overwrite = await Assert.ThrowsAsync<BackupException>(() => BackupAsync(database, existing));
        var within = await Assert.ThrowsAsync<BackupException>(() => BackupAsync(database, inside));

        Assert.Equal($"{existing} already exists: give a new file name (a backup never overwrites a file).", overwrite.Message);
        Assert.Equal($"{inside} is inside the data directory {database.DataDirectory}: write the backup somewhere else (the next backup would copy it).", within.Message);
        Assert.Equal("an older backup", File.ReadAllText(existing));
    }

    [Fact]
    public async Task OnPostgres_TheBackupHoldsTheWarehouseAndFiles_AndPgDumpTheAppDatabase_RestoredWithPgRestore()
    {
        await using var database = await SmallDataAsync(TestDatabase.Postgres);
        var archive = Path.Combine(_elsewhere, "backup.tar.gz");
        var dump = Path.Combine(_elsewhere, "app.pgdump");

        BackupResult result;
        await using (var scope = database.Scope())
        {
            result = await scope.ServiceProvider.GetRequiredService<DataBackup>().CreateAsync(archive, TimeSpan.FromSeconds(30), pgDumpPath: dump, cancellationToken: Ct);
        }

        // docs/backup.md: pg_restore into an empty database, then 'localcare restore' into an empty data directory.
        await using var restored = await TestDatabase.CreateAsync(TestDatabase.Postgres);
        PgRestore(restored.Settings.ConnectionString, dump);
        var target = Path.Combine(_elsewhere, "data");
        var done = await new DataRestore(restored.Settings, WarehouseDatabase.In(target)).RestoreAsync(archive, cancellationToken: Ct);
        var intoSqlite = await Assert.ThrowsAsync<BackupException>(() => RestoreIntoAsync(archive, Path.Combine(_elsewhere, "sqlite-data")));

        Assert.Equal("postgres", result.Manifest.AppDatabaseProvider);
        Assert.False(result.Manifest.AppDatabaseIncluded);
        Assert.Equal(["rejects/import-1.csv", "warehouse.duckdb"], result.Manifest.Files.Select(f => f.Path));
        Assert.Equal(new BackupFile("app.pgdump", new FileInfo(dump).Length, await DataBackupSha256(dump)), result.Manifest.AppDatabaseDump);
        Assert.Null(done.SqliteFile);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(dump));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(archive));
        }
        using (var warehouse = WarehouseDatabase.In(target).OpenReader()!)
        {
            Assert.Equal(2, Sql.Scalar<long>(warehouse, "SELECT count(*) FROM referrals"));
        }

        await using var check = restored.Scope();
        var db = check.ServiceProvider.GetRequiredService<LocalCareDbContext>();
        Assert.Equal(4, db.OrganisationUnits.Count());
        Assert.NotEmpty(db.MetricValues);
        Assert.Equal($"{archive} was made with a PostgreSQL app database, which is not in the file: set the PostgreSQL settings and restore its pg_dump first (see docs/backup.md). Nothing was restored.", intoSqlite.Message);
    }

    [Fact]
    public async Task PgDump_WithASqliteAppDatabase_IsRefused()
    {
        await using var database = await SmallDataAsync();
        await using var scope = database.Scope();

        var refused = await Assert.ThrowsAsync<BackupException>(() =>
            scope.ServiceProvider.GetRequiredService<DataBackup>().CreateAsync(Path.Combine(_elsewhere, "b.tar.gz"), TimeSpan.Zero, pgDumpPath: Path.Combine(_elsewhere, "app.pgdump"), cancellationToken: Ct));

        Assert.Equal("--pg-dump is for a PostgreSQL app database; a SQLite app database is in the backup itself.", refused.Message);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_elsewhere));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_elsewhere, recursive: true);
    }

    /// <summary>An organisation, two referrals, a rejects file and computed metrics.</summary>
    private static async Task<TestDatabase> SmallDataAsync(string engine = TestDatabase.Sqlite)
    {
        var database = await TestDatabase.CreateAsync(engine);
        await database.InitialiseAsync(demo: false);
        await ImportAsync(database, ("organisation.csv", Organisation), ("referrals.csv", "referral_id,person_id,service_code,neighbourhood_code,received_at,urgency,discharged_at\nR1,P1,POD,INT-A,2024-04-05T09:00,routine,\nR2,P2,POD,INT-A,2024-05-05T09:00,urgent,\n"));
        Directory.CreateDirectory(Path.Combine(database.DataDirectory, "rejects"));
        File.WriteAllText(Path.Combine(database.DataDirectory, "rejects", "import-1.csv"), "a,b\n");
        await using var scope = database.Scope();
        await scope.ServiceProvider.GetRequiredService<MetricCompute>().RunAsync(Range, "tester", cancellationToken: Ct);
        return database;
    }

    private static async Task ImportAsync(TestDatabase database, params (string Name, string Content)[] files)
    {
        var directory = Directory.CreateTempSubdirectory("localcare-backup-input-").FullName;
        try
        {
            foreach (var (name, content) in files)
            {
                File.WriteAllText(Path.Combine(directory, name), content);
            }

            await using var scope = database.Scope();
            await scope.ServiceProvider.GetRequiredService<ImportRunner>().RunAsync(ImportPlan.For([directory]), new ImportOptions("tester"), cancellationToken: Ct);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static async Task<string> DataBackupSha256(string path)
    {
        await using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(await System.Security.Cryptography.SHA256.HashDataAsync(stream, Ct));
    }

    private static void PgRestore(string connectionString, string dump)
    {
        var connection = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        using (var server = new Npgsql.NpgsqlConnection(LocalCare.Testing.PostgresServer.Require()))
        {
            server.Open();
            using var create = new Npgsql.NpgsqlCommand($"CREATE DATABASE \"{connection.Database}\"", server);
            create.ExecuteNonQuery();
        }

        var start = new System.Diagnostics.ProcessStartInfo("pg_restore") { RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "--no-owner", "--host=" + connection.Host, "--port=" + connection.Port, "--username=" + connection.Username, "--no-password", "--dbname=" + connection.Database, dump })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["PGPASSWORD"] = connection.Password;
        using var process = System.Diagnostics.Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, error);
    }

    private static async Task<BackupResult> BackupAsync(TestDatabase database, string archive)
    {
        await using var scope = database.Scope();
        return await scope.ServiceProvider.GetRequiredService<DataBackup>().CreateAsync(archive, TimeSpan.FromSeconds(30), cancellationToken: Ct);
    }

    private async Task<TestDatabase> RestoreAsync(string archive)
    {
        var target = Path.Combine(_elsewhere, "restored-" + Guid.NewGuid().ToString("N"));
        await RestoreIntoAsync(archive, target);
        return TestDatabase.AtSqlite(target);
    }

    private static Task<RestoreResult> RestoreIntoAsync(string archive, string target) =>
        new DataRestore(LocalCare.Data.Database.DatabaseSettings.SqliteIn(target), WarehouseDatabase.In(target)).RestoreAsync(archive, cancellationToken: Ct);

    /// <summary>Copies an archive entry by entry, letting <paramref name="change"/> alter an entry's bytes (the manifest stays as it was).</summary>
    private static void Rewrite(string from, string to, Func<string, byte[], byte[]> change)
    {
        using var input = new TarReader(new GZipStream(File.OpenRead(from), CompressionMode.Decompress));
        using var output = new TarWriter(new GZipStream(File.Create(to), CompressionLevel.Fastest), TarEntryFormat.Pax);
        while (input.GetNextEntry(copyData: true) is { } entry)
        {
            using var data = new MemoryStream();
            entry.DataStream?.CopyTo(data);
            output.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, entry.Name) { DataStream = new MemoryStream(change(entry.Name, data.ToArray())) });
        }
    }
}

/// <summary>An <see cref="IProgress{T}"/> that runs on the reporting thread, so a test sees each report before the work goes on.</summary>
public sealed class Inline<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
