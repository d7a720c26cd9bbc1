using LocalCare.Data;
using LocalCare.Data.Audit;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Web.Features.Organisation;

/// <summary>The organisation: localities and neighbourhoods, services by group, and the history of its units and of organisation.csv's imports.</summary>
public sealed class IndexModel(OrganisationOverviewQuery query, LocalCareDbContext db, History.ChangeHistory history) : PageModel
{
    public OrganisationOverview Organisation { get; private set; } = null!;

    /// <summary>Changes to any unit of the organisation and each organisation.csv imported (one entry per file).</summary>
    public IReadOnlyList<History.HistoryEntry> History { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Organisation = await query.LoadAsync(cancellationToken);
        var units = await db.OrganisationUnits.AsNoTracking().Select(u => u.Code).ToListAsync(cancellationToken);
        History = await history.ForAnyAsync([Subjects.Import(Subjects.OrganisationImport), .. units.Select(Subjects.Unit)], cancellationToken);
    }
}
