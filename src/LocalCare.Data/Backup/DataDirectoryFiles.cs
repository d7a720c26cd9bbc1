using LocalCare.Warehouse;

namespace LocalCare.Data.Backup;

/// <summary>Which files of the data directory a backup copies as they are, and which it copies another way or leaves out.</summary>
public static class DataDirectoryFiles
{
    /// <summary>The app database's name inside a backup, wherever the SQLite file was.</summary>
    public const string AppDatabaseEntry = Database.DatabaseSettings.SqliteFileName;

    /// <summary>The demo users' passwords in plain text: never in a backup (docs/decisions/0007).</summary>
    public const string DemoUsersFile = "demo-users.txt";

    /// <summary>Left out of every backup, with the reason shown in the manifest.</summary>
    public static IReadOnlyList<string> Excluded { get; } = [DemoUsersFile, DataDirectoryLock.FileName];

    /// <summary>
    /// The files copied byte for byte (keys/, rejects/ and anything else a person or a later LocalCare keeps there), as paths
    /// relative to <paramref name="dataDirectory"/> with <c>/</c>: everything but the two databases (copied through their
    /// engines), the lock, the demo passwords and unfinished backups or restores.
    /// </summary>
    public static IReadOnlyList<string> Plain(string dataDirectory, string? sqliteFile)
    {
        var sqliteName = sqliteFile is not null && Path.GetDirectoryName(Path.GetFullPath(sqliteFile)) == Path.GetFullPath(dataDirectory).TrimEnd(Path.DirectorySeparatorChar)
            ? Path.GetFileName(sqliteFile)
            : null;
        var files = new List<string>();
        foreach (var path in Directory.EnumerateFiles(dataDirectory, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint }))
        {
            var relative = Path.GetRelativePath(dataDirectory, path).Replace(Path.DirectorySeparatorChar, '/');
            var top = relative.Split('/')[0];
            if (relative == DemoUsersFile || relative == DataDirectoryLock.FileName
                || top.StartsWith(WarehouseDatabase.FileName, StringComparison.Ordinal)
                || (sqliteName is not null && top.StartsWith(sqliteName, StringComparison.Ordinal))
                || top.StartsWith(".localcare-", StringComparison.Ordinal))
            {
                continue;
            }

            files.Add(relative);
        }

        files.Sort(StringComparer.Ordinal);
        return files;
    }
}
