using LocalCare.Core.Organisation;
using LocalCare.Data;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Web.Features.Shared;

/// <summary>The LCO's name for the header: the name of the organisation's <c>lco</c> unit, once per request.</summary>
public sealed class OrganisationName(LocalCareDbContext db)
{
    private string? _name;

    /// <summary>Null until an organisation has been loaded.</summary>
    public async Task<string?> GetAsync(CancellationToken cancellationToken = default) =>
        _name ??= await db.OrganisationUnits.Where(u => u.Kind == UnitKind.Lco).Select(u => u.Name).FirstOrDefaultAsync(cancellationToken);
}
