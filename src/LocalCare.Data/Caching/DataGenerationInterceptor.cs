using LocalCare.Data.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LocalCare.Data.Caching;

/// <summary>
/// Renews the <see cref="DataGeneration"/> stamp as part of any save that changes what pages compute from, so the renewal
/// commits with the change (a reader that sees the new stamp sees the new data). Users, roles, sign-in bookkeeping and the
/// audit trail do not count: no cached page is computed from them.
/// </summary>
public sealed class DataGenerationInterceptor : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Renew(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Renew(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Renew(DbContext? context)
    {
        if (context is null || !context.ChangeTracker.Entries().Any(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && Counts(e.Entity)))
        {
            return;
        }

        var tracked = context.ChangeTracker.Entries<DataGeneration>().FirstOrDefault();
        if (tracked is not null)
        {
            tracked.Entity.Stamp = DataGenerations.NewStamp();
            return;
        }

        // Attached as modified without reading it: the save's own UPDATE sets the new stamp.
        var generation = new DataGeneration { Stamp = DataGenerations.NewStamp() };
        context.Attach(generation).Property(g => g.Stamp).IsModified = true;
    }

    private static bool Counts(object entity) => entity switch
    {
        DataGeneration or AuditEntry => false,
        Users.LocalCareUser or Users.UserUnit => false,
        _ => entity.GetType().Namespace?.StartsWith("Microsoft.AspNetCore.Identity", StringComparison.Ordinal) != true,
    };
}
