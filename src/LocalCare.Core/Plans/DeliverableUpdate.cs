using LocalCare.Core.Inputs;

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

    /// <summary>What is being done about it: required when the status is at risk or off track.</summary>
    public string Action { get; set; } = "";

    /// <summary>Who last wrote the update, and when (UTC); null for updates loaded from the plan document.</summary>
    public string? UpdatedBy { get; set; }

    public DateTime? UpdatedAt { get; set; }

    public const int MaxText = 4000;

    /// <summary>The problems with this update, by field (<c>quarter</c>, <c>commentary</c>, <c>action</c>), in the service manual's words; empty when it may be saved.</summary>
    public IReadOnlyList<FieldProblem> Problems()
    {
        var problems = new List<FieldProblem>();
        if (Quarter is < 1 or > 4)
        {
            problems.Add(new("quarter", "Quarter must be between 1 and 4"));
        }

        var status = Status.ToLabel().ToLowerInvariant();
        if (Status.NeedsCommentary() && string.IsNullOrWhiteSpace(Commentary))
        {
            problems.Add(new("commentary", $"Enter commentary explaining why the deliverable is {status}"));
        }
        else if (Commentary.Length > MaxText)
        {
            problems.Add(new("commentary", "Commentary must be 4,000 characters or fewer"));
        }

        if (Status.NeedsCommentary() && string.IsNullOrWhiteSpace(Action))
        {
            problems.Add(new("action", $"Enter the action being taken while the deliverable is {status}"));
        }
        else if (Action.Length > MaxText)
        {
            problems.Add(new("action", "The action must be 4,000 characters or fewer"));
        }

        return problems;
    }
}
