using System.CommandLine;
using LocalCare.Core.Organisation;
using LocalCare.Data.Setup;
using LocalCare.Data.Users;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Cli.Commands;

/// <summary><c>localcare init [--demo]</c>: creates or updates the app database with the standard boards and metrics, optionally the demo organisation.</summary>
public static class InitCommand
{
    public static Command Create(CliContext cli)
    {
        var demo = new Option<bool>("--demo")
        {
            Description = "Also load the demo organisation (Manchester LCO) with its 2024/25 plan, and create one demo user per role",
        };

        var command = new Command("init", "Create the data directory and app database (or bring them up to date) with the standard boards and metrics. Safe to run again.")
        {
            demo,
        };

        command.SetAction((parseResult, cancellationToken) => RunAsync(cli, parseResult, parseResult.GetValue(demo), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliContext cli, ParseResult parseResult, bool demo, CancellationToken cancellationToken)
    {
        await using var session = cli.Open(parseResult, createDataDirectory: true);
        var before = await session.StateAsync(cancellationToken);
        var result = await session.Get<Initialiser>().InitialiseAsync(demo, session.DataDirectory, cancellationToken);

        cli.Say(before switch
        {
            DatabaseState.Missing => $"Created the app database: {session.DatabaseDescription}",
            DatabaseState.Outdated => $"Updated the app database: {session.DatabaseDescription}",
            _ => $"The app database was already initialised: {session.DatabaseDescription}",
        });

        var db = session.Db;
        var boards = await db.Boards.CountAsync(cancellationToken);
        var metrics = await db.Metrics.CountAsync(cancellationToken);
        cli.Say($"Standard boards and metrics are in place: {boards} boards, {metrics} metrics.");

        if (demo)
        {
            cli.Say(result.DemoLoaded ? "Loaded the demo organisation and its plan." : "The demo organisation was already loaded.");
        }

        var units = await db.OrganisationUnits.AsNoTracking().ToListAsync(cancellationToken);
        var tree = new OrganisationTree(units);
        cli.Say(tree.Lco is null
            ? $"No organisation loaded yet: run '{LocalCareCli.Name} import organisation.csv' or '{LocalCareCli.Name} init --demo'."
            : $"Organisation: {tree.Lco.Name} ({tree.Lco.Code}): {tree.Localities.Count} localities, {tree.Neighbourhoods.Count} neighbourhoods, {tree.Services.Count} services.");

        if (demo)
        {
            cli.Say(DemoUsersLine(result.DemoUsersFile, session.DataDirectory));
        }

        return ExitCodes.Success;
    }

    private static string DemoUsersLine(string? createdFile, string dataDirectory)
    {
        if (createdFile is not null)
        {
            return $"Demo users' passwords are in {createdFile}";
        }

        var earlier = Path.Combine(dataDirectory, DemoUsers.FileName);
        return File.Exists(earlier)
            ? $"The demo users already exist; their passwords are in {earlier}"
            : $"The demo users already exist; their passwords were written to {DemoUsers.FileName} in the data directory used when they were created.";
    }
}
