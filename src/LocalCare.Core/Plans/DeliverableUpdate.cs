namespace LocalCare.Core.Plans;

/// <summary>A deliverable's status and commentary for one quarter of its plan year.</summary>
public sealed class DeliverableUpdate
{
    public int Id { get; set; }

    public required string DeliverableCode { get; init; }

    /// <summary>1..4.</summary>
    public required int Quarter { get; init; }

    public required DeliverableStatus Status { get; set; }

    public string Commentary { get; set; } = "";

    /// <summary>The problems with this update, in the service manual's words; empty when it may be saved.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (Quarter is < 1 or > 4)
        {
            problems.Add("Quarter must be between 1 and 4");
        }

        if (Status.NeedsCommentary() && string.IsNullOrWhiteSpace(Commentary))
        {
            problems.Add($"Enter commentary explaining why the deliverable is {Status.ToLabel().ToLowerInvariant()}");
        }

        return problems;
    }
}
