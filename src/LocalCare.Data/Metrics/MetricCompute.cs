using LocalCare.Core.Commissioning;
using LocalCare.Core.Metrics;
using LocalCare.Core.Organisation;
using LocalCare.Core.Time;
using LocalCare.Data.Backup;
using LocalCare.Data.Commissioning;
using LocalCare.Warehouse;
using LocalCare.Warehouse.Metrics;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Data.Metrics;

/// <summary>
/// Computes every metric for every unit and month of a range from the warehouse and stores the series in the app database,
/// replacing what was there for those months, in one transaction: a failure stores nothing.
/// </summary>
public sealed class MetricCompute(LocalCareDbContext db, WarehouseDatabase warehouse, TimeProvider clock)
{
    /// <summary>How long one metric's query may run before the computation gives up.</summary>
    public static TimeSpan QueryTimeLimit { get; } = TimeSpan.FromMinutes(5);

    /// <summary>The default range of metrics.md: the earliest month in the data to the last complete month before today; null when there is no data.</summary>
    public MonthRange? DefaultRange()
    {
        var last = MonthRange.LastCompleteMonth(UkTime.Today(clock));
        return DataMonths.Earliest(warehouse) is { } first && first <= last ? new MonthRange(first, last) : null;
    }

    /// <summary>Computes and stores the metrics (all, or only <paramref name="only"/>) for <paramref name="range"/>.</summary>
    public async Task<MetricComputeReport> RunAsync(
        MonthRange range, string user, IProgress<MetricComputeProgress>? progress = null, IReadOnlyCollection<string>? only = null, CancellationToken cancellationToken = default)
    {
        // It reads the warehouse and writes the app database: it holds the writer lock so a backup sees both before or both after.
        using var writeLock = await DataDirectoryLock.AcquireAsync(warehouse, "metric computation", DataDirectoryLock.WriterWait,
            () => progress?.Report(new MetricComputeProgress("waiting for a backup or an import to finish", 0, 1)), cancellationToken);
        var started = clock.GetUtcNow().UtcDateTime;
        var metrics = (await db.Metrics.AsNoTracking().OrderBy(m => m.Id).ToListAsync(cancellationToken))
            .Where(m => only is null || only.Contains(m.Id)).ToList();
        var organisation = new OrganisationTree(await db.OrganisationUnits.AsNoTracking().ToListAsync(cancellationToken));
        var computed = new List<MetricValue>();
        var counts = new List<(string Metric, int Values)>();

        var queried = metrics.Where(m => !m.IsManual).Select(m => (Metric: m, Sql: MetricLibrary.Find(m.Id)?.Sql ?? m.Sql)).Where(m => m.Sql is not null).ToList();
        var manual = metrics.Where(m => m.IsManual).ToDictionary(m => m.Id, m => m.Kind);
        using (var sandbox = MetricSandbox.Open(warehouse))
        {
            for (var i = 0; i < queried.Count; i++)
            {
                var (metric, sql) = queried[i];
                progress?.Report(new MetricComputeProgress(metric.Id, i, queried.Count + 1));
                List<MetricBaseRow> rows;
                try
                {
                    rows = sandbox.BaseRows(sql!, range, QueryTimeLimit);
                }
                catch (Exception e) when (e is MetricQueryException or TimeoutException)
                {
                    throw new MetricComputeException(metric.Id, e.Message);
                }

                var values = MetricRollup.Roll(metric.Id, metric.Kind, rows, organisation, range);
                computed.AddRange(values);
                counts.Add((metric.Id, values.Count));
            }
        }

        // The commissioning metrics are computed here from the app database's commissioning data (read once), not by warehouse SQL.
        var commissioning = metrics.Where(m => !m.IsManual && CommissioningMetricDefinitions.Includes(m.Id)).ToList();
        if (commissioning.Count > 0)
        {
            progress?.Report(new MetricComputeProgress("commissioning metrics", queried.Count, queried.Count + 1));
            var data = await CommissioningDataReader.ReadAsync(db, cancellationToken);
            foreach (var metric in commissioning)
            {
                var values = CommissioningRollup.Roll(metric.Id, metric.Kind, CommissioningMetrics.Rows(metric.Id, data, range.Months), organisation, range);
                computed.AddRange(values);
                counts.Add((metric.Id, values.Count));
            }
        }

        progress?.Report(new MetricComputeProgress("manual metrics", queried.Count, queried.Count + 1));
        var manualValues = ManualValues.Read(warehouse, manual, range);
        computed.AddRange(manualValues);
        counts.AddRange(manualValues.GroupBy(v => v.MetricId).Select(g => (g.Key, g.Count())));

        progress?.Report(new MetricComputeProgress("storing", queried.Count + 1, queried.Count + 1));
        var strategy = db.Database.CreateExecutionStrategy();
        var computation = new MetricComputation
        {
            StartedAt = started,
            FinishedAt = started,
            User = user,
            From = range.From,
            To = range.To,
            Metrics = queried.Count + commissioning.Count + manual.Count,
            Values = computed.Count,
        };
        await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await MetricValueStore.ReplaceAsync(db, [.. queried.Select(q => q.Metric.Id), .. commissioning.Select(m => m.Id), .. manual.Keys], range, computed, cancellationToken);
            computation.FinishedAt = clock.GetUtcNow().UtcDateTime;
            db.MetricComputations.Add(computation);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });

        return new MetricComputeReport(range, computed.Count, counts);
    }
}
