namespace LocalCare.Core.Plans;

/// <summary>A metric whose figures evidence a deliverable's progress (linked on the deliverable's page and in board packs).</summary>
public sealed class DeliverableMetric
{
    public required string DeliverableCode { get; init; }

    public required string MetricId { get; init; }
}
