namespace LocalCare.Core.Portfolio;

/// <summary>The status of a transformation programme or project, as the Transformation Portfolio Board reads it.</summary>
public enum PortfolioStatus
{
    NotStarted,
    OnTrack,
    AtRisk,
    OffTrack,
    Complete,
}

/// <summary>Text forms of <see cref="PortfolioStatus"/> for files, URLs and people, and the rule on commentary.</summary>
public static class PortfolioStatuses
{
    public static IReadOnlyList<PortfolioStatus> All { get; } = Enum.GetValues<PortfolioStatus>();

    public static string ToCode(this PortfolioStatus status) => status switch
    {
        PortfolioStatus.NotStarted => "not_started",
        PortfolioStatus.OnTrack => "on_track",
        PortfolioStatus.AtRisk => "at_risk",
        PortfolioStatus.OffTrack => "off_track",
        PortfolioStatus.Complete => "complete",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    public static string ToLabel(this PortfolioStatus status) => status switch
    {
        PortfolioStatus.NotStarted => "Not started",
        PortfolioStatus.OnTrack => "On track",
        PortfolioStatus.AtRisk => "At risk",
        PortfolioStatus.OffTrack => "Off track",
        PortfolioStatus.Complete => "Complete",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    /// <summary>Reads a status code (<c>at_risk</c>), ignoring case and surrounding spaces.</summary>
    public static bool TryParse(string? text, out PortfolioStatus status)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(candidate.ToCode(), text?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                status = candidate;
                return true;
            }
        }

        status = default;
        return false;
    }

    /// <summary>At risk and off track are exceptions the board reads: they must say why.</summary>
    public static bool NeedsCommentary(this PortfolioStatus status) =>
        status is PortfolioStatus.AtRisk or PortfolioStatus.OffTrack;
}
