namespace LocalCare.Core.Plans;

/// <summary>The quarterly RAG status of a deliverable.</summary>
public enum DeliverableStatus
{
    NotStarted,
    OnTrack,
    AtRisk,
    OffTrack,
    Delivered,
}

/// <summary>Text forms of <see cref="DeliverableStatus"/> for files, URLs and people.</summary>
public static class DeliverableStatuses
{
    public static IReadOnlyList<DeliverableStatus> All { get; } = Enum.GetValues<DeliverableStatus>();

    public static string ToCode(this DeliverableStatus status) => status switch
    {
        DeliverableStatus.NotStarted => "not_started",
        DeliverableStatus.OnTrack => "on_track",
        DeliverableStatus.AtRisk => "at_risk",
        DeliverableStatus.OffTrack => "off_track",
        DeliverableStatus.Delivered => "delivered",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    public static string ToLabel(this DeliverableStatus status) => status switch
    {
        DeliverableStatus.NotStarted => "Not started",
        DeliverableStatus.OnTrack => "On track",
        DeliverableStatus.AtRisk => "At risk",
        DeliverableStatus.OffTrack => "Off track",
        DeliverableStatus.Delivered => "Delivered",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    public static bool TryParse(string? text, out DeliverableStatus status)
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

    /// <summary>At risk and off track are exceptions a board reads: they must say why.</summary>
    public static bool NeedsCommentary(this DeliverableStatus status) =>
        status is DeliverableStatus.AtRisk or DeliverableStatus.OffTrack;
}
