using System.Text;
using LocalCare.Core.Plans;
using LocalCare.Data;
using LocalCare.Web.Features.Performance;
using LocalCare.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LocalCare.Web.Features.Alignment;

/// <summary>The alignment matrix of a plan year as a table (and <c>?format=csv</c>); read by every signed-in role.</summary>
public sealed class IndexModel(AlignmentQuery query, LocalCareDbContext db) : PageModel
{
    /// <summary>Null when the year asked for has no plan (or none is loaded).</summary>
    public AlignmentView? View { get; private set; }

    /// <summary>The year shown or asked for; null when none was asked for and no plan is loaded.</summary>
    public PlanYear? Year { get; private set; }

    public FormErrors Errors { get; private set; } = new();

    public async Task<IActionResult> OnGetAsync(string? year, string? format, CancellationToken cancellationToken)
    {
        if (PlanYearParameter.Problem(year) is { } problem)
        {
            Errors.Add("year", problem);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            year = null;
        }

        Year = await PlanYearParameter.ResolveAsync(year, db, cancellationToken);
        View = Year is { } planYear ? await query.LoadAsync(planYear, cancellationToken) : null;
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

    /// <summary>This page for the year shown, as CSV when asked.</summary>
    public string PageUrl(bool csv = false) =>
        "/plan/alignment?year=" + (Year?.StartYear.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "") + (csv ? "&format=csv" : "");
}
