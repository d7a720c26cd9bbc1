namespace LocalCare.Core.Commissioning;

/// <summary>Where a VfP scheme's quality impact assessment is.</summary>
public enum QiaStatus
{
    NotStarted,
    InReview,
    Approved,
    Rejected,
}

/// <summary>Text forms of <see cref="QiaStatus"/>.</summary>
public static class QiaStatuses
{
    public static IReadOnlyList<QiaStatus> All { get; } = Enum.GetValues<QiaStatus>();

    public static string ToCode(this QiaStatus status) => status switch
    {
        QiaStatus.NotStarted => "not_started",
        QiaStatus.InReview => "in_review",
        QiaStatus.Approved => "approved",
        QiaStatus.Rejected => "rejected",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    /// <summary>Reads a code (trimmed, case-insensitive).</summary>
    public static bool TryParse(string? code, out QiaStatus status) => CodeText.TryParse(code, All, ToCode, out status);
}
