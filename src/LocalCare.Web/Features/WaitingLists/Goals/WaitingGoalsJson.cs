using System.Text.Json.Serialization;
using LocalCare.Core.WaitingLists;
using LocalCare.Data.WaitingLists;

namespace LocalCare.Web.Features.WaitingLists.Goals;

/// <summary>A waiting goal to add or change: the service, the threshold, the month, the scenario and (for <c>user</c> only) the capacity.</summary>
public sealed record WaitingGoalRequest(
    [property: JsonPropertyName("service")] string? Service,
    [property: JsonPropertyName("over_weeks")] int? OverWeeks,
    [property: JsonPropertyName("by")] string? By,
    [property: JsonPropertyName("scenario")] string? Scenario,
    [property: JsonPropertyName("capacity")] double? Capacity)
{
    public WaitingGoalInput ToInput() => new(Service, OverWeeks, By, Scenario, Capacity);
}

/// <summary>What an added goal is called by: its id.</summary>
public sealed record WaitingGoalCreated([property: JsonPropertyName("id")] int Id);

/// <summary>A deliverable's waiting goal with its check from the latest census (null, with the problem, when it could not be checked).</summary>
public sealed record WaitingGoalJson(
    [property: JsonPropertyName("id")] int Id,
    [property: JsonPropertyName("deliverable")] string Deliverable,
    [property: JsonPropertyName("service")] string Service,
    [property: JsonPropertyName("over_weeks")] int OverWeeks,
    [property: JsonPropertyName("by")] string By,
    [property: JsonPropertyName("scenario")] string Scenario,
    [property: JsonPropertyName("capacity")] double? Capacity,
    [property: JsonPropertyName("check")] WaitingGoalCheckJson? Check,
    [property: JsonPropertyName("problem")] string? Problem)
{
    public static WaitingGoalJson From(WaitingGoalOutcome outcome)
    {
        var g = outcome.Goal;
        return new(g.Id, g.DeliverableCode, g.ServiceCode, g.OverWeeks, g.By.ToString(), g.Scenario, g.Capacity,
            outcome.Check is { } c ? WaitingGoalCheckJson.From(c) : null, outcome.Problem);
    }
}

/// <summary>
/// A goal's check: the census simulated from, the weeks to the goal's month, the verdict (<c>on_track</c>, <c>at_risk</c>, <c>off_track</c>)
/// and its reading, the capacity simulated, the clearance week's percentiles and the long-wait count's trajectory per week.
/// </summary>
public sealed record WaitingGoalCheckJson(
    [property: JsonPropertyName("census")] string Census,
    [property: JsonPropertyName("weeks_available")] int WeeksAvailable,
    [property: JsonPropertyName("verdict")] string Verdict,
    [property: JsonPropertyName("reading")] string Reading,
    [property: JsonPropertyName("simulated_capacity")] double SimulatedCapacity,
    [property: JsonPropertyName("replications")] int Replications,
    [property: JsonPropertyName("clearance")] ClearanceJson Clearance,
    [property: JsonPropertyName("weeks")] IReadOnlyList<GoalWeekJson> Weeks)
{
    public static WaitingGoalCheckJson From(WaitingGoalCheck c) => new(
        c.Census.ToString(), c.WeeksAvailable,
        c.Verdict switch { WaitingGoalVerdict.OnTrack => "on_track", WaitingGoalVerdict.AtRisk => "at_risk", _ => "off_track" },
        c.Reading, c.Capacity, c.Replications,
        new ClearanceJson(c.Clearance.OverWeeks, c.Clearance.P10, c.Clearance.Median, c.Clearance.P90, c.Clearance.Cleared),
        [.. c.Trajectory.Select((w, i) => new GoalWeekJson(i, w.P10, w.Median, w.P90))]);
}

/// <summary>The goal's long-wait count in one simulated week: 10th percentile, median, 90th percentile.</summary>
public sealed record GoalWeekJson(
    [property: JsonPropertyName("week")] int Week,
    [property: JsonPropertyName("p10")] double P10,
    [property: JsonPropertyName("median")] double Median,
    [property: JsonPropertyName("p90")] double P90);
