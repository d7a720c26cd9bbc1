using System.Formats.Tar;
using System.IO.Compression;
using System.Reflection;
using System.Security.Cryptography;
using LocalCare.Data.Database;
using LocalCare.Warehouse;
using Microsoft.Data.Sqlite;

namespace LocalCare.Data.Backup;

/// <summary>
/// <c>localcare backup</c>: one .tar.gz of the data directory that is consistent across the app database and the warehouse. It
/// takes the writer lock (waiting for a running import or computation), snapshots SQLite with its online backup API and copies
/// the warehouse file under a read-only connection, copies the other files, lets the lock go, then writes the archive with its
/// manifest. The web app may keep running and reading throughout.
/// </summary>
public sealed class DataBackup(DatabaseSettings settings, WarehouseDatabase warehouse, TimeProvider clock)
{
    /// <summary>How long a backup waits for a running import or computation by default.</summary>
    public static TimeSpan DefaultWait { get; } = TimeSpan.FromMinutes(10);

    public string DataDirectory => Path.GetDirectoryName(warehouse.Path)!;

    /// <summary>
    /// Writes the backup to <paramref name="outputPath"/> (which must not exist, outside the data directory); with PostgreSQL and
    /// <paramref name="pgDumpPath"/>, also the app database's pg_dump, taken inside the same lock.
    /// </summary>
    public async Task<BackupResult> CreateAsync(
        string outputPath, TimeSpan wait, IProgress<BackupProgress>? progress = null, string? pgDumpPath = null, CancellationToken cancellationToken = default)
    {
        var output = Path.GetFullPath(outputPath);
        var dataDirectory = DataDirectory;
        CheckOutput(output, dataDirectory);
        var pgDump = pgDumpPath is null ? null : Path.GetFullPath(pgDumpPath);
        if (pgDump is not null)
        {
            if (settings.Provider != DatabaseProvider.Postgres)
            {
                throw new BackupException("--pg-dump is for a PostgreSQL app database; a SQLite app database is in the backup itself.");
            }

            CheckOutput(pgDump, dataDirectory);
        }

        var sqliteFile = settings.Provider == DatabaseProvider.Sqlite ? SqliteFile(settings) : null;
        if (!Directory.Exists(dataDirectory) || (!warehouse.Exists && !File.Exists(sqliteFile)))
        {
            throw new BackupException($"There is nothing to back up in {dataDirectory}: it has neither an app database nor a warehouse.");
        }

        var outputDirectory = Directory.CreateDirectory(Path.GetDirectoryName(output)!).FullName;
        // The copies hold health data and the sign-in keys: only the owner may read them, as in the data directory itself.
        var staging = CreateOwnerOnlyDirectory(Path.Combine(outputDirectory, $".localcare-backup-{Guid.NewGuid():N}"));
        var partial = output + ".partial";
        try
        {
            string? migration = null;
            using (await DataDirectoryLock.AcquireAsync(warehouse, "backup", wait, () => progress?.Report(new BackupProgress("waiting for a running import or metric computation to finish")), cancellationToken))
            {
                if (sqliteFile is not null && File.Exists(sqliteFile))
                {
                    progress?.Report(new BackupProgress("copying the app database"));
                    migration = SnapshotSqlite(settings, Path.Combine(staging, DataDirectoryFiles.AppDatabaseEntry));
                }

                if (warehouse.Exists)
                {
                    progress?.Report(new BackupProgress("copying the warehouse"));
                    CopyWarehouse(staging, cancellationToken);
                }

                if (pgDump is not null)
                {
                    progress?.Report(new BackupProgress("dumping the app database with pg_dump"));
                    await PgDump.RunAsync(settings.ConnectionString, pgDump + ".partial", cancellationToken);
                    if (!OperatingSystem.IsWindows())
                    {
                        File.SetUnixFileMode(pgDump + ".partial", OwnerOnlyFile);
                    }
                }

                progress?.Report(new BackupProgress("copying keys, rejects and other files"));
                foreach (var relative in DataDirectoryFiles.Plain(dataDirectory, sqliteFile))
                {
                    var target = Path.Combine(staging, relative);
                    Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                    File.Copy(Path.Combine(dataDirectory, relative), target);
                }
            }

            progress?.Report(new BackupProgress("writing " + Path.GetFileName(output)));
            var files = new List<BackupFile>();
            foreach (var path in Directory.EnumerateFiles(staging, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                files.Add(new BackupFile(Path.GetRelativePath(staging, path).Replace(Path.DirectorySeparatorChar, '/'), new FileInfo(path).Length, await Sha256Async(path, cancellationToken)));
            }

            var manifest = new BackupManifest(
                BackupManifest.FormatName, BackupManifest.CurrentVersion, Version, clock.GetUtcNow().UtcDateTime,
                settings.Provider == DatabaseProvider.Sqlite ? "sqlite" : "postgres", sqliteFile is not null && File.Exists(sqliteFile), migration,
                files, DataDirectoryFiles.Excluded)
            {
                AppDatabaseDump = pgDump is null ? null
                    : new BackupFile(Path.GetFileName(pgDump), new FileInfo(pgDump + ".partial").Length, await Sha256Async(pgDump + ".partial", cancellationToken)),
            };
            await WriteArchiveAsync(partial, staging, manifest, cancellationToken);
            if (pgDump is not null)
            {
                File.Move(pgDump + ".partial", pgDump);
            }

            File.Move(partial, output);
            return new BackupResult(output, manifest);
        }
        finally
        {
            Directory.Delete(staging, recursive: true);
            File.Delete(partial);
            if (pgDump is not null)
            {
                File.Delete(pgDump + ".partial");
            }
        }
    }

    /// <summary>The SQLite file of <paramref name="settings"/>, as a full path.</summary>
    public static string SqliteFile(DatabaseSettings settings) => Path.GetFullPath(new SqliteConnectionStringBuilder(settings.ConnectionString).DataSource);

    /// <summary>The version of LocalCare that wrote a backup.</summary>
    public static string Version { get; } =
        typeof(DataBackup).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "unknown";

    private static void CheckOutput(string output, string dataDirectory)
    {
        if (File.Exists(output) || Directory.Exists(output))
        {
            throw new BackupException($"{output} already exists: give a new file name (a backup never overwrites a file).");
        }

        var inside = Path.GetRelativePath(Path.GetFullPath(dataDirectory), output);
        if (!inside.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(inside))
        {
            throw new BackupException($"{output} is inside the data directory {dataDirectory}: write the backup somewhere else (the next backup would copy it).");
        }
    }

    /// <summary>SQLite's online backup: a consistent copy page by page while other connections (the web app's) read and write.</summary>
    private static string? SnapshotSqlite(DatabaseSettings settings, string target)
    {
        var source = new SqliteConnectionStringBuilder(settings.ConnectionString) { Mode = SqliteOpenMode.ReadOnly, Pooling = false };
        var copy = new SqliteConnectionStringBuilder { DataSource = target, Pooling = false };
        using var from = new SqliteConnection(source.ConnectionString);
        using var to = new SqliteConnection(copy.ConnectionString);
        from.Open();
        to.Open();
        from.BackupDatabase(to);

        // One self-contained file: back from WAL to a rollback journal, so no -wal or -shm file is left beside the copy.
        using (var journal = to.CreateCommand())
        {
            journal.CommandText = "PRAGMA journal_mode = DELETE";
            journal.ExecuteNonQuery();
        }

        using var migration = to.CreateCommand();
        migration.CommandText = "SELECT max(MigrationId) FROM __EFMigrationsHistory";
        try
        {
            return migration.ExecuteScalar() as string;
        }
        catch (SqliteException)
        {
            return null; // an app database never migrated
        }
    }

    /// <summary>
    /// Copies the warehouse file (and its write-ahead log, if a writer left one) byte for byte. The writer lock keeps LocalCare's
    /// writers out; the read-only connection held meanwhile makes DuckDB refuse any other writer too, while readers carry on.
    /// </summary>
    private void CopyWarehouse(string staging, CancellationToken cancellationToken)
    {
        using var holding = warehouse.OpenReader();
        foreach (var suffix in new[] { "", ".wal" })
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (File.Exists(warehouse.Path + suffix))
            {
                using var from = new FileStream(warehouse.Path + suffix, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
                using var to = File.Create(Path.Combine(staging, WarehouseDatabase.FileName + suffix));
                from.CopyTo(to);
            }
        }
    }

    private static async Task WriteArchiveAsync(string path, string staging, BackupManifest manifest, CancellationToken cancellationToken)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = OwnerOnlyFile;
        }

        await using var file = new FileStream(path, options);
        await using (var gzip = new GZipStream(file, CompressionLevel.Fastest, leaveOpen: true))
        await using (var tar = new TarWriter(gzip, TarEntryFormat.Pax, leaveOpen: false))
        {
            var entry = new PaxTarEntry(TarEntryType.RegularFile, BackupManifest.EntryName) { DataStream = new MemoryStream(manifest.ToJson()) };
            await tar.WriteEntryAsync(entry, cancellationToken);
            foreach (var backed in manifest.Files)
            {
                await tar.WriteEntryAsync(Path.Combine(staging, backed.Path), backed.Path, cancellationToken);
            }
        }

        file.Flush(flushToDisk: true);
    }

    /// <summary>Read and write for the owner only (600): the archive and the pg_dump.</summary>
    private const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    private static string CreateOwnerOnlyDirectory(string path) => OperatingSystem.IsWindows()
        ? Directory.CreateDirectory(path).FullName
        : Directory.CreateDirectory(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute).FullName;

    internal static async Task<string> Sha256Async(string path, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken));
    }
}

/// <summary>Where the backup was written and its manifest.</summary>
public sealed record BackupResult(string Path, BackupManifest Manifest);
