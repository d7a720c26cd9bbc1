using System.Globalization;
using LocalCare.Data.Audit;

namespace LocalCare.Web.Features.Admin.Audit;

/// <summary>The search's filters as typed (page or API), checked: a problem names the field and says what to write.</summary>
public static class AuditFilters
{
    /// <summary>The actions offered, by their query value (lower case).</summary>
    public static IReadOnlyList<(string Value, string Label)> Actions { get; } =
        [("", "Any action"), .. Enum.GetValues<AuditAction>().Select(a => (a.ToString().ToLowerInvariant(), Label(a)))];

    public static string Label(AuditAction action) => action switch
    {
        AuditAction.SignInFailed => "Failed sign-in",
        AuditAction.SignedIn => "Signed in",
        AuditAction.SignedOut => "Signed out",
        AuditAction.LockedOut => "Locked out",
        _ => action.ToString(),
    };

    public static (AuditQuery Query, IReadOnlyList<(string Field, string Message)> Problems) Parse(
        string? user, string? subject, string? from, string? to, string? action, int? page)
    {
        var problems = new List<(string, string)>();
        var fromDate = Date(from, "from", "Date from", problems);
        var toDate = Date(to, "to", "Date to", problems);
        if (fromDate is { } f && toDate is { } t && t < f)
        {
            problems.Add(("to", "Date to must be the same as or after date from"));
        }

        AuditAction? chosen = null;
        if (!string.IsNullOrWhiteSpace(action))
        {
            if (Enum.TryParse<AuditAction>(action.Trim(), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(action, out _))
            {
                chosen = parsed;
            }
            else
            {
                problems.Add(("action", $"Select an action from the list ('{action.Trim()}' is not one)"));
            }
        }

        if (page is < 1)
        {
            problems.Add(("page", "Page must be 1 or more"));
        }

        return (new AuditQuery(Blank(user), Blank(subject), fromDate, toDate, chosen, page ?? 1), problems);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static DateOnly? Date(string? text, string field, string label, List<(string, string)> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        problems.Add((field, $"{label} must be a real date, for example 2025-01-15"));
        return null;
    }
}
