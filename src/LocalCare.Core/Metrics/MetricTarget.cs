using LocalCare.Core.Plans;

namespace LocalCare.Core.Metrics;

/// <summary>A target for one metric, at one unit, for one plan year.</summary>
public sealed class MetricTarget
{
    public int Id { get; set; }

    public required string MetricId { get; init; }

    /// <summary>A unit reference as metrics.md writes it: <c>lco</c>, <c>locality:X</c>, <c>neighbourhood:X</c>, <c>service:X</c>.</summary>
    public required string Unit { get; init; }

    public required PlanYear PlanYear { get; init; }

    public required double Value { get; set; }
}
