using LocalCare.Core.Plans;

namespace LocalCare.Data.Demo;

public static partial class DemoPlan
{
    /// <summary>The quarters whose updates the demo treats as reported and closed: the first three (its Q1–Q3 statuses).</summary>
    public static IReadOnlyList<int> LockedQuarters { get; } = [1, 2, 3];

    /// <summary>The metrics whose figures evidence a deliverable's progress, where the metric library has one.</summary>
    private static IReadOnlyList<string> EvidenceMetrics(string code) => code switch
    {
        "D2425-CH-08" => ["waiting-within-18-weeks", "waiting-over-52-weeks"],
        "D2425-CH-11" => ["pressure-ulcers-cat3-4", "serious-falls"],
        "D2425-CH-16" => ["wmtm-score", "qcr-score"],
        "D2425-CH-18" => ["waiting-list-size", "activity-vs-plan"],
        "D2425-CH-20" => ["waiting-list-size", "waiting-over-52-weeks", "waiting-over-65-weeks"],
        "D2425-CH-31" => ["activity-vs-plan"],
        "D2425-CH-33" => ["vacancy-rate"],
        "D2425-CH-34" => ["turnover-r12m", "retention-r12m"],
        "D2425-CH-35" => ["appraisal-compliance"],
        "D2425-CH-38" => ["sickness-absence-r12m"],
        "D2425-JOINT-08" => ["hah-utilisation", "crisis-response-2h"],
        _ => [],
    };

    /// <summary>Illustrative milestones for a few deliverables, some done, one overdue.</summary>
    private static IEnumerable<Milestone> Milestones(string code)
    {
        (string Title, DateOnly Due, DateOnly? Done)[] steps = code switch
        {
            "D2425-CH-09" =>
            [
                ("Single Point of Access operating model agreed", new(2024, 6, 30), new(2024, 6, 28)),
                ("Telephony moved to the new platform", new(2024, 11, 30), null),
                ("Single Point of Access live for every service", new(2025, 3, 31), null),
            ],
            "D2425-CH-20" =>
            [
                ("Waiting list validation rules agreed with MFT", new(2024, 6, 30), new(2024, 6, 20)),
                ("Every service's list validated against the rules", new(2024, 9, 30), new(2024, 10, 15)),
                ("No one waiting over 65 weeks", new(2025, 3, 31), null),
            ],
            "D2425-JOINT-21" =>
            [
                ("Refreshed Section 75 drafted", new(2024, 6, 30), new(2024, 7, 12)),
                ("Partner legal review complete", new(2024, 8, 31), null),
            ],
            _ => [],
        };
        return steps.Select((s, i) => new Milestone { DeliverableCode = code, Number = i + 1, Title = s.Title, Due = s.Due, CompletedOn = s.Done });
    }
}
