using Microsoft.Extensions.Caching.Memory;

namespace LocalCare.Web.Caching;

/// <summary>The rendered pages kept by <see cref="RenderedPages"/>: bounded by bytes, an entry unused for a while ages out.</summary>
public sealed class RenderedPageStore : IDisposable
{
    /// <summary>The bytes of rendered HTML kept at most (a page is 10–300 KB).</summary>
    public const long MaxBytes = 256L * 1024 * 1024;

    private readonly MemoryCache _memory = new(new MemoryCacheOptions { SizeLimit = MaxBytes });

    /// <summary>The pages kept now.</summary>
    public long Count => _memory.Count;

    public bool TryGet(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out RenderedPage? page) =>
        _memory.TryGetValue(key, out page) && page is not null;

    public void Keep(string key, RenderedPage page) =>
        _memory.Set(key, page, new MemoryCacheEntryOptions { SlidingExpiration = ComputedCache.Unused, Size = Math.Max(1, page.Size) });

    public void Dispose() => _memory.Dispose();
}
