using LocalCare.Data;
using LocalCare.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LocalCare.Web.Features.Plans;

/// <summary>The deliverables table of a plan year (<c>?year=</c>, by default the year the pages show) with its GET filters.</summary>
public sealed class DeliverablesModel(DeliverableListQuery query, LocalCareDbContext db) : PageModel
{
    public DeliverableList List { get; private set; } = null!;

    /// <summary>The year asked for in the address (2024), kept by the filters; null when none was.</summary>
    public int? AskedYear { get; private set; }

    /// <summary>Filter problems by parameter name (a status typed into the address that does not exist).</summary>
    public IReadOnlyDictionary<string, string[]> Problems { get; private set; } = new Dictionary<string, string[]>();

    public async Task<IActionResult> OnGetAsync(string? year, string? priority, string? workplan, string? status, string? owner, CancellationToken cancellationToken)
    {
        var planYear = PlanYearParameter.Problem(year) is null ? await PlanYearParameter.WithPlanAsync(year, db, cancellationToken) : null;
        if (planYear is null && !string.IsNullOrWhiteSpace(year))
        {
            return NotFound(); // as /plan?year= does for a year with no plan
        }

        AskedYear = string.IsNullOrWhiteSpace(year) ? null : planYear?.StartYear;
        var filter = new DeliverableFilter(priority, workplan, status, owner).Normalised();
        Problems = filter.Problems();
        if (Problems.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            filter = filter with { Status = null };
        }

        List = await query.LoadAsync(filter, cancellationToken, planYear);
        return Page();
    }
}
