namespace LocalCare.Core.Plans;

/// <summary>A deliverable contributes to a partner priority (the alignment matrix of the operating plan).</summary>
public sealed class DeliverableAlignment
{
    public required string DeliverableCode { get; init; }

    public required string PartnerPriorityCode { get; init; }
}
