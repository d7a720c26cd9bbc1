using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LocalCare.Web.Features.Organisation;

/// <summary>The organisation: localities and neighbourhoods, services by group.</summary>
public sealed class IndexModel(OrganisationOverviewQuery query) : PageModel
{
    public OrganisationOverview Organisation { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) => Organisation = await query.LoadAsync(cancellationToken);
}
