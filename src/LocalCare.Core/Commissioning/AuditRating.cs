namespace LocalCare.Core.Commissioning;

/// <summary>The council's quality-audit scale (audits.csv).</summary>
public enum AuditRating
{
    Excellent,
    Good,
    RequiresImprovement,
    Poor,
}

/// <summary>Text forms of <see cref="AuditRating"/>.</summary>
public static class AuditRatings
{
    public static IReadOnlyList<AuditRating> All { get; } = Enum.GetValues<AuditRating>();

    public static string ToCode(this AuditRating rating) => rating switch
    {
        AuditRating.Excellent => "excellent",
        AuditRating.Good => "good",
        AuditRating.RequiresImprovement => "requires_improvement",
        AuditRating.Poor => "poor",
        _ => throw new ArgumentOutOfRangeException(nameof(rating)),
    };

    /// <summary>Words for people: <c>requires improvement</c> rather than the code.</summary>
    public static string ToWords(this AuditRating rating) => rating.ToCode().Replace('_', ' ');

    /// <summary>Reads a code (trimmed, case-insensitive); null for any other text.</summary>
    public static AuditRating? Parse(string? code) => TryParse(code, out var rating) ? rating : null;

    /// <summary>Reads a code (trimmed, case-insensitive).</summary>
    public static bool TryParse(string? code, out AuditRating rating) => CodeText.TryParse(code, All, ToCode, out rating);

    /// <summary>Requires improvement or poor: the audit needs at least one action.</summary>
    public static bool NeedsActions(this AuditRating rating) => rating is AuditRating.RequiresImprovement or AuditRating.Poor;
}
