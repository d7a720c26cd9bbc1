using System.CommandLine;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using LocalCare.Cli.Commands;
using Spectre.Console;

namespace LocalCare.Cli;

/// <summary>The <c>localcare</c> command line: the command tree, and running one invocation of it.</summary>
public static class LocalCareCli
{
    public const string Name = "localcare";

    private const int UnwrappedWidth = 1024;

    /// <summary>Builds the root command with every subcommand; output goes to <paramref name="console"/> and problems to <paramref name="error"/>.</summary>
    public static RootCommand Build(IAnsiConsole console, TextWriter error, CliEnvironment environment)
    {
        var cli = new CliContext(console, error, environment);
        return new RootCommand("LocalCare: plan, measure and account for a Local Care Organisation's year.")
        {
            cli.DataOption,
            InitCommand.Create(cli),
            ImportCommand.Create(cli),
            OrgCommand.Create(cli),
            GenerateCommand.Create(cli),
            QualityCommand.Create(cli),
            SpcCommand.Create(cli),
            ComputeCommand.Create(cli),
            MetricsCommand.Create(cli),
            MetricCommand.Create(cli),
            BoardsCommand.Create(cli),
            PackCommand.Create(cli),
            ExportCommand.Create(cli),
            RemindersCommand.Create(cli),
            BackupCommand.Create(cli),
            RestoreCommand.Create(cli),
            new Command("commissioning", "Commissioning: providers' risk ratings (commissioning.md).")
            {
                CommissioningRiskCommand.Create(cli),
            },
            new Command("audit", "The audit trail: check its hash chain (docs/audit-trail.md).") { AuditVerifyCommand.Create(cli) },
            new Command("waitlist", "Waiting lists: who is waiting (census), the capacity model and its simulation.")
            {
                WaitlistCensusCommand.Create(cli),
                WaitlistModelCommand.Create(cli),
                WaitlistSimulateCommand.Create(cli),
                WaitlistGoalCommand.Create(cli),
            },
        };
    }

    /// <summary>Parses and runs <paramref name="args"/>; returns the exit code (<see cref="ExitCodes"/>).</summary>
    public static async Task<int> RunAsync(
        IReadOnlyList<string> args, IAnsiConsole console, TextWriter error, CliEnvironment environment, CancellationToken cancellationToken = default)
    {
        if (!console.Profile.Out.IsTerminal)
        {
            console.Profile.Width = UnwrappedWidth; // piped or captured output keeps each line whole
        }

        var parseResult = Build(console, error, environment).Parse(args);
        if (parseResult.Action is ParseErrorAction && args.Count > 0)
        {
            // One line per problem, then where to look; a bare 'localcare' falls through and shows the help.
            foreach (var problem in parseResult.Errors)
            {
                await error.WriteLineAsync(problem.Message);
            }

            await error.WriteLineAsync($"Run '{CommandLine(parseResult)} --help' for usage.");
            return ExitCodes.UserError;
        }

        var invocation = new InvocationConfiguration
        {
            Output = console.Profile.Out.Writer,
            Error = error,
            EnableDefaultExceptionHandler = false,
        };

        try
        {
            return await parseResult.InvokeAsync(invocation, cancellationToken);
        }
        catch (Exception e)
        {
            return ExitCodes.Report(e, error, environment.Debug);
        }
    }

    private static string CommandLine(ParseResult parseResult)
    {
        var names = new List<string>();
        for (SymbolResult? result = parseResult.CommandResult; result is CommandResult command; result = command.Parent)
        {
            names.Insert(0, command.Parent is null ? Name : command.Command.Name);
        }

        return string.Join(' ', names);
    }
}
