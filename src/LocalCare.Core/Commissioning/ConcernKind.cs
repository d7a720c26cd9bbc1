namespace LocalCare.Core.Commissioning;

/// <summary>The kind of intelligence about a provider between audits (concerns.csv).</summary>
public enum ConcernKind
{
    Safeguarding,
    Whistleblowing,
    ComplaintUpheld,
    Other,
}

/// <summary>Text forms of <see cref="ConcernKind"/>.</summary>
public static class ConcernKinds
{
    public static IReadOnlyList<ConcernKind> All { get; } = Enum.GetValues<ConcernKind>();

    public static string ToCode(this ConcernKind kind) => kind switch
    {
        ConcernKind.Safeguarding => "safeguarding",
        ConcernKind.Whistleblowing => "whistleblowing",
        ConcernKind.ComplaintUpheld => "complaint_upheld",
        ConcernKind.Other => "other",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>Reads a code (trimmed, case-insensitive).</summary>
    public static bool TryParse(string? code, out ConcernKind kind) => CodeText.TryParse(code, All, ToCode, out kind);
}
