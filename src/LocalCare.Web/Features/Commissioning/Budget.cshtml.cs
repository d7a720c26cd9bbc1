using LocalCare.Core.Plans;
using LocalCare.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LocalCare.Web.Features.Commissioning;

/// <summary>Budget against actual by service and month for a plan year (default: the current one), with VfP schemes and their delivery against plan.</summary>
public sealed class BudgetModel(CommissioningQuery query) : PageModel
{
    public BudgetView View { get; private set; } = null!;

    public IReadOnlyList<PlanYear> Years { get; private set; } = [];

    public IReadOnlyDictionary<string, string[]> Problems { get; private set; } = new Dictionary<string, string[]>();

    public async Task<IActionResult> OnGetAsync(string? year, CancellationToken cancellationToken)
    {
        var snapshot = await query.LoadAsync(cancellationToken);
        var current = PlanYear.Of(snapshot.Today);
        if (PlanYearParameter.Problem(year) is { } problem)
        {
            Problems = new Dictionary<string, string[]> { ["year"] = [problem] };
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        var chosen = PlanYear.TryParse(year, out var parsed) ? parsed : current;
        Years = [.. snapshot.Data.Budget.Select(b => PlanYear.Of(b.Month.FirstDay))
            .Concat(snapshot.Data.Schemes.Select(s => s.PlanYear))
            .Append(current).Append(chosen)
            .Distinct().OrderDescending()];
        View = BudgetView.Of(snapshot, chosen);
        return Page();
    }
}
