namespace LocalCare.Core.Commissioning;

/// <summary>
/// A location's CQC rating for a domain at date D (commissioning.md): the row with the latest publication date &lt;= D of
/// service/population group <c>Overall</c>; where there is none or it is unrated, the worst of the latest rated rows &lt;= D
/// of each other group; with none, unrated.
/// </summary>
/// <remarks>
/// Choices where the spec is silent: a group name is matched trimmed and case-insensitively (<c>Overall</c>); an earlier
/// rated <c>Overall</c> row is not used when the latest one is unrated (the spec names only the latest); in another group a
/// later unrated row does not hide its latest rated row; rows published on the same day in one group (the key forbids it for
/// one location) give the worst rated of them. In the per-group fallback, <see cref="CqcRatingResult.PublishedOn"/> is the
/// latest publication date of all the rows taken (one per group), not only of those with the worst rating. Unrated results
/// carry no publication date.
/// </remarks>
public static class CqcRatingAt
{
    public const string OverallGroup = "Overall";

    /// <summary>The rating at <paramref name="date"/> from one location's rows (other domains' rows are ignored).</summary>
    public static CqcRatingResult At(IEnumerable<CqcRatingRecord> locationRows, CqcDomain domain, DateOnly date)
    {
        var rows = locationRows.Where(r => r.Domain == domain && r.PublicationDate <= date).ToList();
        var overall = rows.Where(IsOverall).ToList();
        if (overall.Count > 0)
        {
            var latest = overall.Max(r => r.PublicationDate);
            var rating = CqcRatings.Worst(overall.Where(r => r.PublicationDate == latest && r.Rating is not null).Select(r => r.Rating!.Value));
            if (rating is not null)
            {
                return new CqcRatingResult(rating, latest);
            }
        }

        var taken = rows.Where(r => !IsOverall(r) && r.Rating is not null)
            .GroupBy(r => r.ServiceGroup.Trim(), StringComparer.OrdinalIgnoreCase)
            .Select(LatestRated)
            .ToList();
        return taken.Count == 0
            ? CqcRatingResult.Unrated
            : new CqcRatingResult(CqcRatings.Worst(taken.Select(t => t.Rating)), taken.Max(t => t.PublishedOn));
    }

    /// <summary>
    /// A provider's overall CQC rating at <paramref name="date"/>: <see cref="At"/> over the rows of its CQC location
    /// (location ids matched trimmed and case-insensitively); unrated when it has no location.
    /// </summary>
    public static CqcRatingResult ForProvider(Provider provider, IEnumerable<CqcRatingRecord> rows, DateOnly date)
    {
        if (string.IsNullOrWhiteSpace(provider.CqcLocationId))
        {
            return CqcRatingResult.Unrated;
        }

        var location = provider.CqcLocationId.Trim();
        return At(rows.Where(r => string.Equals(r.LocationId.Trim(), location, StringComparison.OrdinalIgnoreCase)), CqcDomain.Overall, date);
    }

    private static bool IsOverall(CqcRatingRecord row) => string.Equals(row.ServiceGroup.Trim(), OverallGroup, StringComparison.OrdinalIgnoreCase);

    private static (CqcRating Rating, DateOnly PublishedOn) LatestRated(IEnumerable<CqcRatingRecord> groupRows)
    {
        var rated = groupRows.ToList();
        var latest = rated.Max(r => r.PublicationDate);
        return (CqcRatings.Worst(rated.Where(r => r.PublicationDate == latest).Select(r => r.Rating!.Value))!.Value, latest);
    }
}
