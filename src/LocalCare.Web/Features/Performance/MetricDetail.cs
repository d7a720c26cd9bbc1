using LocalCare.Core.Metrics;
using LocalCare.Core.Plans;
using LocalCare.Core.Time;
using LocalCare.Data;
using LocalCare.Data.Metrics;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Web.Features.Performance;

/// <summary>Everything a metric's page shows at one unit.</summary>
/// <param name="Metric">The metric's definition.</param>
/// <param name="BoardName">The name of the board that watches it.</param>
/// <param name="Unit">The unit the page is for.</param>
/// <param name="Series">The metric at the unit, charted.</param>
/// <param name="Below">The metric at each unit under this one (drill-down), in the directory's order; services only when they have values.</param>
/// <param name="SqlFile">The metric as its SQL file (header and query); null for a manual metric.</param>
/// <param name="Commentaries">What has been written about the metric at this unit, newest month first.</param>
/// <param name="Targets">The target in force per plan year at this unit, oldest first.</param>
/// <param name="CurrentYear">Today's plan year: the target form's default.</param>
public sealed record MetricDetail(
    MetricDefinition Metric, string BoardName, UnitChoice Unit, MetricSeries Series, IReadOnlyList<(UnitChoice Unit, MetricSeries Series)> Below,
    string? SqlFile, IReadOnlyList<MetricCommentary> Commentaries, IReadOnlyList<TargetInForce> Targets, PlanYear CurrentYear)
{
    /// <summary>built-in, custom or manual.</summary>
    public string Source => MetricSource(Metric);

    public static string MetricSource(MetricDefinition metric) => metric.IsManual ? "manual" : metric.Sql is null ? "built-in" : "custom";
}

/// <summary>The target that applies at a unit in a plan year, and where it comes from: <c>unit</c> (set for this unit itself), <c>lco</c> (the LCO's) or <c>default</c> (the metric's).</summary>
public sealed record TargetInForce(PlanYear Year, double? Value, string From);

/// <summary>Loads a metric's page; used by the page, its CSV downloads and the SPC API.</summary>
public sealed class MetricDetailQuery(LocalCareDbContext db, MetricReadings readings, CustomMetrics customMetrics, TimeProvider clock)
{
    /// <summary>The metric, or null when no metric has that id.</summary>
    public Task<MetricDefinition?> FindAsync(string metricId, CancellationToken cancellationToken) =>
        db.Metrics.AsNoTracking().SingleOrDefaultAsync(m => m.Id == metricId, cancellationToken);

    /// <summary>The metric's series at one unit only (the SPC API).</summary>
    public async Task<MetricSeries> SeriesAsync(MetricDefinition metric, string unit, int? window, CancellationToken cancellationToken) =>
        new(metric, unit, await readings.ListAsync(new MetricFilter(metric.Id, unit), cancellationToken), window);

    /// <summary>The page at <paramref name="unit"/>, its chart over the latest <paramref name="window"/> months with a value (null: all).</summary>
    public async Task<MetricDetail> LoadAsync(MetricDefinition metric, UnitChoice unit, UnitDirectory units, int? window, CancellationToken cancellationToken)
    {
        var all = (await readings.ListAsync(new MetricFilter(metric.Id), cancellationToken)).ToLookup(r => r.Unit, StringComparer.Ordinal);
        var series = new MetricSeries(metric, unit.Ref, all[unit.Ref].ToList(), window);
        // Every locality or neighbourhood is listed; a service only when it has values of this metric (most metrics are about a few services).
        var below = units.Below(unit)
            .Where(u => u.Kind != Core.Organisation.UnitKind.Service || all[u.Ref].Any())
            .Select(u => (u, new MetricSeries(metric, u.Ref, all[u.Ref].ToList()))).ToList();
        var board = await db.Boards.AsNoTracking().Where(b => b.Code == metric.BoardCode).Select(b => b.Name).SingleOrDefaultAsync(cancellationToken);
        var commentaries = await db.MetricCommentaries.AsNoTracking()
            .Where(c => c.MetricId == metric.Id && c.Unit == unit.Ref)
            .Include(c => c.Actions)
            .ToListAsync(cancellationToken);

        var current = PlanYear.Of(UkTime.Today(clock));
        return new MetricDetail(
            metric, board ?? metric.BoardCode, unit, series, below,
            metric.IsManual ? null : await customMetrics.SqlFileAsync(metric.Id, cancellationToken),
            commentaries.OrderByDescending(c => c.Month).ToList(),
            await TargetsAsync(metric, unit.Ref, series, current, cancellationToken),
            current);
    }

    /// <summary>One row per plan year from the first with a value (or this one) to next year.</summary>
    private async Task<List<TargetInForce>> TargetsAsync(MetricDefinition metric, string unit, MetricSeries series, PlanYear current, CancellationToken cancellationToken)
    {
        var set = await db.MetricTargets.AsNoTracking().Where(t => t.MetricId == metric.Id && (t.Unit == unit || t.Unit == UnitRefs.Lco)).ToListAsync(cancellationToken);
        var first = series.Readings.Count > 0 ? PlanYear.Of(series.Readings[0].Month.FirstDay) : current;
        var rows = new List<TargetInForce>();
        for (var year = first < current ? first : current; year <= current.Next; year = year.Next)
        {
            var own = set.FirstOrDefault(t => t.Unit == unit && t.PlanYear == year);
            var lco = set.FirstOrDefault(t => t.Unit == UnitRefs.Lco && t.PlanYear == year);
            rows.Add(own is not null ? new TargetInForce(year, own.Value, "unit")
                : lco is not null ? new TargetInForce(year, lco.Value, "lco")
                : new TargetInForce(year, metric.DefaultTarget, "default"));
        }

        return rows;
    }
}
