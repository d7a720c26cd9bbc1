using LocalCare.Core.Generation;
using LocalCare.Core.Metrics;
using LocalCare.Core.Organisation;
using LocalCare.Core.WaitingLists;
using LocalCare.Data;
using LocalCare.Warehouse;
using LocalCare.Warehouse.WaitingLists;
using LocalCare.Web.Features.Data;
using LocalCare.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Web.Features.WaitingLists;

/// <summary>A census: who was waiting (longest first) and the snapshot of every unit with anyone waiting.</summary>
public sealed record WaitingCensus(YearMonth Month, string? ServiceCode, IReadOnlyList<WaitingReferral> Waiting, IReadOnlyList<UnitSnapshot> Units);

/// <summary>
/// Reads the waiting lists from the warehouse (read-only, through <see cref="WarehouseGate"/>) for the pages and the API, and
/// checks their parameters: a month is YYYY-MM, a service is one of the organisation's.
/// </summary>
public sealed class WaitingListsQuery(WarehouseDatabase warehouse, WarehouseGate gate, LocalCareDbContext db, TimeProvider clock)
{
    /// <summary>Months the history chart covers, ending at the census month.</summary>
    public const int HistoryMonths = 24;

    /// <summary>The most weeks of flow a page or call may ask for: two years.</summary>
    public const int MaxFlowWeeks = 104;

    /// <summary>The last complete month before today on the UK clock: the default census.</summary>
    public YearMonth DefaultMonth() => MonthRange.LastCompleteMonth(DateOnly.FromDateTime(UkTime.Now(clock)));

    public async Task<OrganisationTree> OrganisationAsync(CancellationToken cancellationToken) =>
        new(await db.OrganisationUnits.AsNoTracking().ToListAsync(cancellationToken));

    public async Task<WaitingCensus> CensusAsync(YearMonth month, string? serviceCode, OrganisationTree organisation, CancellationToken cancellationToken)
    {
        var waiting = await gate.ReadAsync(() => WaitingCensusQuery.Read(warehouse, month, serviceCode), cancellationToken);
        var units = WaitingCensusByUnit.Of(waiting.Select(w => (w.ServiceCode, w.NeighbourhoodCode, w.DaysWaited)), organisation);
        return new WaitingCensus(month, serviceCode, waiting, units);
    }

    /// <summary>The <see cref="HistoryMonths"/> months to <paramref name="month"/>, each with every SitRep band's count (one service or all).</summary>
    public async Task<List<(YearMonth Month, string Band, long Waiting)>> HistoryAsync(YearMonth month, string? serviceCode, OrganisationTree organisation, CancellationToken cancellationToken)
    {
        var range = new MonthRange(month.AddMonths(1 - HistoryMonths), month);
        var spans = await gate.ReadAsync(() => WaitingSpansQuery.Read(warehouse, range, serviceCode), cancellationToken);
        var unit = serviceCode is null ? UnitRefs.Lco : UnitRefs.Service(serviceCode);
        return [.. WaitingCensusHistory.Of(range, spans, organisation).SelectMany(m => m.Of(unit).Bands.Select(b => (m.Month, b.Band, (long)b.Waiting)))];
    }

    public Task<ObservedWaitingList> ObservedAsync(string serviceCode, YearMonth month, int weeks, CancellationToken cancellationToken) =>
        gate.ReadAsync(() => ObservedWaitingList.Read(warehouse, serviceCode, month, weeks), cancellationToken);

    /// <summary>Checks a month parameter; null text is the default month.</summary>
    public YearMonth? Month(string? text, string name, IDictionary<string, string[]> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return DefaultMonth();
        }

        if (YearMonth.TryParse(text.Trim(), out var month))
        {
            return month;
        }

        problems[name] = [$"Month '{text}' is not a month: write it YYYY-MM, such as {DefaultMonth()}"];
        return null;
    }

    /// <summary>Checks a service code; null or empty is every service.</summary>
    public static string? Service(string? code, string name, OrganisationTree organisation, IDictionary<string, string[]> problems)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }

        if (organisation.Find(code.Trim()) is { Kind: UnitKind.Service } service)
        {
            return service.Code;
        }

        problems[name] = [$"Service '{code}' is not a service of the organisation"];
        return null;
    }

    /// <summary>Checks a whole-number parameter; null text is the default.</summary>
    public static int? Whole(string? text, string name, string label, int min, int max, int defaultValue, IDictionary<string, string[]> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return defaultValue;
        }

        if (int.TryParse(text.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        problems[name] = [$"{label} must be a whole number from {min} to {max}"];
        return null;
    }
}
