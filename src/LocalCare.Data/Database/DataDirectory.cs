namespace LocalCare.Data.Database;

/// <summary>The folder that holds LocalCare's files: the SQLite app database, later the warehouse, and demo sign-in details.</summary>
public static class DataDirectory
{
    public const string EnvironmentVariable = "LOCALCARE_DATA";

    /// <summary>An explicit path wins, then <c>LOCALCARE_DATA</c>, then the fallback (<c>./data</c> unless a launcher says otherwise).</summary>
    public static string Resolve(string? explicitPath, string? environmentValue, string? fallback = null)
    {
        var chosen = !string.IsNullOrWhiteSpace(explicitPath) ? explicitPath
            : !string.IsNullOrWhiteSpace(environmentValue) ? environmentValue
            : !string.IsNullOrWhiteSpace(fallback) ? fallback
            : "data";
        return Path.GetFullPath(chosen);
    }

    /// <summary>Creates the folder if it does not exist and returns its full path.</summary>
    public static string Ensure(string path)
    {
        Directory.CreateDirectory(path);
        return Path.GetFullPath(path);
    }
}
