using LocalCare.Data.Audit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LocalCare.Web.Features.Commissioning;

/// <summary>A Value for Patients scheme's page: its fields and QIA status, its delivery by month against plan, and its history. Read by every signed-in role, as the budget page.</summary>
public sealed class VfpSchemeModel(CommissioningQuery query, History.ChangeHistory history) : PageModel
{
    public VfpSchemeDetail Detail { get; private set; } = null!;

    public IReadOnlyList<History.HistoryEntry> History { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        var snapshot = await query.LoadAsync(cancellationToken);
        if (VfpSchemeDetail.Of(snapshot, code) is not { } detail)
        {
            return NotFound();
        }

        Detail = detail;
        History = await history.ForAsync(Subjects.VfpScheme(detail.Row.Scheme.Code), cancellationToken);
        return Page();
    }
}
