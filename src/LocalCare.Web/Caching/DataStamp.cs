using LocalCare.Data;
using LocalCare.Data.Caching;

namespace LocalCare.Web.Caching;

/// <summary>
/// The data's <see cref="DataGeneration"/> stamp. <see cref="CurrentAsync"/> reads it afresh at each call (one indexed row): a
/// page that saves and then re-renders sees its own change. <see cref="AtStartAsync"/> is the stamp as the request began, read
/// with the sign-in check when there was one (<see cref="RequestStampReader"/>), for what is decided before the page runs.
/// </summary>
public sealed class DataStamp(IServiceProvider services)
{
    private long? _atStart;

    public Task<long> CurrentAsync(CancellationToken cancellationToken) =>
        DataGenerations.CurrentAsync(services.GetRequiredService<LocalCareDbContext>(), cancellationToken);

    /// <summary>The stamp when the request began: the one the sign-in check read, or read now.</summary>
    public async Task<long> AtStartAsync(CancellationToken cancellationToken) => _atStart ??= await CurrentAsync(cancellationToken);

    /// <summary>Records the stamp read with the sign-in check at the start of the request.</summary>
    public void Started(long stamp) => _atStart ??= stamp;
}
