using System.Globalization;

namespace LocalCare.Core.Commissioning;

/// <summary>
/// The provider risk rating of commissioning.md at date D: points for the CQC overall rating and its age, the latest council
/// audit (or none in 24 months), overdue audit actions, open safeguarding, recent whistleblowing and upheld complaints;
/// the band of the score, its review interval and whether the review is overdue.
/// </summary>
/// <remarks>
/// Precise readings where the spec leaves room:
/// <list type="bullet">
/// <item>"N months up to D" is the range (D.AddMonths(−N), D]: DateOnly.AddMonths keeps the day, clamped to the month's end
/// (24 months before 29 Feb 2024 is 28 Feb 2022, so 28 Feb 2022 is out and 1 Mar 2022 in).</item>
/// <item>"published more than 30 months before D" is publication date &lt; D.AddMonths(−30); published exactly 30 months before is
/// not stale. An unrated result (no publication date) scores 0 for age.</item>
/// <item>An audit counts from its audit date: every audit with audit date &lt;= D counts, whether or not it is marked complete
/// (<see cref="QualityAudit.CompletedOn"/>): the visit happened and its rating is known. Audits dated after D are ignored, and
/// so are their actions. Two audits on the same latest day: the worse overall rating counts.</item>
/// <item>Last audit (and so the next review) is the latest audit on or before D, however old; with none, the review is due on D
/// (and so is not overdue on D itself).</item>
/// <item>Concerns of other kinds (<c>other</c>) score nothing. Whistleblowing and upheld complaints count by their opened date
/// in (D − 12 months, D], whether or not closed since.</item>
/// </list>
/// </remarks>
public static class ProviderRisk
{
    public const int CqcAgeMonths = 30;

    public const int AuditWindowMonths = 24;

    public const int ConcernWindowMonths = 12;

    /// <summary>The risk rating of <paramref name="input"/>'s provider at <paramref name="date"/>.</summary>
    public static ProviderRiskResult Assess(ProviderRiskInput input, DateOnly date)
    {
        var provider = input.Provider;
        var reasons = new List<string>(8);
        var score = 0;

        void Add(int points, string text)
        {
            score += points;
            reasons.Add($"{text}: {Points(points)}");
        }

        // CQC overall rating and its age.
        var cqc = CqcRatingAt.ForProvider(provider, input.CqcRows, date);
        if (cqc is { Rating: { } rating, PublishedOn: { } published })
        {
            Add(CqcPoints(rating), $"CQC overall rating {rating.ToCode().Replace('_', ' ')} (published {Iso(published)})");
            var staleBefore = date.AddMonths(-CqcAgeMonths);
            Add(
                published < staleBefore ? 1 : 0,
                published < staleBefore
                    ? $"CQC rating published more than {CqcAgeMonths} months before {Iso(date)}"
                    : $"CQC rating published within {CqcAgeMonths} months of {Iso(date)}");
        }
        else
        {
            Add(3, string.IsNullOrWhiteSpace(provider.CqcLocationId) ? "CQC overall rating unrated (no CQC location)" : "CQC overall rating unrated");
            Add(0, "CQC rating age: no published rating to age");
        }

        // Council audits: the latest within 24 months, or none.
        var audits = input.Audits
            .Where(a => string.Equals(a.ProviderCode, provider.Code, StringComparison.Ordinal) && a.AuditDate <= date)
            .ToList();
        DateOnly? lastAudit = audits.Count == 0 ? null : audits.Max(a => a.AuditDate);
        var auditFrom = date.AddMonths(-AuditWindowMonths);
        if (lastAudit is { } last && last > auditFrom)
        {
            var overall = audits.Where(a => a.AuditDate == last).Max(a => a.Overall);
            Add(AuditPoints(overall), $"Latest council audit {overall.ToWords()} ({Iso(last)})");
            Add(0, $"Council audit in the {AuditWindowMonths} months up to {Iso(date)}");
        }
        else
        {
            Add(0, $"Latest council audit: none in the {AuditWindowMonths} months up to {Iso(date)}");
            Add(2, $"No council audit in the {AuditWindowMonths} months up to {Iso(date)}");
        }

        // Overdue actions of those audits.
        var auditCodes = audits.Select(a => a.Code).ToHashSet(StringComparer.Ordinal);
        var overdue = input.Actions.Count(a => auditCodes.Contains(a.AuditCode) && a.IsOverdueOn(date));
        Add(overdue > 0 ? 2 : 0, overdue > 0 ? $"{Many(overdue, "audit action")} overdue" : "No audit action overdue");

        // Concerns.
        var concerns = input.Concerns.Where(c => string.Equals(c.ProviderCode, provider.Code, StringComparison.Ordinal)).ToList();
        var concernFrom = date.AddMonths(-ConcernWindowMonths);
        bool Recent(ProviderConcern c) => c.Opened > concernFrom && c.Opened <= date;

        var safeguarding = concerns.Count(c => c.Kind == ConcernKind.Safeguarding && c.IsOpenOn(date));
        Add(safeguarding > 0 ? 3 : 0, safeguarding > 0 ? $"{Many(safeguarding, "safeguarding concern")} open" : "No safeguarding concern open");

        var whistleblowing = concerns.Count(c => c.Kind == ConcernKind.Whistleblowing && Recent(c));
        Add(
            whistleblowing > 0 ? 2 : 0,
            whistleblowing > 0
                ? $"{Many(whistleblowing, "whistleblowing concern")} opened in the {ConcernWindowMonths} months up to {Iso(date)}"
                : $"No whistleblowing concern opened in the {ConcernWindowMonths} months up to {Iso(date)}");

        var complaints = concerns.Count(c => c.Kind == ConcernKind.ComplaintUpheld && Recent(c));
        Add(
            complaints >= 3 ? 1 : 0,
            $"{Many(complaints, "upheld complaint")} opened in the {ConcernWindowMonths} months up to {Iso(date)} ({(complaints >= 3 ? "3 or more" : "fewer than 3")})");

        var band = RiskBands.Of(score);
        var months = band.ReviewMonths();
        var nextReview = lastAudit?.AddMonths(months) ?? date;
        return new ProviderRiskResult(provider.Code, score, band, months, cqc.Rating, lastAudit, nextReview, nextReview < date, reasons);
    }

    /// <summary>The providers with a contract active on <paramref name="date"/>, once each, in ordinal code order.</summary>
    public static IReadOnlyList<string> ActiveProviders(IEnumerable<ProviderContract> contracts, DateOnly date) =>
        contracts.Where(c => c.IsActiveOn(date)).Select(c => c.ProviderCode).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    /// <summary>
    /// The risk rating at <paramref name="date"/> of every provider with a contract active on it, in ordinal code order; a
    /// contract's provider missing from the register is left out.
    /// </summary>
    public static IReadOnlyList<ProviderRiskResult> AssessActive(CommissioningData data, DateOnly date)
    {
        var inputs = ProviderRiskInput.ForAll(data);
        return ActiveProviders(data.Contracts, date)
            .Where(inputs.ContainsKey)
            .Select(code => Assess(inputs[code], date))
            .ToList();
    }

    /// <summary>Outstanding 0, good 1, requires improvement 3, inadequate 6 (unrated scores 3).</summary>
    public static int CqcPoints(CqcRating? rating) => rating switch
    {
        CqcRating.Outstanding => 0,
        CqcRating.Good => 1,
        CqcRating.RequiresImprovement => 3,
        CqcRating.Inadequate => 6,
        _ => 3,
    };

    /// <summary>Excellent 0, good 1, requires improvement 3, poor 6.</summary>
    public static int AuditPoints(AuditRating rating) => rating switch
    {
        AuditRating.Excellent => 0,
        AuditRating.Good => 1,
        AuditRating.RequiresImprovement => 3,
        AuditRating.Poor => 6,
        _ => throw new ArgumentOutOfRangeException(nameof(rating)),
    };

    private static string Points(int points) => points == 1 ? "1 point" : $"{points} points";

    private static string Many(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
