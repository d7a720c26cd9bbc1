using System.Formats.Tar;
using System.IO.Compression;
using LocalCare.Data.Database;
using LocalCare.Warehouse;

namespace LocalCare.Data.Backup;

/// <summary>
/// <c>localcare restore FILE</c>: unpacks a backup into an empty (or new) data directory. Every entry is unpacked beside the
/// directory and checked against the manifest (its list, sizes and SHA-256) first; only a whole, undamaged backup is moved in,
/// so a damaged file restores nothing.
/// </summary>
public sealed class DataRestore(DatabaseSettings settings, WarehouseDatabase warehouse)
{
    private const long ManifestLimit = 16 << 20;

    public string DataDirectory => Path.GetDirectoryName(warehouse.Path)!;

    public async Task<RestoreResult> RestoreAsync(string archivePath, IProgress<BackupProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var archive = Path.GetFullPath(archivePath);
        if (!File.Exists(archive))
        {
            throw new BackupException($"{archive} does not exist.");
        }

        var dataDirectory = DataDirectory;
        var sqliteFile = settings.Provider == DatabaseProvider.Sqlite ? DataBackup.SqliteFile(settings) : null;
        CheckEmpty(dataDirectory, sqliteFile);

        var parent = Directory.CreateDirectory(Path.GetDirectoryName(dataDirectory)!).FullName;
        var staging = Directory.CreateDirectory(Path.Combine(parent, $".localcare-restore-{Guid.NewGuid():N}")).FullName;
        try
        {
            progress?.Report(new BackupProgress("checking " + Path.GetFileName(archive)));
            var manifest = await UnpackAsync(archive, staging, cancellationToken);
            CheckProvider(manifest, archive);

            progress?.Report(new BackupProgress("restoring into " + dataDirectory));
            Directory.CreateDirectory(dataDirectory);
            foreach (var entry in Directory.EnumerateFileSystemEntries(staging))
            {
                var name = Path.GetFileName(entry);
                var target = name == DataDirectoryFiles.AppDatabaseEntry && manifest.AppDatabaseIncluded ? sqliteFile! : Path.Combine(dataDirectory, name);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                if (Directory.Exists(entry))
                {
                    Directory.Move(entry, target);
                }
                else
                {
                    File.Move(entry, target);
                }
            }

            OwnerOnly(dataDirectory);
            if (manifest.AppDatabaseIncluded && sqliteFile is not null && !OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(sqliteFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }

            return new RestoreResult(dataDirectory, manifest.AppDatabaseIncluded ? sqliteFile : null, manifest);
        }
        finally
        {
            Directory.Delete(staging, recursive: true);
        }
    }

    /// <summary>
    /// The restored directory and everything in it for the restoring user only (700 and 600): it holds health and staff data
    /// and the keys that protect sign-in cookies, and an archive's extraction would otherwise leave them as the umask says.
    /// </summary>
    private static void OwnerOnly(string dataDirectory)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        const UnixFileMode directory = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
        const UnixFileMode file = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        File.SetUnixFileMode(dataDirectory, directory);
        foreach (var entry in Directory.EnumerateFileSystemEntries(dataDirectory, "*", SearchOption.AllDirectories))
        {
            File.SetUnixFileMode(entry, Directory.Exists(entry) ? directory : file);
        }
    }

    private static void CheckEmpty(string dataDirectory, string? sqliteFile)
    {
        if (Directory.Exists(dataDirectory) && Directory.EnumerateFileSystemEntries(dataDirectory).Any())
        {
            throw new BackupException($"The data directory {dataDirectory} is not empty: restore only into an empty or new directory (give another with --data). Nothing was restored.");
        }

        if (sqliteFile is not null && File.Exists(sqliteFile))
        {
            throw new BackupException($"The app database {sqliteFile} already exists: restore only where there is none. Nothing was restored.");
        }
    }

    private void CheckProvider(BackupManifest manifest, string archive)
    {
        if (manifest.AppDatabaseIncluded && settings.Provider != DatabaseProvider.Sqlite)
        {
            throw new BackupException($"{archive} holds a SQLite app database but this LocalCare is set to use PostgreSQL: restore it with the SQLite settings (see docs/backup.md). Nothing was restored.");
        }

        if (!manifest.AppDatabaseIncluded && settings.Provider == DatabaseProvider.Sqlite)
        {
            throw new BackupException($"{archive} was made with a PostgreSQL app database, which is not in the file: set the PostgreSQL settings and restore its pg_dump first (see docs/backup.md). Nothing was restored.");
        }
    }

    /// <summary>Unpacks every entry into <paramref name="staging"/> and checks it against the manifest; throws if anything is wrong.</summary>
    private static async Task<BackupManifest> UnpackAsync(string archive, string staging, CancellationToken cancellationToken)
    {
        try
        {
            await using var file = File.OpenRead(archive);
            await using var gzip = new GZipStream(file, CompressionMode.Decompress);
            await using var tar = new TarReader(gzip);
            var first = await tar.GetNextEntryAsync(copyData: false, cancellationToken);
            if (first is not { Name: BackupManifest.EntryName, EntryType: TarEntryType.RegularFile or TarEntryType.V7RegularFile } || first.Length > ManifestLimit || first.DataStream is null)
            {
                throw Damaged(archive, "it does not start with a LocalCare manifest");
            }

            using var json = new MemoryStream();
            await first.DataStream.CopyToAsync(json, cancellationToken);
            var manifest = BackupManifest.FromJson(json.ToArray()) ?? throw Damaged(archive, "its manifest cannot be read");
            if (manifest.FormatVersion > BackupManifest.CurrentVersion)
            {
                throw new BackupException($"{archive} was made by a newer LocalCare ({manifest.LocalCareVersion}, backup format {manifest.FormatVersion}): restore it with that version or later. Nothing was restored.");
            }

            var expected = manifest.Files.ToDictionary(f => f.Path, StringComparer.Ordinal);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            while (await tar.GetNextEntryAsync(copyData: false, cancellationToken) is { } entry)
            {
                if (!expected.TryGetValue(entry.Name, out var listed) || !seen.Add(entry.Name) || entry.EntryType is not (TarEntryType.RegularFile or TarEntryType.V7RegularFile))
                {
                    throw Damaged(archive, $"it holds '{entry.Name}', which its manifest does not list");
                }

                var target = Path.GetFullPath(Path.Combine(staging, entry.Name));
                if (!target.StartsWith(staging + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                {
                    throw Damaged(archive, $"'{entry.Name}' would be written outside the data directory");
                }

                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                if (entry.DataStream is not null)
                {
                    await using var written = new FileStream(target, FileMode.CreateNew, FileAccess.Write);
                    await entry.DataStream.CopyToAsync(written, cancellationToken);
                }
                else
                {
                    await File.WriteAllBytesAsync(target, [], cancellationToken);
                }

                if (new FileInfo(target).Length is var length && length != listed.Bytes)
                {
                    throw Damaged(archive, $"{entry.Name} is incomplete ({length:#,0} of its {listed.Bytes:#,0} bytes)");
                }

                if (await DataBackup.Sha256Async(target, cancellationToken) != listed.Sha256)
                {
                    throw Damaged(archive, $"{entry.Name} does not match its SHA-256 in the manifest");
                }
            }

            if (manifest.Files.FirstOrDefault(f => !seen.Contains(f.Path)) is { } missing)
            {
                throw Damaged(archive, $"{missing.Path} is missing from it");
            }

            return manifest;
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException or FormatException or IOException and not FileNotFoundException)
        {
            throw Damaged(archive, "it cannot be read to the end (" + e.Message.TrimEnd('.') + ")", e);
        }
    }

    private static BackupException Damaged(string archive, string why, Exception? inner = null)
    {
        var message = $"{archive} is damaged or not a LocalCare backup: {why}. Nothing was restored.";
        return inner is null ? new BackupException(message) : new BackupException(message, inner);
    }
}

/// <summary>Where a backup was restored: the data directory, the SQLite file (null for PostgreSQL) and the backup's manifest.</summary>
public sealed record RestoreResult(string DataDirectory, string? SqliteFile, BackupManifest Manifest);
