using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using LocalCare.Cli.Output;
using LocalCare.Core.Organisation;
using LocalCare.Core.WaitingLists;
using LocalCare.Warehouse.WaitingLists;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Cli.Commands;

/// <summary>
/// <c>localcare waitlist simulate --service CODE --from-census YYYY-MM --weeks N [--capacity C] [--demand D] [--replications R]
/// [--seed S] [--target-weeks T] [--withdrawal P] [--format table|json]</c>: the service's list at a census, simulated forward at the current, target, relief and
/// (with --capacity) the user's capacity, side by side (waiting-lists.md).
/// </summary>
public static class WaitlistSimulateCommand
{
    public static Command Create(CliContext cli)
    {
        var service = new Option<string>("--service") { Description = "The service (its code)", HelpName = "CODE", Required = true };
        var census = MonthOption.Create("--from-census", "Start from the list waiting at this month's census");
        census.Required = true;
        var weeks = Whole("--weeks", "N", "Weeks to simulate", 1, SimulationSettings.MaxWeeks, null);
        weeks.Required = true;
        var capacity = Decimal("--capacity", "C", "A capacity of your own to compare, removals a week (the 'user' scenario)");
        var demand = Decimal("--demand", "D", "Referrals a week [default: the mean of the 26 weeks before the census]");
        var replications = Whole("--replications", "R", "Replications", 1, SimulationSettings.MaxReplications, SimulationSettings.DefaultReplications);
        var seed = Whole("--seed", "S", "The seed: the same seed gives the same results", 0, int.MaxValue, SimulationSettings.DefaultSeed);
        var targetWeeks = Decimal("--target-weeks", "T", "The waiting-time target for the target and relief capacities [default: 18]");
        var withdrawal = Probability("--withdrawal", "P", "The weekly withdrawal probability: the chance each week that someone waiting leaves the list unseen, 0 to 1 [default: 0]");
        var format = new Option<string>("--format") { Description = "table (for people) or json", HelpName = "FORMAT", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var command = new Command("simulate", "Simulate a service's waiting list from a census, first come first served, at the current, target, relief and your own capacity; median and 10th-90th percentiles over seeded replications.")
        {
            service, census, weeks, capacity, demand, replications, seed, targetWeeks, withdrawal, format,
        };

        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var session = cli.Open(parseResult, createDataDirectory: false);
            var code = parseResult.GetValue(service)!;
            if (!await session.Db.OrganisationUnits.AnyAsync(u => u.Kind == UnitKind.Service && u.Code == code, cancellationToken))
            {
                throw new UserErrorException($"--service: '{code}' is not a service of the organisation.");
            }

            var observed = ObservedWaitingList.Read(session.Warehouse, code, parseResult.GetValue(census)!.Value);
            var input = observed.ModelInput(parseResult.GetValue(targetWeeks) ?? 18);
            input = input with { Demand = parseResult.GetValue(demand) ?? input.Demand };
            var withdrawing = parseResult.GetValue(withdrawal) ?? 0;
            IReadOnlyList<ScenarioResult> results;
            try
            {
                var model = WaitingListModel.Calculate(input);
                var settings = new SimulationSettings(observed.DaysWaited, input.Demand, parseResult.GetValue(weeks)!.Value, withdrawing,
                    parseResult.GetValue(replications)!.Value, parseResult.GetValue(seed)!.Value);
                results = WaitingListSimulator.RunScenarios(settings, CapacityScenario.Standard(input.Capacity, model, parseResult.GetValue(capacity)), cancellationToken: cancellationToken);
            }
            catch (WaitingListInputException e)
            {
                throw new UserErrorException($"{code} at {observed.Census}: {e.Message}", e);
            }

            if (parseResult.GetValue(format) == "json")
            {
                cli.Say(WaitlistSimulationOutput.Json(observed, input.Demand, withdrawing, results));
            }
            else
            {
                WaitlistSimulationOutput.Table(cli, observed, input.Demand, withdrawing, results);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Option<int?> Whole(string name, string helpName, string description, int min, int max, int? defaultValue) => new(name)
    {
        Description = description,
        HelpName = helpName,
        DefaultValueFactory = _ => defaultValue,
        CustomParser = result =>
        {
            var text = Token(result);
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
            {
                return value;
            }

            result.AddError(string.Create(CultureInfo.InvariantCulture, $"{name} must be a whole number from {min} to {max} (not '{text}')."));
            return null;
        },
    };

    private static Option<double?> Decimal(string name, string helpName, string description) => new(name)
    {
        Description = description,
        HelpName = helpName,
        CustomParser = result =>
        {
            var text = Token(result);
            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) && value >= 0)
            {
                return value;
            }

            result.AddError($"{name} must be a number of 0 or more (not '{text}').");
            return null;
        },
    };

    private static Option<double?> Probability(string name, string helpName, string description) => new(name)
    {
        Description = description,
        HelpName = helpName,
        CustomParser = result =>
        {
            var text = Token(result);
            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value is >= 0 and <= 1)
            {
                return value;
            }

            result.AddError($"{name} must be a probability from 0 to 1, such as 0.01 (not '{text}').");
            return null;
        },
    };

    private static string Token(ArgumentResult result) => result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
}
