using LocalCare.Core.Metrics;
using LocalCare.Core.Organisation;

namespace LocalCare.Core.WaitingLists;

/// <summary>
/// A census's waiting referrals summarised per unit, as the metrics roll up (metrics.md): the LCO, each locality, each
/// neighbourhood and each service; a referral with no neighbourhood counts in the LCO and its service only. Add the waits,
/// read <see cref="Snapshots"/>, <see cref="Clear"/> for the next census (the histograms are kept).
/// </summary>
public sealed class WaitingCensusByUnit(OrganisationTree organisation)
{
    private readonly Dictionary<string, DaysWaitedHistogram> _units = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Service, string? Neighbourhood), DaysWaitedHistogram[]> _unitsOf = [];

    /// <summary>Snapshots in reading order: LCO, localities, neighbourhoods, services (each by name); units with nobody waiting are left out.</summary>
    public static IReadOnlyList<UnitSnapshot> Of(IEnumerable<(string ServiceCode, string? NeighbourhoodCode, int DaysWaited)> waiting, OrganisationTree organisation) =>
        OfCounts(waiting.Select(w => (w.ServiceCode, w.NeighbourhoodCode, w.DaysWaited, 1)), organisation);

    /// <summary>The same from counts: how many of a service and neighbourhood had waited each number of days (one query's histogram).</summary>
    public static IReadOnlyList<UnitSnapshot> OfCounts(IEnumerable<(string ServiceCode, string? NeighbourhoodCode, int DaysWaited, int Count)> waiting, OrganisationTree organisation)
    {
        var census = new WaitingCensusByUnit(organisation);
        foreach (var (service, neighbourhood, waited, count) in waiting)
        {
            foreach (var unit in census.UnitsOf(service, neighbourhood))
            {
                unit.Add(waited, count);
            }
        }

        return census.Snapshots();
    }

    /// <summary>The histograms a wait of this service and neighbourhood counts in (<see cref="UnitRefs.Of"/>): add to each. An array: the census of every month adds millions of waits.</summary>
    public DaysWaitedHistogram[] UnitsOf(string serviceCode, string? neighbourhoodCode)
    {
        if (!_unitsOf.TryGetValue((serviceCode, neighbourhoodCode), out var units))
        {
            units = [.. UnitRefs.Of(serviceCode, neighbourhoodCode, organisation).Select(Histogram)];
            _unitsOf[(serviceCode, neighbourhoodCode)] = units;
        }

        return units;
    }

    /// <summary>Every unit with anyone waiting, in reading order; codes in the data that the organisation no longer has come last.</summary>
    public IReadOnlyList<UnitSnapshot> Snapshots()
    {
        var order = new List<(string Unit, string Name)> { (UnitRefs.Lco, organisation.Lco?.Name ?? "All services") };
        order.AddRange(organisation.Localities.Select(u => (u.UnitRef, u.Name)));
        order.AddRange(organisation.Neighbourhoods.Select(u => (u.UnitRef, u.Name)));
        order.AddRange(organisation.Services.Select(u => (u.UnitRef, u.Name)));
        var known = order.Select(o => o.Unit).ToHashSet(StringComparer.Ordinal);
        order.AddRange(_units.Keys.Where(u => !known.Contains(u)).Order(StringComparer.Ordinal).Select(u => (u, u)));
        return [.. order.Where(o => _units.TryGetValue(o.Unit, out var days) && days.Total > 0).Select(o => new UnitSnapshot(o.Unit, o.Name, _units[o.Unit].Snapshot()))];
    }

    /// <summary>Empties every unit for the next census.</summary>
    public void Clear()
    {
        foreach (var days in _units.Values)
        {
            days.Clear();
        }
    }

    private DaysWaitedHistogram Histogram(string unit)
    {
        if (!_units.TryGetValue(unit, out var days))
        {
            _units[unit] = days = new DaysWaitedHistogram();
        }

        return days;
    }
}
