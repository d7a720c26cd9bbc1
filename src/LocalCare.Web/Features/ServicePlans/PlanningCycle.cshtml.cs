using LocalCare.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LocalCare.Web.Features.ServicePlans;

/// <summary>The planning cycle of a year: its stages by quarter with deadlines and products, and the plans that are late today.</summary>
public sealed class PlanningCycleModel(PlanningCycleQuery query, LocalCareDbContext db, TimeProvider clock) : PageModel
{
    public PlanningCycleView Cycle { get; private set; } = null!;

    /// <summary>Problems with the address, by parameter name.</summary>
    public IReadOnlyDictionary<string, string[]> Problems { get; private set; } = new Dictionary<string, string[]>();

    public async Task OnGetAsync(string? year, CancellationToken cancellationToken)
    {
        if (!ServicePlanYears.TryParse(year, out var planYear))
        {
            if (!string.IsNullOrWhiteSpace(year))
            {
                Problems = new Dictionary<string, string[]> { ["year"] = [ServicePlanYears.Problem] };
                Response.StatusCode = StatusCodes.Status400BadRequest;
            }

            planYear = await ServicePlanYears.DefaultAsync(db, clock, cancellationToken);
        }

        Cycle = await query.LoadAsync(planYear, cancellationToken);
    }

    /// <summary>"15 March 2024".</summary>
    public static string Date(DateOnly date) => Core.ServicePlans.PlanningCycle.Format(date);
}
