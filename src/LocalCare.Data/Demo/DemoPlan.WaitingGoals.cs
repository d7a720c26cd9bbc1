using LocalCare.Core.Generation;
using LocalCare.Core.WaitingLists;

namespace LocalCare.Data.Demo;

public static partial class DemoPlan
{
    /// <summary>
    /// The plan's commitments on long waits, tied to the deliverable that carries them ("validate waiting list methods and cut
    /// waits"): no one over 65 weeks in MSK at its current capacity, nor over 52 weeks in podiatry at the model's target capacity, by the
    /// end of the plan year after the demo's data.
    /// </summary>
    public static IReadOnlyList<WaitingGoal> WaitingGoals(YearMonth by) =>
    [
        new() { DeliverableCode = "D2425-CH-20", ServiceCode = "MSK", OverWeeks = 65, By = by },
        new() { DeliverableCode = "D2425-CH-20", ServiceCode = "PODIATRY", OverWeeks = 52, By = by, Scenario = CapacityScenario.Target },
    ];
}
