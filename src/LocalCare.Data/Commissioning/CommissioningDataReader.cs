using LocalCare.Core.Commissioning;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Data.Commissioning;

/// <summary>Reads all of the commissioning data (a few thousand rows for an LCO) for the pure rules of Core.Commissioning.</summary>
public static class CommissioningDataReader
{
    public static async Task<CommissioningData> ReadAsync(LocalCareDbContext db, CancellationToken cancellationToken = default) => new(
        await db.Providers.AsNoTracking().ToListAsync(cancellationToken),
        await db.CqcRatings.AsNoTracking().ToListAsync(cancellationToken),
        await db.Contracts.AsNoTracking().ToListAsync(cancellationToken),
        await db.Spend.AsNoTracking().ToListAsync(cancellationToken),
        await db.QualityAudits.AsNoTracking().ToListAsync(cancellationToken),
        await db.AuditActions.AsNoTracking().ToListAsync(cancellationToken),
        await db.Concerns.AsNoTracking().ToListAsync(cancellationToken),
        await db.Budget.AsNoTracking().ToListAsync(cancellationToken),
        await db.VfpSchemes.AsNoTracking().ToListAsync(cancellationToken),
        await db.VfpDelivery.AsNoTracking().ToListAsync(cancellationToken));
}
