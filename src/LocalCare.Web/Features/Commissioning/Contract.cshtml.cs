using LocalCare.Data.Audit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LocalCare.Web.Features.Commissioning;

/// <summary>
/// A contract's page: its fields and provider, spend this financial year and by month against its annual value, its social
/// value commitments against delivery, and its history (its spend and social value, and its own row from its provider's history).
/// Read by every signed-in role, as the contracts list.
/// </summary>
public sealed class ContractModel(CommissioningQuery query, History.ChangeHistory history) : PageModel
{
    public CommissioningSnapshot Snapshot { get; private set; } = null!;

    /// <summary>The contract as the contracts list shows it: provider, spend this financial year to date, ending soon.</summary>
    public ContractRow Row { get; private set; } = null!;

    public ContractDetail Detail { get; private set; } = null!;

    public Core.Plans.PlanYear Year { get; private set; }

    public IReadOnlyList<History.HistoryEntry> History { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        Snapshot = await query.LoadAsync(cancellationToken);
        if (Snapshot.Data.Contracts.FirstOrDefault(c => string.Equals(c.Code, code, StringComparison.Ordinal)) is not { } contract)
        {
            return NotFound();
        }

        Year = Core.Plans.PlanYear.Of(Snapshot.Today);
        Row = ContractList.Row(Snapshot, contract, Snapshot.Provider(contract.ProviderCode));
        Detail = ContractDetail.Of(Snapshot, contract);
        var (rowSubject, rowKey) = AuditedEntities.Of(contract)!.Value; // the contract's own row: in its provider's history
        History = await history.ForAnyWithRowAsync([Subjects.Contract(contract.Code)], rowSubject, nameof(Core.Commissioning.ProviderContract), rowKey, cancellationToken);
        return Page();
    }
}
