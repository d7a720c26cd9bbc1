using System.Globalization;
using LocalCare.Core.Generation;

namespace LocalCare.Core.WaitingLists;

/// <summary>Whether a simulated trajectory reaches a waiting goal by its month: in most replications, in about half, or not.</summary>
public sealed record WaitingGoalCheck(WaitingGoal Goal, YearMonth Census, int WeeksAvailable, ClearanceWeek Clearance, int Replications, WaitingGoalVerdict Verdict)
{
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
        return new WaitingGoalCheck(goal, census, weeks, clearance, simulation.Replications, verdict);
    }

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
