using LocalCare.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Web.Features.Commissioning;

/// <summary>
/// A CQC location's address, for the audit search (a location's ratings are recorded under <c>cqc-location:ID</c>): sends to the
/// page of the provider with that location, whose history shows the location's; 404 when no provider has it. Read by every signed-in role.
/// </summary>
public sealed class CqcLocationModel(LocalCareDbContext db) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        var location = id.Trim();
        var providers = await db.Providers.AsNoTracking().Where(p => p.CqcLocationId != null).Select(p => new { p.Code, p.CqcLocationId }).ToListAsync(cancellationToken);
        // Matched as the provider's page matches ratings to its location: trimmed, in any case (a location belongs to one provider).
        return providers.FirstOrDefault(p => string.Equals(p.CqcLocationId!.Trim(), location, StringComparison.OrdinalIgnoreCase)) is { } provider
            ? Redirect(Audits.AuditViews.ProviderUrl(provider.Code) + "#history")
            : NotFound();
    }
}
