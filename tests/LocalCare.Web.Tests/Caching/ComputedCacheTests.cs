using LocalCare.Web.Caching;
using Microsoft.Extensions.DependencyInjection;

namespace LocalCare.Web.Tests.Caching;

/// <summary>The cache of computed pages: one computation per key and data stamp, shared by concurrent readers, failures not kept.</summary>
public sealed class ComputedCacheTests
{
    [Fact]
    public async Task ConcurrentReaders_OfOneKeyAndStamp_ShareOneComputation_AndANewStamp_ComputesAgain()
    {
        await using var services = new ServiceCollection().BuildServiceProvider();
        using var cache = new ComputedCache(services.GetRequiredService<IServiceScopeFactory>());
        var computations = 0;
        var release = new TaskCompletionSource();
        async Task<string> Compute(IServiceProvider _)
        {
            Interlocked.Increment(ref computations);
            await release.Task;
            return "value " + computations;
        }

        var readers = Enumerable.Range(0, 20).Select(_ => cache.GetAsync("summary", 1, Compute, TestContext.Current.CancellationToken)).ToList();
        release.SetResult();
        var values = await Task.WhenAll(readers);
        var again = await cache.GetAsync("summary", 1, Compute, TestContext.Current.CancellationToken);
        var renewed = await cache.GetAsync("summary", 2, Compute, TestContext.Current.CancellationToken);

        Assert.All(values, v => Assert.Equal("value 1", v));
        Assert.Equal("value 1", again);
        Assert.Equal("value 2", renewed);
        Assert.Equal(2, computations);
    }

    [Fact]
    public async Task AFailedComputation_IsNotKept_TheNextReaderComputesAgain()
    {
        await using var services = new ServiceCollection().BuildServiceProvider();
        using var cache = new ComputedCache(services.GetRequiredService<IServiceScopeFactory>());
        var calls = 0;
        Task<string> Compute(IServiceProvider _) => ++calls == 1 ? throw new InvalidOperationException("the warehouse is busy") : Task.FromResult("computed");

        await Assert.ThrowsAsync<InvalidOperationException>(() => cache.GetAsync("pack", 7, Compute, TestContext.Current.CancellationToken));
        var value = await cache.GetAsync("pack", 7, Compute, TestContext.Current.CancellationToken);

        Assert.Equal("computed", value);
        Assert.Equal(2, calls);
    }

    [Fact]
    public async Task AReaderThatGoesAway_DoesNotCancelTheComputationOthersWaitFor()
    {
        await using var services = new ServiceCollection().BuildServiceProvider();
        using var cache = new ComputedCache(services.GetRequiredService<IServiceScopeFactory>());
        var release = new TaskCompletionSource();
        async Task<string> Compute(IServiceProvider _)
        {
            await release.Task;
            return "made once";
        }

        using var leaving = new CancellationTokenSource();
        var first = cache.GetAsync("metric", 3, Compute, leaving.Token);
        var second = cache.GetAsync("metric", 3, Compute, TestContext.Current.CancellationToken);
        await leaving.CancelAsync();
        release.SetResult();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first);
        Assert.Equal("made once", await second);
    }
}
