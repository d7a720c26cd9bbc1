using System.CommandLine;
using LocalCare.Cli.Imports;
using LocalCare.Core.Inputs;

namespace LocalCare.Cli.Commands;

/// <summary><c>localcare import PATH...</c>: imports LocalCare files, named or found in directories, organisation.csv first.</summary>
public static class ImportCommand
{
    public static Command Create(CliContext cli)
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = $"Files or directories to import; a file is known by its name ({ImportFiles.Names}), a directory imports the known files it holds",
            Arity = ArgumentArity.OneOrMore,
        };
        paths.Validators.Add(result =>
        {
            foreach (var problem in ImportPlan.For(result.GetValueOrDefault<string[]>() ?? []).Errors)
            {
                result.AddError(problem.ToString());
            }
        });

        var command = new Command("import", "Import files into LocalCare. Each file is checked whole and stored in one go: any bad row stores nothing of that file. Initialises the app database first if needed.")
        {
            paths,
        };

        command.SetAction((parseResult, cancellationToken) => RunAsync(cli, parseResult, parseResult.GetValue(paths) ?? [], cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliContext cli, ParseResult parseResult, string[] paths, CancellationToken cancellationToken)
    {
        var plan = ImportPlan.For(paths);
        if (plan.Errors.Count > 0)
        {
            throw new InvalidInputException(plan.Errors); // a file vanished after parsing
        }

        await using var session = cli.Open(parseResult, createDataDirectory: true);
        await session.EnsureInitialisedAsync(cli, cancellationToken);

        foreach (var skipped in plan.Skipped)
        {
            cli.Warn($"{skipped}: not a LocalCare import file (expected one of: {ImportFiles.Names}); skipped");
        }

        foreach (var step in plan.Steps)
        {
            var outcome = await step.File.ImportAsync(session.Services, step.Path, cancellationToken);
            cli.Say(outcome.Summary);
            foreach (var warning in outcome.Warnings)
            {
                cli.Warn(warning);
            }
        }

        return ExitCodes.Success;
    }
}
