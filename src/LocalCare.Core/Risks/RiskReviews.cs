namespace LocalCare.Core.Risks;

/// <summary>The review rule: a risk is overdue for review on a date when its review date is before that date.</summary>
public static class RiskReviews
{
    /// <summary>Overdue when <paramref name="reviewDate"/> &lt; <paramref name="today"/>: due today is not overdue.</summary>
    public static bool IsOverdue(DateOnly reviewDate, DateOnly today) => reviewDate < today;

    /// <summary>The risks overdue for review on <paramref name="today"/>, most overdue first.</summary>
    public static IReadOnlyList<Risk> Overdue(IEnumerable<Risk> risks, DateOnly today) =>
        [.. risks.Where(r => r.IsReviewOverdueOn(today)).OrderBy(r => r.ReviewDate).ThenBy(r => r.Code, StringComparer.Ordinal)];
}
