using System.Globalization;
using LocalCare.Core.WaitingLists;

namespace LocalCare.Web.Features.WaitingLists;

/// <summary>How a waiting goal reads on the pages: its wording, its scenario, its verdict, and its trajectory as a chart.</summary>
public static class WaitingGoalViews
{
    /// <summary>"No one waiting over 65 weeks by 2025-03".</summary>
    public static string Wording(WaitingGoal goal) => $"No one waiting over {goal.OverWeeks} weeks by {goal.By}";

    /// <summary>The capacity it is judged on, as the simulation's scenarios are named.</summary>
    public static string Scenario(WaitingGoal goal) => goal.Scenario switch
    {
        CapacityScenario.User => goal.Capacity is { } capacity ? string.Create(CultureInfo.InvariantCulture, $"{capacity:#,0.##} a week (the plan's)") : "The plan's capacity",
        _ => ServiceModel.ScenarioLabel(goal.Scenario),
    };

    public static string VerdictLabel(WaitingGoalVerdict verdict) => verdict switch
    {
        WaitingGoalVerdict.OnTrack => "On track",
        WaitingGoalVerdict.AtRisk => "At risk",
        _ => "Off track",
    };

    public static string VerdictTag(WaitingGoalVerdict verdict) => verdict switch
    {
        WaitingGoalVerdict.OnTrack => "nhsuk-tag--green",
        WaitingGoalVerdict.AtRisk => "nhsuk-tag--yellow",
        _ => "nhsuk-tag--red",
    };

    /// <summary>The goal's long-wait count per week (median line, 10th to 90th percentile band) with its month as a dashed line.</summary>
    public static WaitingChart Chart(WaitingGoalCheck check)
    {
        var goal = check.Goal;
        var weeks = check.Trajectory;
        var colour = WaitingChartSvg.ScenarioColours[Math.Max(0, WaitingGoalInput.Scenarios.ToList().IndexOf(goal.Scenario)) % WaitingChartSvg.ScenarioColours.Count];
        var deadline = check.WeeksAvailable < weeks.Count ? $" At week {check.WeeksAvailable}, the goal's month, the median is {N(weeks[check.WeeksAvailable].Median)} ({N(weeks[check.WeeksAvailable].P10)} to {N(weeks[check.WeeksAvailable].P90)})." : "";
        var description = $"The median (line) and 10th to 90th percentiles (shaded) of people waiting over {goal.OverWeeks} weeks in {goal.ServiceCode} each week over {check.Replications} runs, "
            + $"from the {check.Census} census (week 0) to week {weeks.Count - 1}, at {N(check.Capacity)} removals a week ({Scenario(goal).ToLowerInvariant()}); the dashed line is {goal.By}, week {check.WeeksAvailable}.{deadline} The table below has every week.";
        return new WaitingChart(
            $"goal-{goal.Id}-chart",
            $"{goal.ServiceCode}: waiting over {goal.OverWeeks} weeks, simulated to {goal.By}",
            description,
            [.. Enumerable.Range(0, weeks.Count).Select(w => w.ToString(CultureInfo.InvariantCulture))],
            [
                new ChartSeries("10th to 90th percentile", colour, [.. weeks.Select(w => (double?)w.P10)], ChartSeriesKind.Band, [.. weeks.Select(w => (double?)w.P90)]),
                new ChartSeries("Median", colour, [.. weeks.Select(w => (double?)w.Median)], ChartSeriesKind.Line),
            ],
            $"Waiting over {goal.OverWeeks} weeks",
            [new ChartMarker(check.WeeksAvailable, $"Goal: {goal.By}", WaitingChartSvg.DeadlineColour)]);
    }

    private static string N(double value) => value.ToString("#,0.#", CultureInfo.InvariantCulture);
}
