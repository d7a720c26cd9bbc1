using System.Globalization;
using LocalCare.Core.Inputs;

namespace LocalCare.Core.Risks;

/// <summary>The field names the risk rules report problems against (pages use them as ids, the API as keys), and their limits.</summary>
public static class RiskFields
{
    public const string Title = "title";
    public const string Description = "description";
    public const string Owner = "owner";
    public const string OwnerUserName = "owner-user-name";
    public const string Category = "category";
    public const string InitialLikelihood = "initial-likelihood";
    public const string InitialConsequence = "initial-consequence";
    public const string CurrentLikelihood = "current-likelihood";
    public const string CurrentConsequence = "current-consequence";
    public const string TargetLikelihood = "target-likelihood";
    public const string TargetConsequence = "target-consequence";
    public const string Controls = "controls";
    public const string Assurances = "assurances";
    public const string Gaps = "gaps";
    public const string ReviewDate = "review-date";
    public const string Priorities = "priorities";
    public const string Deliverables = "deliverables";
    public const string Metrics = "metrics";
    public const string Boards = "boards";
    public const string Likelihood = "likelihood";
    public const string Consequence = "consequence";
    public const string Note = "note";
    public const string ReviewedOn = "reviewed-on";
    public const string NextReview = "next-review";
    public const string ActionDescription = "action-description";
    public const string ActionOwner = "action-owner";
    public const string ActionDue = "action-due";
    public const string ActionStatus = "action-status";
    public const string Appetite = "appetite";

    public const int MaxTitle = 200;
    public const int MaxText = 4000;
    public const int MaxOwner = 200;

    /// <summary>"31 Mar 2025".</summary>
    public static string Format(DateOnly date) => date.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    /// <summary>A 1–5 value as typed: the number, or null with "Select the {what}" / "The {what} must be a whole number from 1 to 5".</summary>
    internal static int? Scale(string? text, string field, string what, List<FieldProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            problems.Add(new(field, $"Select the {what}"));
            return null;
        }

        if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && RiskScore.IsValid(value))
        {
            return value;
        }

        problems.Add(new(field, $"The {what} must be a whole number from 1 to 5"));
        return null;
    }

    internal static DateOnly? RequiredDate(string? text, string field, string what, List<FieldProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            problems.Add(new(field, $"Enter {what}"));
            return null;
        }

        if (ParseDate(text) is { } date)
        {
            return date;
        }

        problems.Add(new(field, $"{char.ToUpperInvariant(what[0])}{what[1..]} must be a real date, such as 2025-03-31"));
        return null;
    }

    internal static void RequiredText(string? text, string field, string what, string name, int max, List<FieldProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            problems.Add(new(field, $"Enter {what}"));
        }
        else
        {
            OptionalText(text, field, name, max, problems);
        }
    }

    internal static void OptionalText(string? text, string field, string name, int max, List<FieldProblem> problems)
    {
        if (text is not null && text.Trim().Length > max)
        {
            problems.Add(new(field, $"{name} must be {max.ToString("#,0", CultureInfo.InvariantCulture)} characters or fewer"));
        }
    }

    internal static string Clean(string? text) => text?.Trim() ?? "";
}
