using LocalCare.Core.Metrics;
using LocalCare.Core.Plans;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Data.Metrics;

/// <summary>Reads stored metric values with their targets (per metric, unit and plan year) and whether each met its target.</summary>
public sealed class MetricReadings(LocalCareDbContext db)
{
    /// <summary>Readings ordered by metric (metrics.md order for built-ins, then by id), unit and month.</summary>
    public async Task<List<MetricReading>> ListAsync(MetricFilter filter, CancellationToken cancellationToken = default)
    {
        var query = db.MetricValues.AsNoTracking();
        if (filter.MetricId is { } metric)
        {
            query = query.Where(v => v.MetricId == metric);
        }

        if (filter.Unit is { } unit)
        {
            query = query.Where(v => v.Unit == unit);
        }

        var values = await query.ToListAsync(cancellationToken);
        var metrics = await db.Metrics.AsNoTracking().ToListAsync(cancellationToken);
        var lookup = new TargetLookup(await db.MetricTargets.AsNoTracking().ToListAsync(cancellationToken), metrics);
        var directions = metrics.ToDictionary(m => m.Id, m => m.Direction);
        var order = MetricOrder.Of(metrics);
        return values
            .Where(v => (filter.From is not { } from || v.Month >= from) && (filter.To is not { } to || v.Month <= to))
            .OrderBy(v => order[v.MetricId]).ThenBy(v => v.Unit, StringComparer.Ordinal).ThenBy(v => v.Month)
            .Select(v =>
            {
                var target = lookup.For(v.MetricId, v.Unit, PlanYear.Of(v.Month.FirstDay));
                return new MetricReading(v.MetricId, v.Month, v.Unit, v.Numerator, v.Denominator, v.Value, target, directions[v.MetricId].Met(v.Value, target));
            })
            .ToList();
    }
}
