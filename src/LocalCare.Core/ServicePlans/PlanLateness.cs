namespace LocalCare.Core.ServicePlans;

/// <summary>Why a unit's plan is late: it was not submitted, or not approved, by the cycle's deadline.</summary>
public sealed record PlanLateness(PlanLatenessKind Kind, DateOnly Deadline)
{
    /// <summary>"Not submitted by 15 March 2024" or "Not approved by 31 March 2024".</summary>
    public string Reason => $"{(Kind == PlanLatenessKind.NotSubmitted ? "Not submitted" : "Not approved")} by {PlanningCycle.Format(Deadline)}";

    /// <summary>The code the API gives: <c>not_submitted</c> or <c>not_approved</c>.</summary>
    public string Code => Kind == PlanLatenessKind.NotSubmitted ? "not_submitted" : "not_approved";
}

/// <summary>Which deadline a late plan missed.</summary>
public enum PlanLatenessKind
{
    NotSubmitted,
    NotApproved,
}
