using LocalCare.Data;
using LocalCare.Data.Caching;

namespace LocalCare.Web.Caching;

/// <summary>The data's <see cref="DataGeneration"/> stamp, read afresh at each call (one indexed row): a page that saves and then re-renders sees its own change.</summary>
public sealed class DataStamp(LocalCareDbContext db)
{
    public Task<long> CurrentAsync(CancellationToken cancellationToken) => DataGenerations.CurrentAsync(db, cancellationToken);
}
