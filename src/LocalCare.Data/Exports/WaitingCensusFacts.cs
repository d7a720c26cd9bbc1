using LocalCare.Core.Exports;
using LocalCare.Core.Metrics;
using LocalCare.Core.WaitingLists;
using LocalCare.Warehouse.WaitingLists;

namespace LocalCare.Data.Exports;

/// <summary>
/// <c>fact_waiting_census</c>: who was waiting at each month's census (its last day, 23:59:59) by service and by LCO, locality
/// and neighbourhood, in the SitRep bands: the census of the waiting-list pages (<see cref="WaitingCensusHistory"/>), once for
/// all services together and once for each service.
/// </summary>
public sealed class WaitingCensusFacts : ExportTableSource
{
    public override string Name => "fact_waiting_census";

    public override string Grain => "One row per month, service (or all services) and LCO, locality or neighbourhood with anyone waiting.";

    public override IReadOnlyList<ExportColumn> Columns { get; } =
    [
        Date("month_key", "The census month's first day (dim_month); the census is at its last day, 23:59:59."),
        Text("service_unit_key", "The service (dim_unit, service:CODE); empty for all services together."),
        Text("unit_key", "Where they live: lco, locality:CODE or neighbourhood:CODE (dim_unit)."),
        Integer("waiting", "How many referrals were waiting."),
        .. WaitBands.SitRepBands.Select(b => Integer(BandColumn(b.Band), $"Waiting {BandWords(b.Band)} (SitRep band {b.Band})")),
        Number("mean_days", "The mean days waited."),
        Number("median_days", "The median days waited (the mean of the middle two of an even count)."),
        Integer("longest_days", "The longest wait in days."),
        Integer("over_18_weeks", "Waiting more than 18 weeks (127 days or more)."),
        Integer("over_52_weeks", "Waiting more than 52 weeks (365 days or more)."),
        Integer("over_65_weeks", "Waiting more than 65 weeks (456 days or more)."),
        Integer("over_78_weeks", "Waiting more than 78 weeks (547 days or more)."),
        Integer("over_104_weeks", "Waiting more than 104 weeks (729 days or more)."),
    ];

    /// <summary><c>band_0_1</c> … <c>band_104_plus</c>, as <c>localcare waitlist census --format csv</c> names them.</summary>
    public static string BandColumn(string band) => "band_" + band.Replace('-', '_').Replace("+", "_plus", StringComparison.Ordinal);

    protected override Task FillAsync(ExportTable table, ExportSources sources, CancellationToken cancellationToken)
    {
        if (sources.Months is not { } range)
        {
            return Task.CompletedTask;
        }

        var groups = WaitingSpansQuery.Read(sources.Warehouse, range);
        Add(table, null, WaitingCensusHistory.Of(range, groups, sources.Organisation));
        foreach (var service in groups.Select(g => g.ServiceCode).Distinct().Order(StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            Add(table, UnitRefs.Service(service), WaitingCensusHistory.Of(range, [.. groups.Where(g => g.ServiceCode == service)], sources.Organisation));
        }

        return Task.CompletedTask;
    }

    private static void Add(ExportTable table, string? service, IReadOnlyList<WaitingCensusMonth> history)
    {
        foreach (var month in history)
        {
            // The service units' own rows repeat the LCO row of that service's split (or, for all services, each split's): left out.
            foreach (var (unit, _, s) in month.Units.Where(u => !u.Unit.StartsWith("service:", StringComparison.Ordinal)))
            {
                table.Add([
                    month.Month.FirstDay, service, unit, s.Total, .. s.Bands.Select(b => (object)b.Waiting),
                    s.MeanDays, s.MedianDays, s.LongestDays, s.Over18Weeks, s.Over52Weeks, s.Over65Weeks, s.Over78Weeks, s.Over104Weeks]);
            }
        }
    }

    private static string BandWords(string band) =>
        band == WaitBands.Over104Weeks ? "more than 104 weeks" : $"{band.Replace("-", " to ", StringComparison.Ordinal)} weeks";
}
