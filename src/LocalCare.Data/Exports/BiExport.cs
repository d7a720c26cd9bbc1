using LocalCare.Core.Generation;
using LocalCare.Core.Metrics;
using LocalCare.Core.Organisation;
using LocalCare.Core.Time;
using LocalCare.Data.Metrics;
using LocalCare.Warehouse;
using LocalCare.Warehouse.Metrics;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Data.Exports;

/// <summary>Prepares the BI export (docs/exports.md): the months it covers and what its tables read.</summary>
public sealed class BiExport(LocalCareDbContext db, WarehouseDatabase warehouse, MetricReadings readings, TimeProvider clock)
{
    /// <summary>
    /// The sources for the months <paramref name="from"/> to <paramref name="to"/>. Without them: from the first month of the
    /// stored metric values (else of the warehouse's data) to the last month of the stored values (else the last complete
    /// month); null months when there is neither.
    /// </summary>
    public async Task<ExportSources> SourcesAsync(YearMonth? from, YearMonth? to, CancellationToken cancellationToken = default)
    {
        var today = UkTime.Today(clock);
        var stored = await db.MetricValues.AsNoTracking().Select(v => v.Month).Distinct().ToListAsync(cancellationToken);
        var first = from ?? (stored.Count > 0 ? stored.Min() : DataMonths.Earliest(warehouse));
        var last = to ?? (stored.Count > 0 ? stored.Max() : MonthRange.LastCompleteMonth(today));
        var months = first is { } f && last is { } l && f <= l ? new MonthRange(f, l) : (MonthRange?)null;
        var organisation = new OrganisationTree(await db.OrganisationUnits.AsNoTracking().ToListAsync(cancellationToken));
        return new ExportSources(db, warehouse, organisation, months, today, readings);
    }
}
