using LocalCare.Core.Inputs;

namespace LocalCare.Core.Commissioning.Audits;

/// <summary>
/// A quality audit as someone recorded it: the provider, the date of the visit, the auditor, the overall rating and the rating
/// of each key question looked at (empty or <see cref="AuditFields.NotLookedAt"/>: not looked at). Ratings are codes of the
/// council audit scale (<c>excellent</c>, <c>good</c>, <c>requires_improvement</c>, <c>poor</c>).
/// </summary>
public sealed record NewAudit(
    string? ProviderCode,
    string? AuditDate,
    string? Auditor,
    string? Overall,
    string? Safe = null,
    string? Effective = null,
    string? Caring = null,
    string? Responsive = null,
    string? WellLed = null)
{
    /// <summary>The rating typed for a key question.</summary>
    public string? RatingText(KeyQuestion question) => question switch
    {
        KeyQuestion.Safe => Safe,
        KeyQuestion.Effective => Effective,
        KeyQuestion.Caring => Caring,
        KeyQuestion.Responsive => Responsive,
        KeyQuestion.WellLed => WellLed,
        _ => throw new ArgumentOutOfRangeException(nameof(question)),
    };

    /// <summary>
    /// The problems in the order the fields appear (provider, date, auditor, overall, the five key questions); empty when it may
    /// be saved. <paramref name="provider"/> is the register's provider of <see cref="ProviderCode"/> (null: none); it must hold a
    /// contract (<paramref name="contracts"/> may be every contract), active or not: an audit may be dated while one was active.
    /// The date must be <paramref name="today"/> or earlier.
    /// </summary>
    public IReadOnlyList<FieldProblem> Problems(DateOnly today, Provider? provider, IEnumerable<ProviderContract> contracts)
    {
        var problems = new List<FieldProblem>();
        if (string.IsNullOrWhiteSpace(ProviderCode))
        {
            problems.Add(new(AuditFields.Provider, "Select the provider to audit"));
        }
        else if (provider is null)
        {
            problems.Add(new(AuditFields.Provider, $"There is no provider with code {ProviderCode.Trim()}"));
        }
        else if (!contracts.Any(c => string.Equals(c.ProviderCode, provider.Code, StringComparison.Ordinal)))
        {
            problems.Add(new(AuditFields.Provider, $"{provider.Name} has no contract: only contracted providers can be audited"));
        }

        if (AuditFields.RequiredDate(AuditDate, AuditFields.AuditDate, "the date of the audit", problems) is { } date && date > today)
        {
            problems.Add(new(AuditFields.AuditDate, "The date of the audit must be today or in the past"));
        }

        AuditFields.RequiredText(Auditor, AuditFields.Auditor, "the name of the auditor", "The auditor's name", AuditFields.MaxAuditor, problems);

        if (string.IsNullOrWhiteSpace(Overall))
        {
            problems.Add(new(AuditFields.Overall, "Select the overall rating"));
        }
        else if (!AuditRatings.TryParse(Overall, out _))
        {
            problems.Add(new(AuditFields.Overall, "The overall rating must be excellent, good, requires improvement or poor"));
        }

        foreach (var question in KeyQuestions.All)
        {
            if (!TryRating(RatingText(question), out _))
            {
                problems.Add(new(AuditFields.Rating(question), $"The rating for {question.Label().ToLowerInvariant()} must be excellent, good, requires improvement, poor or not looked at"));
            }
        }

        return problems;
    }

    /// <summary>The audit of a checked record (see <see cref="Problems"/>), trimmed, in progress (not complete).</summary>
    public QualityAudit ToAudit(string code, string providerCode)
    {
        if (AuditFields.ParseDate(AuditDate) is not { } date || !AuditRatings.TryParse(Overall, out var overall))
        {
            throw new InvalidOperationException("Check the audit's problems before saving it.");
        }

        return new QualityAudit
        {
            Code = code,
            ProviderCode = providerCode,
            AuditDate = date,
            Auditor = AuditFields.Clean(Auditor),
            Overall = overall,
            Safe = Rating(KeyQuestion.Safe),
            Effective = Rating(KeyQuestion.Effective),
            Caring = Rating(KeyQuestion.Caring),
            Responsive = Rating(KeyQuestion.Responsive),
            WellLed = Rating(KeyQuestion.WellLed),
        };
    }

    private AuditRating? Rating(KeyQuestion question) =>
        TryRating(RatingText(question), out var rating) ? rating : throw new InvalidOperationException("Check the audit's problems before saving it.");

    /// <summary>Empty or not looked at: null; else a rating code.</summary>
    private static bool TryRating(string? text, out AuditRating? rating)
    {
        rating = null;
        if (string.IsNullOrWhiteSpace(text) || string.Equals(text.Trim(), AuditFields.NotLookedAt, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (AuditRatings.TryParse(text, out var parsed))
        {
            rating = parsed;
            return true;
        }

        return false;
    }
}
