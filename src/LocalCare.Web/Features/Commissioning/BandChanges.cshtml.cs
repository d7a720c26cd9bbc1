using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LocalCare.Web.Features.Commissioning;

/// <summary>Providers whose risk band at today differs from their band 3 months ago, both dates with an active contract.</summary>
public sealed class BandChangesModel(CommissioningQuery query) : PageModel
{
    public CommissioningSnapshot Snapshot { get; private set; } = null!;

    public IReadOnlyList<BandChange> Changes { get; private set; } = [];

    public DateOnly ComparedWith { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Snapshot = await query.LoadAsync(cancellationToken);
        ComparedWith = ProviderRegister.ComparisonDate(Snapshot.Today);
        Changes = ProviderRegister.BandChanges(Snapshot);
    }
}
