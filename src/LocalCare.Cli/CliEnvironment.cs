using LocalCare.Data.Database;

namespace LocalCare.Cli;

/// <summary>
/// The environment variables the CLI reads, read once by <c>Program</c> and passed in,
/// so tests give their own values instead of changing the process environment.
/// </summary>
/// <param name="DataDirectory"><c>LOCALCARE_DATA</c>: the data directory when <c>--data</c> is not given.</param>
/// <param name="DatabaseProvider"><c>LOCALCARE_DB_PROVIDER</c>: <c>sqlite</c> (default) or <c>postgres</c>.</param>
/// <param name="DatabaseConnection"><c>LOCALCARE_DB_CONNECTION</c>: the app database's connection string; default a SQLite file in the data directory.</param>
/// <param name="Debug"><c>LOCALCARE_DEBUG=1</c>: print the stack trace of an internal error.</param>
public sealed record CliEnvironment(string? DataDirectory, string? DatabaseProvider, string? DatabaseConnection, bool Debug)
{
    public const string ProviderVariable = "LOCALCARE_DB_PROVIDER";
    public const string ConnectionVariable = "LOCALCARE_DB_CONNECTION";
    public const string DebugVariable = "LOCALCARE_DEBUG";
    public const string DemoVolumeVariable = "LOCALCARE_DEMO_CONTACTS_PER_YEAR";

    /// <summary>Where today's date comes from (e.g. the last complete month, the default of <c>generate --to</c>); tests give a fixed clock.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary><c>LOCALCARE_DEMO_CONTACTS_PER_YEAR</c>: the default volume of the demo's generated activity (smaller for quick trials and tests).</summary>
    public long? DemoContactsPerYear { get; init; }

    /// <summary>
    /// A setting of the web app's configuration by its key (<c>Smtp:Host</c>), read from the environment variable of the same
    /// name with <c>__</c> for <c>:</c> (<c>Smtp__Host</c>), as ASP.NET Core reads it; tests give their own.
    /// </summary>
    public Func<string, string?> Setting { get; init; } = _ => null;

    /// <summary>Nothing set: <c>./data</c>, SQLite, no stack traces.</summary>
    public static CliEnvironment None { get; } = new(null, null, null, Debug: false);

    public static CliEnvironment FromProcess() => new(
        Environment.GetEnvironmentVariable(Data.Database.DataDirectory.EnvironmentVariable),
        Environment.GetEnvironmentVariable(ProviderVariable),
        Environment.GetEnvironmentVariable(ConnectionVariable),
        Environment.GetEnvironmentVariable(DebugVariable) == "1")
    {
        Setting = key => Environment.GetEnvironmentVariable(key.Replace(":", "__", StringComparison.Ordinal)),
        DemoContactsPerYear = long.TryParse(Environment.GetEnvironmentVariable(DemoVolumeVariable), out var volume) && volume > 0 ? volume : null,
    };
}
