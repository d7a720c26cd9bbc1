using LocalCare.Core.Inputs;

namespace LocalCare.Core.Plans;

/// <summary>
/// Last year's answer to "delivered?" for one deliverable, made when the next year's plan is started from it: the outcome, a
/// note, and the code of the deliverable that carries the rest forward, if any.
/// </summary>
public sealed class DeliverableReview
{
    public const int MaxNote = 2000;

    /// <summary>The reviewed deliverable (of the year rolled forward from).</summary>
    public required string DeliverableCode { get; init; }

    public DeliverableOutcome Outcome { get; set; }

    public string Note { get; set; } = "";

    /// <summary>Next year's deliverable that continues this one; null when it was not carried forward.</summary>
    public string? CarriedForwardTo { get; set; }

    public string? ReviewedBy { get; set; }

    public DateTime? ReviewedAt { get; set; }

    /// <summary>The problems with a review as submitted (outcome, note, carry forward), by field.</summary>
    public static IReadOnlyList<FieldProblem> Problems(DeliverableOutcome? outcome, string? note, bool carryForward)
    {
        var problems = new List<FieldProblem>();
        if (outcome is null or DeliverableOutcome.Pending)
        {
            problems.Add(new("outcome", "Select whether the deliverable was delivered"));
        }
        else if (outcome is not DeliverableOutcome.Delivered && string.IsNullOrWhiteSpace(note))
        {
            problems.Add(new("note", "Enter what was not delivered and why"));
        }

        if (note?.Trim().Length > MaxNote)
        {
            problems.Add(new("note", "The note must be 2,000 characters or fewer"));
        }

        if (carryForward && outcome is DeliverableOutcome.Delivered)
        {
            problems.Add(new("carry-forward", "A delivered deliverable cannot be carried forward"));
        }

        return problems;
    }
}

/// <summary>Whether a deliverable was delivered by the end of its year.</summary>
public enum DeliverableOutcome
{
    Pending,
    Delivered,
    PartlyDelivered,
    NotDelivered,
}

/// <summary>Text forms of <see cref="DeliverableOutcome"/>.</summary>
public static class DeliverableOutcomes
{
    public static IReadOnlyList<DeliverableOutcome> Answers { get; } = [DeliverableOutcome.Delivered, DeliverableOutcome.PartlyDelivered, DeliverableOutcome.NotDelivered];

    public static string ToCode(this DeliverableOutcome outcome) => outcome switch
    {
        DeliverableOutcome.Pending => "pending",
        DeliverableOutcome.Delivered => "delivered",
        DeliverableOutcome.PartlyDelivered => "partly_delivered",
        DeliverableOutcome.NotDelivered => "not_delivered",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome)),
    };

    public static string ToLabel(this DeliverableOutcome outcome) => outcome switch
    {
        DeliverableOutcome.Pending => "Not reviewed",
        DeliverableOutcome.Delivered => "Yes",
        DeliverableOutcome.PartlyDelivered => "Partly",
        DeliverableOutcome.NotDelivered => "No",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome)),
    };

    public static DeliverableOutcome? Parse(string? code) =>
        Enum.GetValues<DeliverableOutcome>().Cast<DeliverableOutcome?>().FirstOrDefault(o => string.Equals(o!.Value.ToCode(), code?.Trim(), StringComparison.OrdinalIgnoreCase));
}
