namespace LocalCare.Core.Commissioning;

/// <summary>A CQC rating; <c>null</c> where a <see cref="CqcRating"/>? is used means unrated.</summary>
public enum CqcRating
{
    Outstanding,
    Good,
    RequiresImprovement,
    Inadequate,
}

/// <summary>Text forms of <see cref="CqcRating"/>, the workbook's rating text, and the worst-first order.</summary>
public static class CqcRatings
{
    public static IReadOnlyList<CqcRating> All { get; } = Enum.GetValues<CqcRating>();

    /// <summary>Inadequate, requires improvement, good, outstanding.</summary>
    public static IReadOnlyList<CqcRating> WorstFirst { get; } =
        [CqcRating.Inadequate, CqcRating.RequiresImprovement, CqcRating.Good, CqcRating.Outstanding];

    public static string ToCode(this CqcRating rating) => rating switch
    {
        CqcRating.Outstanding => "outstanding",
        CqcRating.Good => "good",
        CqcRating.RequiresImprovement => "requires_improvement",
        CqcRating.Inadequate => "inadequate",
        _ => throw new ArgumentOutOfRangeException(nameof(rating)),
    };

    /// <summary>The workbook's text: <c>Outstanding</c>, <c>Good</c>, <c>Requires improvement</c>, <c>Inadequate</c>.</summary>
    public static string ToText(this CqcRating rating) => rating switch
    {
        CqcRating.Outstanding => "Outstanding",
        CqcRating.Good => "Good",
        CqcRating.RequiresImprovement => "Requires improvement",
        CqcRating.Inadequate => "Inadequate",
        _ => throw new ArgumentOutOfRangeException(nameof(rating)),
    };

    /// <summary>
    /// Reads the workbook's <c>Latest Rating</c> text, case-insensitive, trimmed and with runs of white space read as one space;
    /// any other text (<c>Not Rated</c>, <c>Insufficient evidence to rate</c>, <c>Not Yet Inspected</c>, empty, ...) is null: unrated.
    /// </summary>
    public static CqcRating? Parse(string? text)
    {
        var normal = text is null ? "" : string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        foreach (var rating in All)
        {
            if (string.Equals(rating.ToText(), normal, StringComparison.OrdinalIgnoreCase))
            {
                return rating;
            }
        }

        return null;
    }

    /// <summary>Reads a snake_case code (trimmed, case-insensitive).</summary>
    public static bool TryParseCode(string? code, out CqcRating rating) => CodeText.TryParse(code, All, ToCode, out rating);

    /// <summary>Position in the worst-first order: 0 for inadequate up to 3 for outstanding.</summary>
    public static int WorstFirstRank(this CqcRating rating) => rating switch
    {
        CqcRating.Inadequate => 0,
        CqcRating.RequiresImprovement => 1,
        CqcRating.Good => 2,
        CqcRating.Outstanding => 3,
        _ => throw new ArgumentOutOfRangeException(nameof(rating)),
    };

    /// <summary>The worst of some ratings; null when there are none.</summary>
    public static CqcRating? Worst(IEnumerable<CqcRating> ratings)
    {
        CqcRating? worst = null;
        foreach (var rating in ratings)
        {
            if (worst is not { } w || rating.WorstFirstRank() < w.WorstFirstRank())
            {
                worst = rating;
            }
        }

        return worst;
    }

    /// <summary>Good or outstanding.</summary>
    public static bool IsGoodOrOutstanding(this CqcRating rating) => rating is CqcRating.Good or CqcRating.Outstanding;
}
