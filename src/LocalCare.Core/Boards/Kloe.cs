using LocalCare.Core.Plans;

namespace LocalCare.Core.Boards;

/// <summary>A key line of enquiry for a plan year: a theme, what the LCO commits to, the measures and the board that monitors it.</summary>
public sealed class Kloe
{
    /// <summary>Stable code, e.g. <c>K2425-QUALITY</c>.</summary>
    public required string Code { get; init; }

    public required PlanYear PlanYear { get; init; }

    public required string Theme { get; set; }

    public required string Description { get; set; }

    /// <summary>The measures as the plan words them ("Nobody waiting over 52 weeks").</summary>
    public required string Measures { get; set; }

    public required string BoardCode { get; set; }

    public required int Order { get; set; }

    /// <summary>Metric ids (metrics.md) that evidence this KLOE.</summary>
    public List<KloeMetric> Metrics { get; set; } = [];
}

/// <summary>Links a KLOE to a metric that evidences it.</summary>
public sealed class KloeMetric
{
    public required string KloeCode { get; init; }

    public required string MetricId { get; init; }
}
