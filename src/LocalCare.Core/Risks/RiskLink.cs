namespace LocalCare.Core.Risks;

/// <summary>A link from a risk to a plan priority, a deliverable, a metric or a board, by the target's code or id.</summary>
public sealed class RiskLink
{
    public required string RiskCode { get; init; }

    public required RiskLinkKind Kind { get; init; }

    /// <summary>The priority or deliverable code, the metric id or the board code.</summary>
    public required string Target { get; init; }
}

/// <summary>What a risk links to.</summary>
public enum RiskLinkKind
{
    Priority,
    Deliverable,
    Metric,
    Board,
}
