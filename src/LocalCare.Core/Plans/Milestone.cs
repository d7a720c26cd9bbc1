namespace LocalCare.Core.Plans;

/// <summary>A step on the way to a deliverable, due by a date and done (or not) by another.</summary>
public sealed class Milestone
{
    public required string DeliverableCode { get; init; }

    /// <summary>1, 2, …: its place in the deliverable's list, and with the code its key.</summary>
    public required int Number { get; init; }

    public required string Title { get; set; }

    public required DateOnly Due { get; set; }

    /// <summary>When it was done; null while it is still to do.</summary>
    public DateOnly? CompletedOn { get; set; }

    /// <summary>Past its due date and not done.</summary>
    public bool IsOverdue(DateOnly today) => CompletedOn is null && today > Due;
}
