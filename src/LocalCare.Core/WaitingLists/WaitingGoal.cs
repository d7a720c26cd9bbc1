using LocalCare.Core.Generation;

namespace LocalCare.Core.WaitingLists;

/// <summary>
/// A deliverable's waiting-list goal, such as "no one waiting over 65 weeks by March": a service, a long-wait threshold, the
/// month by whose census it must be met, and the capacity scenario it is judged on (the service's current capacity, the model's
/// target or relief capacity, or a capacity the plan relies on).
/// </summary>
public sealed class WaitingGoal
{
    public int Id { get; set; }

    public required string DeliverableCode { get; init; }

    public required string ServiceCode { get; set; }

    /// <summary>Nobody waiting more than this many weeks: 18, 52, 65 or 78 (the simulator's thresholds).</summary>
    public required int OverWeeks { get; set; }

    public required YearMonth By { get; set; }

    /// <summary>The capacity it is judged on: <see cref="CapacityScenario.Current"/>, <c>target</c>, <c>relief</c> or <c>user</c> (<see cref="Capacity"/>).</summary>
    public string Scenario { get; set; } = CapacityScenario.Current;

    /// <summary>Removals a week the plan relies on, for the <c>user</c> scenario; null for the others.</summary>
    public double? Capacity { get; set; }
}
