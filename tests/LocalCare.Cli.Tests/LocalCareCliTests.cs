using System.CommandLine;

namespace LocalCare.Cli.Tests;

public sealed class LocalCareCliTests
{
    [Fact]
    public void Build_EveryCommandOptionAndArgument_HasADescription()
    {
        var missing = new List<string>();
        Visit(Build(), "localcare");

        Assert.Empty(missing);

        void Visit(Command command, string path)
        {
            if (string.IsNullOrWhiteSpace(command.Description))
            {
                missing.Add(path);
            }

            missing.AddRange(command.Options.Where(o => string.IsNullOrWhiteSpace(o.Description)).Select(o => $"{path} {o.Name}"));
            missing.AddRange(command.Arguments.Where(a => string.IsNullOrWhiteSpace(a.Description)).Select(a => $"{path} <{a.Name}>"));
            foreach (var sub in command.Subcommands)
            {
                Visit(sub, $"{path} {sub.Name}");
            }
        }
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("init", "--help")]
    [InlineData("import", "--help")]
    [InlineData("org", "--help")]
    public async Task Help_OnEveryCommand_PrintsUsageAndSucceeds(params string[] args)
    {
        using var cli = new TestCli();

        var run = await cli.RunRawAsync(args);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Usage:", run.Out, StringComparison.Ordinal);
        Assert.Equal("", run.Error);
    }

    [Fact]
    public async Task Run_NoArguments_ShowsHelpAndFails()
    {
        using var cli = new TestCli();

        var run = await cli.RunRawAsync();

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Usage:", run.Out, StringComparison.Ordinal);
        Assert.Equal(["Required command was not provided."], run.ErrorLines);
    }

    [Fact]
    public async Task Run_UnknownCommand_PrintsTheParseErrorAndAHint()
    {
        using var cli = new TestCli();

        var run = await cli.RunRawAsync("innit");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.Equal(
            ["Required command was not provided.", "Unrecognized command or argument 'innit'.", "Run 'localcare --help' for usage."],
            run.ErrorLines);
    }

    [Fact]
    public async Task Run_UnknownOption_PointsToTheCommandsHelp()
    {
        using var cli = new TestCli();

        var run = await cli.RunAsync("org", "--colour");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(["Unrecognized command or argument '--colour'.", "Run 'localcare org --help' for usage."], run.ErrorLines);
    }

    [Fact]
    public async Task Run_UnknownDatabaseProvider_IsAUserError()
    {
        using var cli = new TestCli(CliEnvironment.None with { DatabaseProvider = "mysql" });

        var run = await cli.RunAsync("init");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            ["Database:Provider 'mysql' is not known; use 'sqlite' or 'postgres'. Check LOCALCARE_DB_PROVIDER and LOCALCARE_DB_CONNECTION."],
            run.ErrorLines);
    }

    [Fact]
    public async Task Run_DatabaseThatCannotBeOpened_IsAnInternalErrorWithoutStackTrace()
    {
        using var cli = new TestCli();
        using var broken = new TestCli(CliEnvironment.None with { DatabaseConnection = $"Data Source={cli.InputDirectory}" });

        var run = await broken.RunAsync("init");

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith("Internal error: ", line, StringComparison.Ordinal);
        Assert.StartsWith("Internal error: SQLite Error", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_InternalErrorWhenDebugging_AddsTheStackTrace()
    {
        using var cli = new TestCli();
        using var broken = new TestCli(CliEnvironment.None with { DatabaseConnection = $"Data Source={cli.InputDirectory}", Debug = true });

        var run = await broken.RunAsync("init");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("Internal error: ", run.ErrorLines[0], StringComparison.Ordinal);
        Assert.Contains(run.ErrorLines, l => l.TrimStart().StartsWith("at ", StringComparison.Ordinal));
    }

    private static RootCommand Build() =>
        LocalCareCli.Build(TestCli.ConsoleOn(TextWriter.Null), TextWriter.Null, CliEnvironment.None);
}
