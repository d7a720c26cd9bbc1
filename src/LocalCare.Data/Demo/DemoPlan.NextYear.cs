using LocalCare.Core.Plans;

namespace LocalCare.Data.Demo;

public static partial class DemoPlan
{
    /// <summary>Who started 2025/26 and answered the reviews, and when: the day before the web tests' "today" (15 January 2025).</summary>
    public const string Reviewer = "executive";

    public static DateTime ReviewedAt { get; } = new(2025, 1, 14, 10, 0, 0, DateTimeKind.Utc);

    /// <summary>
    /// The "delivered?" answers the demo's executive has given so far, after starting 2025/26 from 2024/25: each outcome,
    /// carried forward or not (a delivered deliverable cannot be); every other 2024/25 deliverable's review is still pending.
    /// Illustrative, not MLCO's. In this order the carried-forward copies are <c>D2526-CH-01</c> (from CH-13),
    /// <c>D2526-CH-02</c> (CH-23, carried by the Digital Programme, so linked to <c>TP2526-DIG</c>) and <c>D2526-ASC-01</c> (ASC-14).
    /// </summary>
    public static IReadOnlyList<DemoReview> Reviews() =>
    [
        new("D2425-CH-07", DeliverableOutcome.Delivered, "", false),
        new("D2425-CH-10", DeliverableOutcome.Delivered, "", false),
        new("D2425-ASC-06", DeliverableOutcome.Delivered, "Evaluated in Q3; the approach is now part of every homecare review.", false),
        new("D2425-JOINT-28", DeliverableOutcome.Delivered, "", false),
        new("D2425-CH-13", DeliverableOutcome.PartlyDelivered,
            "Mandatory training is back to the Trust target; safeguarding supervision is not, until the health visiting posts are filled.", true),
        new("D2425-CH-23", DeliverableOutcome.NotDelivered,
            "Configuration is three months behind because of supplier capacity; the pilot services go live first, in 2025/26.", true),
        new("D2425-ASC-14", DeliverableOutcome.PartlyDelivered,
            "The sustainability plan is drafted but waits for next year's framework rates.", true),
        new("D2425-CH-28", DeliverableOutcome.NotDelivered,
            "The Section 75 refresh is one joint piece of work (D2425-JOINT-21): not carried forward on its own.", false),
        new("D2425-JOINT-21", DeliverableOutcome.PartlyDelivered,
            "The refreshed agreement is agreed in principle; its formal sign-off is the partnership board's business, not a 2025/26 deliverable.", false),
    ];
}

/// <summary>One answer of the demo's "delivered?" review: the 2024/25 deliverable, its outcome and note, and whether it is carried into 2025/26.</summary>
public sealed record DemoReview(string Code, DeliverableOutcome Outcome, string Note, bool CarryForward);
