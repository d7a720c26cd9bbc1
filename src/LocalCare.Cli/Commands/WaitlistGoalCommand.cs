using System.CommandLine;
using System.Globalization;
using LocalCare.Core.Organisation;
using LocalCare.Core.WaitingLists;
using LocalCare.Data.WaitingLists;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Cli.Commands;

/// <summary>
/// <c>localcare waitlist goal --deliverable CODE --service CODE --over-weeks 18|52|65|78 (--by YYYY-MM [--scenario S] [--capacity C] | --remove)</c>:
/// links a deliverable to a waiting-list goal judged on one of the simulation's scenarios (changing the deliverable's goal for that service
/// and threshold if it has one), or removes that goal. The deliverable's page checks it against a simulation from the latest census.
/// </summary>
public static class WaitlistGoalCommand
{
    public static Command Create(CliContext cli)
    {
        var deliverable = new Option<string>("--deliverable") { Description = "The deliverable's code, e.g. D2425-CH-20", HelpName = "CODE", Required = true };
        var service = new Option<string>("--service") { Description = "The service whose list it is about", HelpName = "CODE", Required = true };
        var overWeeks = new Option<int>("--over-weeks") { Description = "Nobody waiting more than this many weeks: 18, 52, 65 or 78", HelpName = "N", Required = true };
        overWeeks.AcceptOnlyFromAmong([.. WaitingListSimulator.LongWaitWeeks.Select(w => w.ToString(CultureInfo.InvariantCulture))]);
        var by = MonthOption.Create("--by", "The month by whose census it must be met (required unless --remove)");
        var scenario = new Option<string?>("--scenario")
        {
            Description = "The capacity it is judged on: current, target, relief (the model's, for an 18-week target) or user (--capacity) [default: user with --capacity, else current]",
            HelpName = "SCENARIO",
        };
        scenario.AcceptOnlyFromAmong([.. WaitingGoalInput.Scenarios]);
        var capacity = new Option<double?>("--capacity") { Description = "The removals a week the plan relies on (the user scenario)", HelpName = "C" };
        var remove = new Option<bool>("--remove") { Description = "Remove the deliverable's goal for this service and threshold instead" };
        var command = new Command("goal", "Link a deliverable to a waiting-list goal (e.g. no one over 65 weeks in MSK by 2027-03) judged on a capacity scenario, or remove it; the deliverable's page shows whether the simulated trajectory reaches it.")
        {
            deliverable, service, overWeeks, by, scenario, capacity, remove,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(remove))
            {
                if (result.GetResult(by) is not null || result.GetResult(scenario) is not null || result.GetResult(capacity) is not null)
                {
                    result.AddError("--remove takes only --deliverable, --service and --over-weeks.");
                }
            }
            else if (result.GetResult(by) is null)
            {
                result.AddError("Option '--by' is required.");
            }
        });

        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var session = cli.Open(parseResult, createDataDirectory: true);
            await session.EnsureInitialisedAsync(cli, cancellationToken);
            var db = session.Db;
            var code = parseResult.GetValue(deliverable)!;
            var serviceCode = parseResult.GetValue(service)!;
            var threshold = parseResult.GetValue(overWeeks);
            if (!await db.Deliverables.AnyAsync(d => d.Code == code, cancellationToken))
            {
                throw new UserErrorException($"--deliverable: '{code}' is not a deliverable.");
            }

            if (!await db.OrganisationUnits.AnyAsync(u => u.Kind == UnitKind.Service && u.Code == serviceCode, cancellationToken))
            {
                throw new UserErrorException($"--service: '{serviceCode}' is not a service of the organisation.");
            }

            var editor = new WaitingGoalEditor(db);
            var existing = await db.WaitingGoals.AsNoTracking()
                .Where(g => g.DeliverableCode == code && g.ServiceCode == serviceCode && g.OverWeeks == threshold).Select(g => (int?)g.Id).FirstOrDefaultAsync(cancellationToken);
            if (parseResult.GetValue(remove))
            {
                if (existing is not { } id)
                {
                    throw new UserErrorException($"{code} has no goal for {serviceCode} over {threshold} weeks.");
                }

                await editor.RemoveAsync(code, id, cancellationToken);
                cli.Say($"{code}: the goal of no one waiting over {threshold} weeks in {serviceCode} is removed.");
                return ExitCodes.Success;
            }

            var given = parseResult.GetValue(capacity);
            var input = new WaitingGoalInput(serviceCode, threshold, parseResult.GetValue(by)!.Value.ToString(),
                parseResult.GetValue(scenario) ?? (given is null ? CapacityScenario.Current : CapacityScenario.User), given);
            var result = existing is { } goalId ? await editor.ChangeAsync(code, goalId, input, cancellationToken) : await editor.AddAsync(code, input, cancellationToken);
            if (result.Outcome != WaitingGoalEditOutcome.Saved)
            {
                var problem = result.Problems[0];
                throw new UserErrorException($"--{problem.Field.Replace('_', '-')}: {problem.Message}.");
            }

            cli.Say($"{code}: no one waiting over {threshold} weeks in {serviceCode} by {input.Month}, judged at {Judged(input)}; its page checks the trajectory.");
            return ExitCodes.Success;
        });
        return command;
    }

    private static string Judged(WaitingGoalInput input) => input.ScenarioName switch
    {
        CapacityScenario.User => string.Create(CultureInfo.InvariantCulture, $"{input.Capacity:0.##} removals a week"),
        CapacityScenario.Target => "the target capacity",
        CapacityScenario.Relief => "the relief capacity",
        _ => "the current capacity",
    };
}
