using System.CommandLine;
using LocalCare.Data.Database;
using Spectre.Console;

namespace LocalCare.Cli;

/// <summary>What every command is built with: where its output goes, the environment and the global options.</summary>
public sealed class CliContext(IAnsiConsole console, TextWriter error, CliEnvironment environment)
{
    /// <summary>Standard output, through Spectre.Console (trees, tables).</summary>
    public IAnsiConsole Console { get; } = console;

    /// <summary>Standard error: problems, one line each, and warnings.</summary>
    public TextWriter Error { get; } = error;

    public CliEnvironment Environment { get; } = environment;

    /// <summary><c>--data DIR</c>, accepted before or after the command name.</summary>
    public Option<string?> DataOption { get; } = new("--data")
    {
        Description = $"The data directory: the SQLite app database and demo sign-in details [default: ${DataDirectory.EnvironmentVariable}, else ./data]",
        HelpName = "DIR",
        Recursive = true,
    };

    /// <summary>Writes one plain line to standard output, never wrapped to the console's width (paths stay whole for scripts).</summary>
    public void Say(string line) => Console.Profile.Out.Writer.WriteLine(line);

    /// <summary>Writes a warning to standard error.</summary>
    public void Warn(string line) => Error.WriteLine($"warning: {line}");

    /// <summary>The data directory for this invocation: <c>--data</c>, else <c>LOCALCARE_DATA</c>, else <c>./data</c>.</summary>
    public string DataDirectoryOf(ParseResult parseResult) =>
        DataDirectory.Resolve(parseResult.GetValue(DataOption), Environment.DataDirectory);

    /// <summary>Opens the app database for one invocation; <paramref name="createDataDirectory"/> for commands that write.</summary>
    public CliSession Open(ParseResult parseResult, bool createDataDirectory) =>
        CliSession.Open(DataDirectoryOf(parseResult), Environment, createDataDirectory);
}
