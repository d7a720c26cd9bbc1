using System.Globalization;
using LocalCare.Core.Generation;

namespace LocalCare.Core.WaitingLists;

/// <summary>Whether a simulated trajectory reaches a waiting goal by its month: in most replications, in about half, or not.</summary>
/// <param name="Goal">The goal checked.</param>
/// <param name="Census">The census the simulation starts from.</param>
/// <param name="WeeksAvailable">Whole weeks from the census to the goal month's census: the deadline's week.</param>
/// <param name="Clearance">The week the goal's long-wait count first reaches 0.</param>
/// <param name="Replications">How many replications the percentiles are over.</param>
/// <param name="Verdict">On track, at risk or off track.</param>
/// <param name="Capacity">The removals a week simulated (the goal's scenario).</param>
/// <param name="Trajectory">The goal's long-wait count per week (0 is the census): 10th percentile, median, 90th percentile.</param>
public sealed record WaitingGoalCheck(
    WaitingGoal Goal, YearMonth Census, int WeeksAvailable, ClearanceWeek Clearance, int Replications, WaitingGoalVerdict Verdict,
    double Capacity, IReadOnlyList<SimulatedRange> Trajectory)
{
    /// <summary>The waiting-time target the model's target and relief capacities are worked out for: the 18-week standard, as on the service page.</summary>
    public const double ModelTargetWeeks = 18;

    /// <summary>
    /// Compares the week the goal's long-wait count first reaches 0 with the whole weeks from the census date to the goal month's
    /// census date: on track when 9 replications in 10 clear in time (90th percentile), at risk when half do (median), else off track.
    /// </summary>
    public static WaitingGoalCheck Of(WaitingGoal goal, YearMonth census, SimulationResult simulation)
    {
        var clearance = simulation.Clearances.SingleOrDefault(c => c.OverWeeks == goal.OverWeeks)
            ?? throw new WaitingListInputException($"The simulation does not count waits over {goal.OverWeeks} weeks (it counts {string.Join(", ", simulation.Clearances.Select(c => c.OverWeeks))}).");
        var weeks = WeeksBetween(census, goal.By);
        var verdict = clearance.P90 is { } p90 && p90 <= weeks ? WaitingGoalVerdict.OnTrack
            : clearance.Median is { } median && median <= weeks ? WaitingGoalVerdict.AtRisk
            : WaitingGoalVerdict.OffTrack;
        return new WaitingGoalCheck(goal, census, weeks, clearance, simulation.Replications, verdict, simulation.Capacity,
            [.. simulation.Weeks.Select(w => w.Over(goal.OverWeeks))]);
    }

    /// <summary>
    /// The removals a week the goal is judged on, from what was observed: the current capacity, the model's target or relief capacity
    /// (for <see cref="ModelTargetWeeks"/>; a relief capacity below 0 is 0, as in <see cref="CapacityScenario.Standard"/>), or the goal's own.
    /// </summary>
    public static double CapacityOf(WaitingGoal goal, WaitingListModelInput observed) => goal.Scenario switch
    {
        CapacityScenario.Current => observed.Capacity,
        CapacityScenario.User => goal.Capacity ?? throw new WaitingListInputException("The user scenario needs a capacity."),
        CapacityScenario.Target or CapacityScenario.Relief => CapacityScenario
            .Standard(observed.Capacity, WaitingListModel.Calculate(observed with { TargetWeeks = ModelTargetWeeks }))
            .Single(s => s.Name == goal.Scenario).Capacity,
        _ => throw new WaitingListInputException($"'{goal.Scenario}' is not a scenario: current, target, relief or user."),
    };

    /// <summary>Whole weeks from <paramref name="census"/>'s last day to <paramref name="by"/>'s last day (0 when the goal month is not after it).</summary>
    public static int WeeksBetween(YearMonth census, YearMonth by) => Math.Max(0, (by.LastDay.DayNumber - census.LastDay.DayNumber) / 7);

    /// <summary>One line a manager reads on the deliverable's page.</summary>
    public string Reading => Verdict switch
    {
        WaitingGoalVerdict.OnTrack => string.Create(CultureInfo.InvariantCulture,
            $"On track: waits over {Goal.OverWeeks} weeks clear by week {Clearance.P90:0} in 9 of 10 runs; {WeeksAvailable} weeks remain to {Goal.By}."),
        WaitingGoalVerdict.AtRisk => string.Create(CultureInfo.InvariantCulture,
            $"At risk: waits over {Goal.OverWeeks} weeks clear by week {Clearance.Median:0} in half the runs, but not in 9 of 10; {WeeksAvailable} weeks remain to {Goal.By}."),
        _ => string.Create(CultureInfo.InvariantCulture,
            $"Off track: at this capacity waits over {Goal.OverWeeks} weeks do not clear in time in most runs ({Clearance.Cleared} of {Replications} runs clear them within the horizon); {WeeksAvailable} weeks remain to {Goal.By}."),
    };
}
