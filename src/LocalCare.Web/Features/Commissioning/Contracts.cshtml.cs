using LocalCare.Core.Plans;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LocalCare.Web.Features.Commissioning;

/// <summary>Every contract with its end date and spend in the financial year to date; <c>expiring=6</c> or <c>12</c> keeps those ending within that many months of today.</summary>
public sealed class ContractsModel(CommissioningQuery query) : PageModel
{
    public CommissioningSnapshot Snapshot { get; private set; } = null!;

    public IReadOnlyList<ContractRow> All { get; private set; } = [];

    public IReadOnlyList<ContractRow> Shown { get; private set; } = [];

    public int? Expiring { get; private set; }

    public PlanYear Year { get; private set; }

    public IReadOnlyDictionary<string, string[]> Problems { get; private set; } = new Dictionary<string, string[]>();

    public async Task<IActionResult> OnGetAsync(string? expiring, CancellationToken cancellationToken)
    {
        Snapshot = await query.LoadAsync(cancellationToken);
        Year = PlanYear.Of(Snapshot.Today);
        switch (expiring?.Trim())
        {
            case null or "":
                break;
            case "6":
                Expiring = 6;
                break;
            case "12":
                Expiring = 12;
                break;
            default:
                Problems = new Dictionary<string, string[]> { ["expiring"] = [$"Expiring '{expiring.Trim()}' is not understood: choose within 6 months or within 12 months"] };
                Response.StatusCode = StatusCodes.Status400BadRequest;
                break;
        }

        All = ContractList.Rows(Snapshot);
        Shown = Expiring switch
        {
            6 => [.. All.Where(r => r.Within6)],
            12 => [.. All.Where(r => r.Within12)],
            _ => All,
        };
        return Page();
    }
}
