using LocalCare.Core.Plans;
using LocalCare.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LocalCare.Web.Features.ServicePlans;

/// <summary>Every service and neighbourhood team with its plan's status for a year, filtered by status and by the units the person looks after.</summary>
public sealed class IndexModel(ServicePlanListQuery query, ServicePlanUsers users, LocalCareDbContext db, TimeProvider clock) : PageModel
{
    public ServicePlanList List { get; private set; } = null!;

    /// <summary>Whether the signed-in person looks after any unit (the "units I look after" filter is offered only then).</summary>
    public bool LooksAfterUnits { get; private set; }

    /// <summary>Problems with the address's filters, by parameter name.</summary>
    public IReadOnlyDictionary<string, string[]> Problems { get; private set; } = new Dictionary<string, string[]>();

    public async Task OnGetAsync(string? year, string? status, bool mine, CancellationToken cancellationToken)
    {
        var filter = new ServicePlanFilter(status, mine).Normalised();
        var problems = new Dictionary<string, string[]>(filter.Problems());
        if (!ServicePlanYears.TryParse(year, out var planYear))
        {
            if (!string.IsNullOrWhiteSpace(year))
            {
                problems["year"] = [ServicePlanYears.Problem];
            }

            planYear = await ServicePlanYears.DefaultAsync(db, clock, cancellationToken);
        }

        if (problems.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            filter = filter with { Status = problems.ContainsKey("status") ? null : filter.Status };
        }

        Problems = problems;
        var user = await users.ForAsync(User, cancellationToken);
        LooksAfterUnits = user.UnitsLookedAfter.Count > 0;
        List = await query.LoadAsync(planYear, filter, user.UnitsLookedAfter, cancellationToken);
    }

    /// <summary>The plan page of a unit in the year shown.</summary>
    public string PlanUrl(string unitCode) => $"/service-plans/{List.Year}/{Uri.EscapeDataString(unitCode)}";

    public static string Date(DateTime? utc) =>
        utc is { } at ? Core.Time.UkTime.Local(at).ToString("d MMM yyyy", System.Globalization.CultureInfo.InvariantCulture) : "–";

    public PlanYear Year => new(List.Year);
}
