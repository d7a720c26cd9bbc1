using LocalCare.Core.Metrics;
using LocalCare.Core.Time;
using LocalCare.Data;
using LocalCare.Web.Caching;

namespace LocalCare.Web.Features.Performance;

/// <summary>
/// The performance pages' computed parts (the unit directory, the summary table, a metric's page at a unit), shared by
/// every reader until the data changes (<see cref="ComputedCache"/>). Nothing here depends on who is asking.
/// </summary>
public sealed class PerformanceCache(ComputedCache cache, DataStamp stamp, TimeProvider clock)
{
    /// <summary>
    /// The data stamp a page reads once and passes to each call, so everything it shows (and the rendered fragments it caches
    /// with <c>&lt;cache vary-by&gt;</c>) belongs to one state of the data.
    /// </summary>
    public Task<long> StampAsync(CancellationToken cancellationToken) => stamp.CurrentAsync(cancellationToken);

    /// <summary>The key of a page's rendered fragment: the data stamp, today (plan years and "overdue" turn with it) and the page's own parts.</summary>
    public string FragmentKey(long at, params string?[] parts) => $"{at}|{UkTime.Today(clock):yyyy-MM-dd}|{string.Join('|', parts)}";

    public async Task<UnitDirectory> UnitsAsync(long at, CancellationToken cancellationToken) =>
        await cache.GetAsync("units", at,
            services => UnitDirectory.LoadAsync(services.GetRequiredService<LocalCareDbContext>(), CancellationToken.None), cancellationToken);

    /// <summary>The summary for a valid filter (see <see cref="PerformanceSummaryQuery.ProblemsAsync"/>).</summary>
    public async Task<PerformanceSummary> SummaryAsync(SummaryFilter filter, long at, CancellationToken cancellationToken) =>
        await cache.GetAsync($"summary:{filter.Board}:{filter.Unit}:{filter.Sort}", at, async services =>
        {
            var units = await UnitDirectory.LoadAsync(services.GetRequiredService<LocalCareDbContext>(), CancellationToken.None);
            return await services.GetRequiredService<PerformanceSummaryQuery>().LoadAsync(filter, units, CancellationToken.None);
        }, cancellationToken);

    /// <summary>A metric's page at a unit of the organisation, charted over <paramref name="window"/> points (null: all); its plan year is today's.</summary>
    public async Task<MetricDetail> DetailAsync(MetricDefinition metric, UnitChoice unit, int? window, long at, CancellationToken cancellationToken) =>
        await cache.GetAsync($"metric:{metric.Id}:{unit.Ref}:{window}:{UkTime.Today(clock):yyyy-MM-dd}", at, async services =>
        {
            var units = await UnitDirectory.LoadAsync(services.GetRequiredService<LocalCareDbContext>(), CancellationToken.None);
            return await services.GetRequiredService<MetricDetailQuery>().LoadAsync(metric, units.Find(unit.Ref) ?? unit, units, window, CancellationToken.None);
        }, cancellationToken);
}
