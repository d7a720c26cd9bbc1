using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using LocalCare.Cli.Output;
using LocalCare.Core.WaitingLists;

namespace LocalCare.Cli.Commands;

/// <summary>
/// <c>localcare waitlist model --demand D --capacity C --queue Q --target-weeks T [--factor 4] [--cv-demand 1] [--cv-capacity 1]
/// [--time-to-target 26] [--referrals N] [--mean-wait W] [--format table|json]</c>: the waiting-list model of waiting-lists.md, without the data directory.
/// </summary>
public static class WaitlistModelCommand
{
    public static Command Create(CliContext cli)
    {
        var demand = Required("--demand", "D", "Referrals joining the list a week (0 or more)", min: 0, minIncluded: true);
        var capacity = Required("--capacity", "C", "Removals (clock stops) a week now (0 or more)", min: 0, minIncluded: true);
        var queue = Required("--queue", "Q", "How many are waiting now (0 or more)", min: 0, minIncluded: true);
        var targetWeeks = Required("--target-weeks", "T", "The waiting-time target in weeks, such as 18 (more than 0)", min: 0, minIncluded: false);
        var factor = Defaulted("--factor", "X", "The target mean wait is the target ÷ this; 4 keeps about 98% within the target (more than 0)", WaitingListModelInput.DefaultFactor, minIncluded: false);
        var cvDemand = new Option<double?>("--cv-demand")
        {
            // No default value here: whether it was given decides the relief capacity's allowance for uncertain demand (with --referrals).
            Description = "Coefficient of variation of the days between referrals (0 or more) [default: 1]",
            HelpName = "CV",
            CustomParser = result => Number(result, "--cv-demand", 0, minIncluded: true),
        };
        var cvCapacity = Defaulted("--cv-capacity", "CV", "Coefficient of variation of the days between removals (0 or more)", WaitingListModelInput.DefaultCv, minIncluded: true);
        var timeToTarget = Defaulted("--time-to-target", "WEEKS", "Weeks in which relief capacity brings the list to its target size (more than 0)", WaitingListModelInput.DefaultTimeToTarget, minIncluded: false);
        var referrals = new Option<long?>("--referrals")
        {
            Description = "How many referrals the demand was measured from; with --cv-demand, relief capacity allows for the estimate being low",
            HelpName = "N",
            CustomParser = WholeNumber,
        };
        var meanWait = new Option<double?>("--mean-wait")
        {
            Description = "The mean wait now in weeks (0 or more), for the waiting-list pressure",
            HelpName = "W",
            CustomParser = result => Number(result, "--mean-wait", 0, minIncluded: true),
        };
        var format = new Option<string>("--format")
        {
            Description = "table (for people) or json",
            HelpName = "FORMAT",
            DefaultValueFactory = _ => "table",
        };
        format.AcceptOnlyFromAmong("table", "json");

        var command = new Command("model", "Model a waiting list as NHSRwaitinglist does: queue load, target mean wait and queue size, relief and target capacity, pressure, and whether relief comes first.")
        {
            demand,
            capacity,
            queue,
            targetWeeks,
            factor,
            cvDemand,
            cvCapacity,
            timeToTarget,
            referrals,
            meanWait,
            format,
        };

        command.SetAction(parseResult =>
        {
            var input = new WaitingListModelInput(
                parseResult.GetValue(demand),
                parseResult.GetValue(capacity),
                parseResult.GetValue(queue),
                parseResult.GetValue(targetWeeks),
                parseResult.GetValue(factor),
                parseResult.GetValue(cvDemand),
                parseResult.GetValue(cvCapacity),
                parseResult.GetValue(timeToTarget),
                parseResult.GetValue(referrals),
                parseResult.GetValue(meanWait));
            return Run(cli, input, parseResult.GetValue(format) == "json");
        });
        return command;
    }

    private static int Run(CliContext cli, WaitingListModelInput input, bool json)
    {
        WaitingListModelResult result;
        try
        {
            result = WaitingListModel.Calculate(input);
        }
        catch (WaitingListInputException e)
        {
            throw new UserErrorException(e.Message, e);
        }

        if (input.Referrals is not null && input.CvDemand is null)
        {
            cli.Warn("--referrals is used only with --cv-demand: the relief capacity takes the demand as given.");
        }

        if (json)
        {
            WaitlistModelOutput.WriteJson(cli, result);
        }
        else
        {
            WaitlistModelOutput.WriteTable(cli, result);
        }

        return ExitCodes.Success;
    }

    private static Option<double> Required(string name, string helpName, string description, double min, bool minIncluded) => new(name)
    {
        Description = description,
        HelpName = helpName,
        Required = true,
        CustomParser = result => Number(result, name, min, minIncluded) ?? 0,
    };

    private static Option<double> Defaulted(string name, string helpName, string description, double defaultValue, bool minIncluded) => new(name)
    {
        Description = description,
        HelpName = helpName,
        DefaultValueFactory = _ => defaultValue,
        CustomParser = result => Number(result, name, 0, minIncluded) ?? defaultValue,
    };

    /// <summary>A finite number above (or from) <paramref name="min"/>, or one parse error that says what is allowed.</summary>
    private static double? Number(ArgumentResult result, string option, double min, bool minIncluded)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
        if (double.TryParse(text, NumberStyles.Float | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var value)
            && double.IsFinite(value) && (minIncluded ? value >= min : value > min))
        {
            return value;
        }

        var range = minIncluded
            ? string.Create(CultureInfo.InvariantCulture, $"of {min} or more")
            : string.Create(CultureInfo.InvariantCulture, $"greater than {min}");
        result.AddError($"{option} must be a number {range} (not '{text}').");
        return null;
    }

    private static long? WholeNumber(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
        if (long.TryParse(text, NumberStyles.Integer | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var value) && value >= 0)
        {
            return value;
        }

        result.AddError($"--referrals must be a whole number of 0 or more (not '{text}').");
        return null;
    }
}
