using System.CommandLine;
using System.Globalization;
using LocalCare.Core.Organisation;
using LocalCare.Core.WaitingLists;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Cli.Commands;

/// <summary>
/// <c>localcare waitlist goal --deliverable CODE --service CODE --over-weeks 18|52|65|78 --by YYYY-MM [--capacity C]</c>: links a
/// deliverable to a waiting-list goal, which its page then checks against a simulation from the latest census.
/// </summary>
public static class WaitlistGoalCommand
{
    public static Command Create(CliContext cli)
    {
        var deliverable = new Option<string>("--deliverable") { Description = "The deliverable's code, e.g. D2425-CH-20", HelpName = "CODE", Required = true };
        var service = new Option<string>("--service") { Description = "The service whose list it is about", HelpName = "CODE", Required = true };
        var overWeeks = new Option<int>("--over-weeks") { Description = "Nobody waiting more than this many weeks: 18, 52, 65 or 78", HelpName = "N", Required = true };
        overWeeks.AcceptOnlyFromAmong([.. WaitingListSimulator.LongWaitWeeks.Select(w => w.ToString(CultureInfo.InvariantCulture))]);
        var by = MonthOption.Create("--by", "The month by whose census it must be met");
        by.Required = true;
        var capacity = new Option<double?>("--capacity") { Description = "The removals a week the plan relies on [default: the capacity observed before the census]", HelpName = "C" };
        var command = new Command("goal", "Link a deliverable to a waiting-list goal (e.g. no one over 65 weeks in MSK by 2027-03); the deliverable's page shows whether the simulated trajectory reaches it.")
        {
            deliverable, service, overWeeks, by, capacity,
        };

        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var session = cli.Open(parseResult, createDataDirectory: true);
            await session.EnsureInitialisedAsync(cli, cancellationToken);
            var db = session.Db;
            var code = parseResult.GetValue(deliverable)!;
            var serviceCode = parseResult.GetValue(service)!;
            if (!await db.Deliverables.AnyAsync(d => d.Code == code, cancellationToken))
            {
                throw new UserErrorException($"--deliverable: '{code}' is not a deliverable.");
            }

            if (!await db.OrganisationUnits.AnyAsync(u => u.Kind == UnitKind.Service && u.Code == serviceCode, cancellationToken))
            {
                throw new UserErrorException($"--service: '{serviceCode}' is not a service of the organisation.");
            }

            if (parseResult.GetValue(capacity) is < 0 or double.NaN)
            {
                throw new UserErrorException("--capacity must be 0 or more.");
            }

            var goal = new WaitingGoal
            {
                DeliverableCode = code,
                ServiceCode = serviceCode,
                OverWeeks = parseResult.GetValue(overWeeks),
                By = parseResult.GetValue(by)!.Value,
                Capacity = parseResult.GetValue(capacity),
            };
            db.WaitingGoals.Add(goal);
            await db.SaveChangesAsync(cancellationToken);
            cli.Say($"{code}: no one waiting over {goal.OverWeeks} weeks in {serviceCode} by {goal.By}; its page checks the trajectory.");
            return ExitCodes.Success;
        });
        return command;
    }
}
