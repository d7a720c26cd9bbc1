namespace LocalCare.Core.Commissioning;

/// <summary>
/// A location's CQC rating for a domain at a date, and the publication date of the row it was taken from (with several
/// service-group rows, the latest of them); both null when unrated.
/// </summary>
public sealed record CqcRatingResult(CqcRating? Rating, DateOnly? PublishedOn)
{
    public static CqcRatingResult Unrated { get; } = new(null, null);
}
