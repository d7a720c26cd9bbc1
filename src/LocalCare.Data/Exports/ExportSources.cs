using LocalCare.Core.Metrics;
using LocalCare.Core.Organisation;
using LocalCare.Data.Metrics;
using LocalCare.Warehouse;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Data.Exports;

/// <summary>
/// What the export's tables read: the app database, the warehouse, the organisation, the months exported and today; the
/// metric series are read once and shared by the tables that need them.
/// </summary>
public sealed class ExportSources(LocalCareDbContext db, WarehouseDatabase warehouse, OrganisationTree organisation, MonthRange? months, DateOnly today, MetricReadings readings)
{
    private IReadOnlyList<MetricSeries>? _series;

    public LocalCareDbContext Db { get; } = db;

    public WarehouseDatabase Warehouse { get; } = warehouse;

    public OrganisationTree Organisation { get; } = organisation;

    /// <summary>The months of the month dimension, the metric values and the waiting census; null when there is nothing to export by month.</summary>
    public MonthRange? Months { get; } = months;

    /// <summary>The day the export is made (UK time): the date of the providers' current risk ratings.</summary>
    public DateOnly Today { get; } = today;

    /// <summary>Whether a month is exported.</summary>
    public bool Exports(Core.Generation.YearMonth month) => Months is { } range && range.Contains(month);

    /// <summary>
    /// Every metric at every unit with stored values, charted as the metric pages chart it (<see cref="MetricSeries"/> over
    /// all stored months, its default window), in metric then unit order.
    /// </summary>
    public async Task<IReadOnlyList<MetricSeries>> SeriesAsync(CancellationToken cancellationToken)
    {
        if (_series is null)
        {
            var metrics = await Db.Metrics.AsNoTracking().ToDictionaryAsync(m => m.Id, cancellationToken);
            var all = await readings.ListAsync(new MetricFilter(), cancellationToken);
            _series = [.. all.GroupBy(r => (r.MetricId, r.Unit)).Select(g => new MetricSeries(metrics[g.Key.MetricId], g.Key.Unit, g.ToList()))];
        }

        return _series;
    }
}
