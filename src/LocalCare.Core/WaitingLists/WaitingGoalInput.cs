using System.Globalization;
using LocalCare.Core.Generation;
using LocalCare.Core.Inputs;

namespace LocalCare.Core.WaitingLists;

/// <summary>
/// A waiting goal as a form or an API call gives it, checked before it is stored. Each problem is under its field's name, which is
/// also the API's JSON key: <c>service</c>, <c>over_weeks</c>, <c>by</c>, <c>scenario</c>, <c>capacity</c>.
/// </summary>
/// <param name="Service">The service's code.</param>
/// <param name="OverWeeks">Nobody waiting more than this many weeks: 18, 52, 65 or 78.</param>
/// <param name="By">The month by whose census it must be met, YYYY-MM.</param>
/// <param name="Scenario">current, target, relief or user; empty is current.</param>
/// <param name="Capacity">Removals a week, for the user scenario only.</param>
public sealed record WaitingGoalInput(string? Service, int? OverWeeks, string? By, string? Scenario, double? Capacity)
{
    /// <summary>The scenarios a goal may be judged on, in the order the simulation shows them.</summary>
    public static IReadOnlyList<string> Scenarios { get; } = [CapacityScenario.Current, CapacityScenario.Target, CapacityScenario.Relief, CapacityScenario.User];

    /// <summary>The most removals a week a goal may rely on (the simulator's limit).</summary>
    public const double MaxCapacity = 1_000_000;

    /// <summary>What is wrong, in the order of the form; empty when the goal can be stored. <paramref name="services"/>: the organisation's service codes.</summary>
    public IReadOnlyList<FieldProblem> Problems(IReadOnlyCollection<string> services)
    {
        var problems = new List<FieldProblem>();
        if (string.IsNullOrWhiteSpace(Service))
        {
            problems.Add(new("service", "Select the service whose waiting list it is about"));
        }
        else if (!services.Contains(Service.Trim()))
        {
            problems.Add(new("service", $"Service '{Service.Trim()}' is not a service of the organisation"));
        }

        if (OverWeeks is null)
        {
            problems.Add(new("over_weeks", "Select the longest wait allowed: 18, 52, 65 or 78 weeks"));
        }
        else if (!WaitingListSimulator.LongWaitWeeks.Contains(OverWeeks.Value))
        {
            problems.Add(new("over_weeks", string.Create(CultureInfo.InvariantCulture, $"The longest wait must be 18, 52, 65 or 78 weeks (not {OverWeeks})")));
        }

        if (string.IsNullOrWhiteSpace(By))
        {
            problems.Add(new("by", "Enter the month the goal must be met by, such as 2026-03"));
        }
        else if (Month is null)
        {
            problems.Add(new("by", $"The month must be written YYYY-MM, such as 2026-03 (not '{By.Trim()}')"));
        }

        var scenario = ScenarioName;
        if (!Scenarios.Contains(scenario))
        {
            problems.Add(new("scenario", $"The scenario must be current, target, relief or user (not '{Scenario!.Trim()}')"));
        }
        else if (scenario == CapacityScenario.User)
        {
            if (Capacity is null)
            {
                problems.Add(new("capacity", "Enter the capacity the plan relies on, in removals a week"));
            }
            else if (!double.IsFinite(Capacity.Value) || Capacity.Value is < 0 or > MaxCapacity)
            {
                problems.Add(new("capacity", "The capacity must be a number from 0 to 1,000,000 removals a week"));
            }
        }
        else if (Capacity is not null)
        {
            problems.Add(new("capacity", "Give a capacity only with the user scenario (your own capacity)"));
        }

        return problems;
    }

    /// <summary>The scenario's name, trimmed and in lower case; current when none is given.</summary>
    public string ScenarioName => string.IsNullOrWhiteSpace(Scenario) ? CapacityScenario.Current : Scenario.Trim().ToLowerInvariant();

    /// <summary>The month, or null when it is not YYYY-MM.</summary>
    public YearMonth? Month => YearMonth.TryParse(By?.Trim(), out var month) ? month : null;

    /// <summary>Copies the input into <paramref name="goal"/> (call only when there are no problems).</summary>
    public void ApplyTo(WaitingGoal goal)
    {
        goal.ServiceCode = Service!.Trim();
        goal.OverWeeks = OverWeeks!.Value;
        goal.By = Month!.Value;
        goal.Scenario = ScenarioName;
        goal.Capacity = ScenarioName == CapacityScenario.User ? Capacity : null;
    }

    /// <summary>What a form shows for a stored goal.</summary>
    public static WaitingGoalInput From(WaitingGoal goal) => new(goal.ServiceCode, goal.OverWeeks, goal.By.ToString(), goal.Scenario, goal.Capacity);
}
