using LocalCare.Core.Plans;
using LocalCare.Data.Audit;
using LocalCare.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LocalCare.Web.Features.Commissioning;

/// <summary>
/// Budget against actual by service and month for a plan year (default: the current one), with VfP schemes and their delivery
/// against plan; <c>service=CODE</c> keeps the page to one service and shows that service's budget history (every year's).
/// </summary>
public sealed class BudgetModel(CommissioningQuery query, History.ChangeHistory history) : PageModel
{
    public BudgetView View { get; private set; } = null!;

    public IReadOnlyList<PlanYear> Years { get; private set; } = [];

    /// <summary>The services with a budget line or a scheme in any year, by name, for the service filter.</summary>
    public IReadOnlyList<(string Code, string Name)> Services { get; private set; } = [];

    /// <summary>The service the page is kept to; null for every service.</summary>
    public string? Service { get; private set; }

    /// <summary>The kept service's name (its code when the organisation does not name it).</summary>
    public string? ServiceName { get; private set; }

    /// <summary>The service's budget history (<c>budget:SERVICE</c>), when the page is kept to one.</summary>
    public IReadOnlyList<History.HistoryEntry> History { get; private set; } = [];

    public IReadOnlyDictionary<string, string[]> Problems { get; private set; } = new Dictionary<string, string[]>();

    public async Task<IActionResult> OnGetAsync(string? year, string? service, CancellationToken cancellationToken)
    {
        var snapshot = await query.LoadAsync(cancellationToken);
        var current = PlanYear.Of(snapshot.Today);
        var problems = new Dictionary<string, string[]>();
        if (PlanYearParameter.Problem(year) is { } problem)
        {
            problems["year"] = [problem];
        }

        Services = [.. snapshot.Data.Budget.Select(b => b.ServiceCode).Concat(snapshot.Data.Schemes.Select(s => s.ServiceCode))
            .Distinct(StringComparer.Ordinal)
            .Select(code => (Code: code, Name: snapshot.UnitName(code)))
            .OrderBy(s => s.Name, StringComparer.Ordinal).ThenBy(s => s.Code, StringComparer.Ordinal)];
        var chosenService = service?.Trim();
        if (!string.IsNullOrEmpty(chosenService))
        {
            // Any unit of the organisation may be asked for (a service with no budget yet); a code that names none is a problem.
            if (Services.Any(s => s.Code == chosenService) || snapshot.Organisation.Find(chosenService) is not null)
            {
                Service = chosenService;
                ServiceName = snapshot.UnitName(chosenService);
                Services = Services.Any(s => s.Code == chosenService) ? Services : [.. Services, (chosenService, ServiceName)]; // so the filter shows it chosen
            }
            else
            {
                problems["service"] = [$"There is no service '{chosenService}': choose a service from the list"];
            }
        }

        if (problems.Count > 0)
        {
            Problems = problems;
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        var chosen = PlanYear.TryParse(year, out var parsed) ? parsed : current;
        Years = [.. snapshot.Data.Budget.Select(b => PlanYear.Of(b.Month.FirstDay))
            .Concat(snapshot.Data.Schemes.Select(s => s.PlanYear))
            .Append(current).Append(chosen)
            .Distinct().OrderDescending()];
        View = BudgetView.Of(snapshot, chosen);
        if (Service is { } kept)
        {
            View = View.ForService(kept);
            History = await history.ForAsync(Subjects.Budget(kept), cancellationToken);
        }

        return Page();
    }
}
