namespace LocalCare.Core.Risks;

/// <summary>An action to bring a risk towards its target score: what, who, by when, and how far it has got.</summary>
public sealed class RiskAction
{
    public required string RiskCode { get; init; }

    /// <summary>1, 2, … within the risk.</summary>
    public required int Number { get; init; }

    public required string Description { get; set; }

    public required string Owner { get; set; }

    public required DateOnly Due { get; set; }

    public RiskActionStatus Status { get; set; } = RiskActionStatus.Open;

    /// <summary>Overdue on a date: due before it and not complete.</summary>
    public bool IsOverdueOn(DateOnly date) => Due < date && Status != RiskActionStatus.Complete;
}

/// <summary>How far a risk action has got.</summary>
public enum RiskActionStatus
{
    Open,
    InProgress,
    Complete,
}

/// <summary>Codes and labels of <see cref="RiskActionStatus"/>.</summary>
public static class RiskActionStatuses
{
    public static IReadOnlyList<RiskActionStatus> All { get; } = [RiskActionStatus.Open, RiskActionStatus.InProgress, RiskActionStatus.Complete];

    public static string ToCode(this RiskActionStatus status) => status switch
    {
        RiskActionStatus.Open => "open",
        RiskActionStatus.InProgress => "in_progress",
        _ => "complete",
    };

    public static string ToLabel(this RiskActionStatus status) => status switch
    {
        RiskActionStatus.Open => "Open",
        RiskActionStatus.InProgress => "In progress",
        _ => "Complete",
    };

    public static RiskActionStatus? Parse(string? code) =>
        All.Cast<RiskActionStatus?>().FirstOrDefault(s => string.Equals(s!.Value.ToCode(), code?.Trim(), StringComparison.OrdinalIgnoreCase));
}
