namespace LocalCare.Core.Plans;

/// <summary>A quarter of a plan year closed by an executive: its updates are read-only from then on.</summary>
public sealed class QuarterLock
{
    public required PlanYear PlanYear { get; init; }

    /// <summary>1..4.</summary>
    public required int Quarter { get; init; }

    public required string LockedBy { get; init; }

    public required DateTime LockedAt { get; init; }
}
