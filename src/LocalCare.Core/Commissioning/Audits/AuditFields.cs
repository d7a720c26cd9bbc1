using System.Globalization;
using LocalCare.Core.Inputs;

namespace LocalCare.Core.Commissioning.Audits;

/// <summary>The field names the audit rules report problems against (a page prefixes them to make its ids), and their limits.</summary>
public static class AuditFields
{
    public const string Provider = "provider";
    public const string AuditDate = "audit-date";
    public const string Auditor = "auditor";
    public const string Overall = "overall";
    public const string KeyQuestion = "key-question";
    public const string Description = "description";
    public const string Owner = "owner";
    public const string DueDate = "due-date";
    public const string CompletedDate = "completed-date";

    /// <summary>The audit as a whole when it is marked complete.</summary>
    public const string Complete = "complete";

    public const int MaxAuditor = 200;
    public const int MaxDescription = 2000;
    public const int MaxOwner = 200;

    /// <summary>The form value of a key question left out of an audit (an empty value means the same).</summary>
    public const string NotLookedAt = "not_looked_at";

    /// <summary>The field of a key question's rating: <c>safe</c>, …, <c>well-led</c>.</summary>
    public static string Rating(KeyQuestion question) => question.ToCode().Replace('_', '-');

    /// <summary>"Safe", "Effective", "Caring", "Responsive", "Well-led".</summary>
    public static string Label(this KeyQuestion question) => question switch
    {
        Commissioning.KeyQuestion.WellLed => "Well-led",
        _ => CultureInfo.InvariantCulture.TextInfo.ToTitleCase(question.ToCode()),
    };

    /// <summary>"Excellent", "Good", "Requires improvement", "Poor".</summary>
    public static string Label(this AuditRating rating) => char.ToUpperInvariant(rating.ToWords()[0]) + rating.ToWords()[1..];

    /// <summary>"31 Mar 2025".</summary>
    public static string Format(DateOnly date) => date.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>A date as typed (<c>2025-03-31</c>, trimmed); null when it is not one.</summary>
    public static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    /// <summary>A required date: the date, or null with "Enter …" when missing and "… must be a real date" when not a date.</summary>
    internal static DateOnly? RequiredDate(string? text, string field, string what, List<FieldProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            problems.Add(new(field, $"Enter {what}"));
            return null;
        }

        return RealDate(text, field, what, problems);
    }

    /// <summary>A date that must be real when given.</summary>
    internal static DateOnly? RealDate(string text, string field, string what, List<FieldProblem> problems)
    {
        if (ParseDate(text) is { } date)
        {
            return date;
        }

        problems.Add(new(field, $"{Capital(what)} must be a real date, such as 2025-03-31"));
        return null;
    }

    /// <summary>Text that must be there and fit its column: "Enter {what}", "{name} must be N characters or fewer".</summary>
    internal static void RequiredText(string? text, string field, string what, string name, int max, List<FieldProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            problems.Add(new(field, $"Enter {what}"));
        }
        else if (text.Trim().Length > max)
        {
            problems.Add(new(field, $"{name} must be {max.ToString("#,0", CultureInfo.InvariantCulture)} characters or fewer"));
        }
    }

    internal static string Clean(string? text) => text?.Trim() ?? "";

    internal static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
