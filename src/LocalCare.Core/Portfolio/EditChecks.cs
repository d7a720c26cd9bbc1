using System.Globalization;
using LocalCare.Core.Inputs;

namespace LocalCare.Core.Portfolio;

/// <summary>The checks programme and project edits share: a status from its code, text that is required or limited in length, commentary when the status needs it.</summary>
internal static class EditChecks
{
    public const int MaxName = 200;
    public const int MaxLead = 200;
    public const int MaxSummary = 2000;
    public const int MaxCommentary = 4000;
    public const int MaxTheme = 200;
    public const int MaxPartners = 32;

    /// <summary>The status, or null with a problem when it is missing or not a status code.</summary>
    public static PortfolioStatus? Status(string? text, string what, List<FieldProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            problems.Add(new("status", $"Select the {what} status"));
            return null;
        }

        if (!PortfolioStatuses.TryParse(text, out var status))
        {
            problems.Add(new("status", $"Status must be one of {string.Join(", ", PortfolioStatuses.All.Select(s => s.ToCode()))}"));
            return null;
        }

        return status;
    }

    /// <summary>The scope, or null with a problem when it is missing or not a scope code.</summary>
    public static ProgrammeScope? Scope(string? text, List<FieldProblem> problems)
    {
        if (ProgrammeScopes.TryParse(text, out var scope))
        {
            return scope;
        }

        problems.Add(new("scope", string.IsNullOrWhiteSpace(text)
            ? "Select whether the programme is in scope or in sight"
            : $"Scope must be one of {string.Join(", ", ProgrammeScopes.All.Select(s => s.ToCode()))}"));
        return null;
    }

    /// <summary>Text that must be there and fit its column.</summary>
    public static void Required(string? text, string field, string what, int max, List<FieldProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            problems.Add(new(field, $"Enter the {what}"));
        }
        else
        {
            Limit(text, field, "The " + what, max, problems);
        }
    }

    /// <summary>Text that may be left out but must fit its column; <paramref name="name"/> starts the message ("The summary").</summary>
    public static void Limit(string? text, string field, string name, int max, List<FieldProblem> problems)
    {
        if (text?.Trim().Length > max)
        {
            problems.Add(new(field, $"{name} must be {max.ToString("#,0", CultureInfo.InvariantCulture)} characters or fewer"));
        }
    }

    /// <summary>Commentary is required when the status is an exception (at risk, off track).</summary>
    public static void Commentary(string? text, PortfolioStatus? status, string what, List<FieldProblem> problems)
    {
        if (status is { } s && s.NeedsCommentary() && string.IsNullOrWhiteSpace(text))
        {
            problems.Add(new("commentary", $"Enter commentary explaining why the {what} is {s.ToLabel().ToLowerInvariant()}"));
        }
        else
        {
            Limit(text, "commentary", "Commentary", MaxCommentary, problems);
        }
    }

    public static string Clean(string? text) => text?.Trim() ?? "";
}
