using System.Globalization;
using LocalCare.Core.WaitingLists;

namespace LocalCare.Web.Features.WaitingLists;

/// <summary>The model's numbers as typed (a page's form or an API call's query); empty keeps the observed value.</summary>
public sealed record ModelText(
    string? Demand = null,
    string? Capacity = null,
    string? Queue = null,
    string? Target = null,
    string? Factor = null,
    string? CvDemand = null,
    string? CvCapacity = null,
    string? TimeToTarget = null,
    string? Referrals = null,
    string? MeanWait = null);

/// <summary>The simulation's settings as typed; empty takes the default.</summary>
public sealed record SimulationText(string? Weeks = null, string? Replications = null, string? Seed = null, string? UserCapacity = null, string? Withdrawal = null);

/// <summary>The simulation's settings once checked; <paramref name="Withdrawal"/> is the weekly withdrawal probability (0 to 1).</summary>
public sealed record SimulationChoice(int Weeks, int Replications, int Seed, double? UserCapacity, double Withdrawal = 0);

/// <summary>
/// Reads and checks the model's and the simulation's numbers for the service page and the API, so both give the same messages, each
/// under the name of the parameter (or form field) at fault.
/// </summary>
public static class WaitingListInputs
{
    public const double DefaultTargetWeeks = 18;
    public const int DefaultSimulationWeeks = 52;

    /// <summary>The most replications the web app runs per request (the CLI allows <see cref="SimulationSettings.MaxReplications"/>): a page must answer in seconds.</summary>
    public const int MaxReplications = 2_000;

    /// <summary>The most weeks the web app simulates per request.</summary>
    public const int MaxSimulationWeeks = 260;

    /// <summary>
    /// The model's input: each number typed replaces <paramref name="observed"/>'s (without one, demand, capacity and queue must be typed).
    /// Null when any number is missing or out of range; the problems say which.
    /// </summary>
    public static WaitingListModelInput? Model(ModelText text, WaitingListModelInput? observed, IDictionary<string, string[]> problems)
    {
        var ok = true;
        double? Read(string? typed, string name, string label, double? fallback, Range range, bool required)
        {
            if (string.IsNullOrWhiteSpace(typed))
            {
                if (fallback is null && required)
                {
                    problems[name] = [$"Enter the {label.ToLowerInvariant()}"];
                    ok = false;
                }

                return fallback;
            }

            var cleaned = typed.Trim().Replace(",", "", StringComparison.Ordinal);
            if (!double.TryParse(cleaned, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
            {
                problems[name] = [$"{label} must be a number, like 12.5"];
                ok = false;
                return null;
            }

            var message = range switch
            {
                Range.Positive when value <= 0 => $"{label} must be more than 0",
                Range.NotNegative when value < 0 => $"{label} must be 0 or more",
                _ => null,
            };
            if (message is not null)
            {
                problems[name] = [message];
                ok = false;
                return null;
            }

            return value;
        }

        var demand = Read(text.Demand, "demand", "Demand", observed?.Demand, Range.NotNegative, true);
        var capacity = Read(text.Capacity, "capacity", "Capacity", observed?.Capacity, Range.NotNegative, true);
        var queue = Read(text.Queue, "queue", "Queue size", observed?.QueueSize, Range.NotNegative, true);
        var target = Read(text.Target, "target", "Target", observed?.TargetWeeks ?? DefaultTargetWeeks, Range.Positive, true);
        var factor = Read(text.Factor, "factor", "Factor", observed?.Factor ?? WaitingListModelInput.DefaultFactor, Range.Positive, true);
        var cvDemand = Read(text.CvDemand, "cvDemand", "Coefficient of variation of demand", observed?.CvDemand, Range.NotNegative, false);
        var cvCapacity = Read(text.CvCapacity, "cvCapacity", "Coefficient of variation of capacity", observed?.CvCapacity ?? WaitingListModelInput.DefaultCv, Range.NotNegative, true);
        var timeToTarget = Read(text.TimeToTarget, "timeToTarget", "Time to target", observed?.TimeToTarget ?? WaitingListModelInput.DefaultTimeToTarget, Range.Positive, true);
        var referrals = Read(text.Referrals, "referrals", "Referrals", observed?.Referrals, Range.NotNegative, false);
        var meanWait = Read(text.MeanWait, "meanWait", "Mean wait", observed?.MeanWait, Range.NotNegative, false);
        if (referrals is { } n && n != Math.Floor(n))
        {
            problems["referrals"] = ["Referrals must be a whole number"];
            ok = false;
        }

        if (!ok)
        {
            return null;
        }

        return new WaitingListModelInput(demand!.Value, capacity!.Value, queue!.Value, target!.Value, factor!.Value, cvDemand, cvCapacity!.Value, timeToTarget!.Value,
            referrals is { } count ? (long)count : null, meanWait);
    }

    /// <summary>The model's result, or null with the model's own message under <paramref name="field"/> when it cannot use the numbers.</summary>
    public static WaitingListModelResult? Calculate(WaitingListModelInput input, string field, IDictionary<string, string[]> problems)
    {
        try
        {
            return WaitingListModel.Calculate(input);
        }
        catch (WaitingListInputException e)
        {
            problems[field] = [e.Message];
            return null;
        }
    }

    /// <summary>The simulation's settings; null when any is out of range.</summary>
    public static SimulationChoice? Simulation(SimulationText text, IDictionary<string, string[]> problems, string weeksName = "weeks", string userCapacityName = "capacity")
    {
        var weeks = WaitingListsQuery.Whole(text.Weeks, weeksName, "Weeks to simulate", 1, MaxSimulationWeeks, DefaultSimulationWeeks, problems);
        var replications = WaitingListsQuery.Whole(text.Replications, "replications", "Replications", 1, MaxReplications, SimulationSettings.DefaultReplications, problems);
        var seed = WaitingListsQuery.Whole(text.Seed, "seed", "Seed", 0, int.MaxValue, SimulationSettings.DefaultSeed, problems);
        double? user = null;
        var userOk = true;
        if (!string.IsNullOrWhiteSpace(text.UserCapacity))
        {
            if (double.TryParse(text.UserCapacity.Trim().Replace(",", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) && value >= 0)
            {
                user = value;
            }
            else
            {
                problems[userCapacityName] = ["Your capacity must be a number of 0 or more, like 12.5"];
                userOk = false;
            }
        }

        var withdrawal = Probability(text.Withdrawal, "withdrawal", problems);
        return weeks is null || replications is null || seed is null || !userOk || withdrawal is null
            ? null
            : new SimulationChoice(weeks.Value, replications.Value, seed.Value, user, withdrawal.Value);
    }

    /// <summary>The weekly withdrawal probability: empty is 0 (nobody withdraws); otherwise a number from 0 to 1.</summary>
    public static double? Probability(string? text, string name, IDictionary<string, string[]> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return 0;
        }

        if (double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value is >= 0 and <= 1)
        {
            return value;
        }

        problems[name] = ["Withdrawal probability must be a number from 0 to 1, like 0.01"];
        return null;
    }

    /// <summary>Runs the four scenarios (three without a user capacity) from the list at the census; null with the simulator's message under <paramref name="field"/>.</summary>
    public static IReadOnlyList<ScenarioResult>? Simulate(
        IReadOnlyList<int> daysWaited, WaitingListModelInput input, WaitingListModelResult model, SimulationChoice choice, string field,
        IDictionary<string, string[]> problems, CancellationToken cancellationToken)
    {
        try
        {
            var settings = new SimulationSettings(daysWaited, input.Demand, choice.Weeks, choice.Withdrawal, choice.Replications, choice.Seed);
            return WaitingListSimulator.RunScenarios(settings, CapacityScenario.Standard(input.Capacity, model, choice.UserCapacity), cancellationToken: cancellationToken);
        }
        catch (WaitingListInputException e)
        {
            problems[field] = [e.Message];
            return null;
        }
    }

    /// <summary>A number for a form field: at most four decimals, no thousands separator, so it reads back exactly as shown.</summary>
    public static string Field(double? value) => value?.ToString("0.####", CultureInfo.InvariantCulture) ?? "";

    private enum Range
    {
        Positive,
        NotNegative,
    }
}

/// <summary>A number input of the service page's form, for the <c>_NumberField</c> partial.</summary>
public sealed record NumberField(string Id, string Label, string? Hint, string? Value, string? Error);
