using System.Text;
using LocalCare.Core.Alignment;
using LocalCare.Core.Plans;
using LocalCare.Data;
using LocalCare.Data.Audit;
using LocalCare.Web.Features.History;
using LocalCare.Web.Features.Performance;
using LocalCare.Web.Features.Plans;
using LocalCare.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Web.Features.Alignment;

/// <summary>
/// The alignment matrix of a plan year as a table (and <c>?format=csv</c>); read by every signed-in role. Executives and
/// administrators add and rename the partner priorities here (they have no year: every year's matrix shares them).
/// </summary>
public sealed class IndexModel(AlignmentQuery query, PartnerPriorityEditor editor, ChangeHistory history, LocalCareDbContext db) : PageModel
{
    /// <summary>Null when the year asked for has no plan (or none is loaded).</summary>
    public AlignmentView? View { get; private set; }

    /// <summary>The year shown or asked for; null when none was asked for and no plan is loaded.</summary>
    public PlanYear? Year { get; private set; }

    public FormErrors Errors { get; private set; } = new();

    public bool CanEdit => User.CanEditPlan();

    /// <summary>The changes to the partner priorities, newest first.</summary>
    public IReadOnlyList<HistoryEntry> History { get; private set; } = [];

    /// <summary>The new partner priority as typed, kept when it has a problem.</summary>
    public (string? Partner, string? Title) NewPartnerPriority { get; private set; }

    /// <summary>A rename as typed, kept when it has a problem: the code and the title.</summary>
    public (string? Code, string? Title) Rename { get; private set; }

    [TempData]
    public string? Message { get; set; }

    /// <summary>How the rows are grouped: by workplan, or by corporate priority (<c>?group=priority</c>) as the 2024/25 appendix does.</summary>
    public AlignmentGrouping Grouping { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? year, string? format, string? group, CancellationToken cancellationToken)
    {
        if (PlanYearParameter.Problem(year) is { } problem)
        {
            Errors.Add("year", problem);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            year = null;
        }

        if (!AlignmentGroupParameter.TryParse(group, out var grouping))
        {
            Errors.Add("group", AlignmentGroupParameter.Problem);
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        Grouping = grouping;
        await LoadAsync(year, cancellationToken);
        if (View is null && Errors.Count == 0 && year is not null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
        }

        if (format == "csv" && View is not null && Errors.Count == 0)
        {
            return File(Encoding.UTF8.GetBytes(AlignmentCsv.Of(View)), SpreadsheetCsv.ContentType, AlignmentCsv.FileName(View));
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAddPartnerPriorityAsync(string? year, string? partner, string? title, CancellationToken cancellationToken)
    {
        if (!CanEdit)
        {
            return Forbid();
        }

        var (code, problems) = await editor.AddAsync(partner, title, cancellationToken);
        if (code is null)
        {
            NewPartnerPriority = (partner, title);
            return await InvalidAsync(year, problems, cancellationToken);
        }

        Message = $"Partner priority {code} added";
        return Redirect(await PageUrlAsync(year, cancellationToken) + "#partner-priorities");
    }

    public async Task<IActionResult> OnPostPartnerPriorityAsync(string? year, string? code, string? title, CancellationToken cancellationToken)
    {
        if (!CanEdit)
        {
            return Forbid();
        }

        var problems = await editor.RenameAsync(code ?? "", title, cancellationToken);
        if (problems is null)
        {
            return NotFound();
        }

        if (problems.Count > 0)
        {
            Rename = (code, title);
            return await InvalidAsync(year, problems, cancellationToken);
        }

        Message = $"Partner priority {code} renamed";
        return Redirect(await PageUrlAsync(year, cancellationToken) + "#partner-priorities");
    }

    /// <summary>This page for the year shown, in its grouping (or <paramref name="grouping"/>), as CSV when asked.</summary>
    public string PageUrl(bool csv = false, AlignmentGrouping? grouping = null) =>
        "/plan/alignment?year=" + (Year?.StartYear.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "")
        + ((grouping ?? Grouping) == AlignmentGrouping.Priority ? "&group=priority" : "")
        + (csv ? "&format=csv" : "");

    /// <summary>The hint under each partner priority's title: they have no year, so renaming one renames it in every year.</summary>
    public const string SharedHint = "Partner priorities are shared by every plan year: renaming one renames it in every year's matrix and deliverables.";

    private async Task<PageResult> InvalidAsync(string? year, IReadOnlyList<Core.Inputs.FieldProblem> problems, CancellationToken cancellationToken)
    {
        await LoadAsync(PlanYearParameter.Problem(year) is null ? year : null, cancellationToken);
        Errors = FormErrors.Of(problems);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<string> PageUrlAsync(string? year, CancellationToken cancellationToken)
    {
        Year = await PlanYearParameter.ResolveAsync(PlanYearParameter.Problem(year) is null ? year : null, db, cancellationToken);
        return PageUrl();
    }

    private async Task LoadAsync(string? year, CancellationToken cancellationToken)
    {
        Year = await PlanYearParameter.ResolveAsync(year, db, cancellationToken);
        View = Year is { } planYear ? await query.LoadAsync(planYear, cancellationToken, Grouping) : null;
        var codes = await db.PartnerPriorities.AsNoTracking().Select(p => p.Code).ToListAsync(cancellationToken);
        History = await history.ForAnyAsync([.. codes.Select(Subjects.PartnerPriority)], cancellationToken);
    }
}
