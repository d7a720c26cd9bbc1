using LocalCare.Data.Audit;
using LocalCare.Web.Features.History;
using LocalCare.Web.Features.Performance;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LocalCare.Web.Features.Admin.Audit;

/// <summary>
/// The audit trail searched by user, subject, dates and action, newest first, 50 a page, each row linked to its subject's
/// page; administrators only. Filters are a GET form, so a search is a link; a bad date re-renders with status 400.
/// </summary>
[Authorize(Roles = AuditTrailFeature.Roles)]
public sealed class IndexModel(AuditSearch search) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "user")]
    public string? Actor { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Subject { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Action { get; set; }

    /// <summary>The page asked for (<c>?page=</c>, read from the query: Razor Pages keep "page" as a route value).</summary>
    public int? PageNumber { get; private set; }

    public FormErrors Errors { get; } = new();

    public AuditPage? Found { get; private set; }

    /// <summary>Each entry found with its change as a history shows it.</summary>
    public IReadOnlyList<(AuditEntry Entry, HistoryEntry Change, string? Link)> Rows { get; private set; } = [];

    public string? ErrorFor(string field) => Errors.FirstOrDefault(e => e.Field == field).Message;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var pageText = Request.Query["page"].ToString();
        PageNumber = int.TryParse(pageText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) ? number : null;
        if (pageText.Length > 0 && PageNumber is null)
        {
            Errors.Add("page", "Page must be a whole number, 1 or more");
        }

        var (query, problems) = AuditFilters.Parse(Actor, Subject, From, To, Action, PageNumber);
        foreach (var (field, message) in problems)
        {
            Errors.Add(field, message);
        }

        if (Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Found = await search.FindAsync(query, cancellationToken);
        Rows = [.. Found.Entries.Select(e => (e, ChangeHistory.ToEntry(e), SubjectLinks.For(e.Subject)))];
        return Page();
    }

    /// <summary>This search at another page.</summary>
    public string PageUrl(int page) => QueryString.Create(new Dictionary<string, string?>
    {
        ["user"] = Actor,
        ["subject"] = Subject,
        ["from"] = From,
        ["to"] = To,
        ["action"] = Action,
        ["page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
    }.Where(p => !string.IsNullOrWhiteSpace(p.Value))).ToUriComponent() is var q ? "/admin/audit" + q : "/admin/audit";
}
