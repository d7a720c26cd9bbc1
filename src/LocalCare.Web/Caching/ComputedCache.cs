using System.Collections.Concurrent;
using Microsoft.Extensions.Caching.Memory;

namespace LocalCare.Web.Caching;

/// <summary>
/// What pages compute from the data (a summary table, a metric's series, a draft pack), kept until the data changes: each
/// entry is keyed by the <see cref="Data.Caching.DataGeneration"/> stamp it was computed at, so an import, a compute or an edit
/// in any process makes the next request compute afresh. Concurrent requests for the same entry share one computation.
/// </summary>
public sealed class ComputedCache(IServiceScopeFactory scopes) : IDisposable
{
    /// <summary>Entries held at most (each counts 1): every board's summary at every unit, metric pages, draft packs.</summary>
    public const int MaxEntries = 5_000;

    /// <summary>How long an entry no request has asked for is kept (entries of old stamps age out this way).</summary>
    public static readonly TimeSpan Unused = TimeSpan.FromMinutes(20);

    private readonly MemoryCache _memory = new(new MemoryCacheOptions { SizeLimit = MaxEntries });
    private readonly ConcurrentDictionary<string, Lazy<Task<object>>> _running = new(StringComparer.Ordinal);

    /// <summary>The value of <paramref name="key"/> at data stamp <paramref name="stamp"/>, computing it when absent.</summary>
    /// <remarks>
    /// The computation gets a service scope of its own (its own database context) and runs to the end even if the request that
    /// started it goes away: other requests may be waiting for it. A failure is not kept: the next request tries again.
    /// </remarks>
    public async Task<T> GetAsync<T>(string key, long stamp, Func<IServiceProvider, Task<T>> compute, CancellationToken cancellationToken)
        where T : class
    {
        var full = $"{typeof(T).FullName}|{stamp}|{key}";
        if (_memory.TryGetValue(full, out T? cached) && cached is not null)
        {
            return cached;
        }

        var run = _running.GetOrAdd(full, _ => new Lazy<Task<object>>(async () =>
        {
            await using var scope = scopes.CreateAsyncScope();
            return await compute(scope.ServiceProvider);
        }));
        try
        {
            var value = (T)await run.Value.WaitAsync(cancellationToken);
            _memory.Set(full, value, new MemoryCacheEntryOptions { SlidingExpiration = Unused, Size = 1 });
            return value;
        }
        finally
        {
            _running.TryRemove(new KeyValuePair<string, Lazy<Task<object>>>(full, run));
        }
    }

    public void Dispose() => _memory.Dispose();
}
