using System.CommandLine;
using LocalCare.Core.Generation;
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

        var years = new Option<int>("--demo-years")
        {
            Description = "With --demo: years of generated activity (referrals, contacts, workforce, ...) to import, ending last month; 0 for none",
            HelpName = "N",
            DefaultValueFactory = _ => new DemoActivitySettings().Years,
        };
        years.Validators.Add(r => { if (r.GetValueOrDefault<int>() is < 0 or > GenerationSettings.MaxYears) { r.AddError($"--demo-years must be 0 to {GenerationSettings.MaxYears}."); } });
        var volume = new Option<long>("--demo-contacts-per-year")
        {
            Description = $"With --demo: contacts a year in the generated activity [default: ${CliEnvironment.DemoVolumeVariable}, else {GenerationSettings.DefaultContactsPerYear}]",
            HelpName = "N",
            DefaultValueFactory = _ => cli.Environment.DemoContactsPerYear ?? GenerationSettings.DefaultContactsPerYear,
        };
        volume.Validators.Add(r => { if (r.GetValueOrDefault<long>() is < 1 or > GenerationSettings.MaxContactsPerYear) { r.AddError($"--demo-contacts-per-year must be 1 to {GenerationSettings.MaxContactsPerYear}."); } });

        var command = new Command("init", "Create the data directory and app database (or bring them up to date) with the standard boards and metrics. Safe to run again.")
        {
            demo,
            years,
            volume,
        };

        command.SetAction((parseResult, cancellationToken) => RunAsync(
            cli, parseResult, parseResult.GetValue(demo), new DemoActivitySettings(parseResult.GetValue(years), parseResult.GetValue(volume)), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliContext cli, ParseResult parseResult, bool demo, DemoActivitySettings activity, CancellationToken cancellationToken)
    {
        await using var session = cli.Open(parseResult, createDataDirectory: true);
        var before = await session.StateAsync(cancellationToken);
        var result = await session.Get<Initialiser>().InitialiseAsync(demo, session.DataDirectory, activity, cancellationToken);

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
            cli.Say(result.DemoActivityRows is { } rows
                ? $"Imported {rows:#,0} rows of generated activity ({activity.Years} years, {activity.ContactsPerYear:#,0} contacts a year) into the warehouse."
                : "The warehouse already holds activity; none was generated.");
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
