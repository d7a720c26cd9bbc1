using LocalCare.Core.Metrics;
using LocalCare.Core.Organisation;

namespace LocalCare.Core.WaitingLists;

/// <summary>
/// A census's waiting referrals summarised per unit, as the metrics roll up (metrics.md): the LCO, each locality, each
/// neighbourhood and each service; a referral with no neighbourhood counts in the LCO and its service only.
/// </summary>
public static class WaitingCensusByUnit
{
    /// <summary>Snapshots in reading order: LCO, localities, neighbourhoods, services (each by name); units with nobody waiting are left out.</summary>
    public static IReadOnlyList<UnitSnapshot> Of(IEnumerable<(string ServiceCode, string? NeighbourhoodCode, int DaysWaited)> waiting, OrganisationTree organisation) =>
        OfCounts(waiting.Select(w => (w.ServiceCode, w.NeighbourhoodCode, w.DaysWaited, 1)), organisation);

    /// <summary>The same from counts: how many of a service and neighbourhood had waited each number of days (one query's histogram).</summary>
    public static IReadOnlyList<UnitSnapshot> OfCounts(IEnumerable<(string ServiceCode, string? NeighbourhoodCode, int DaysWaited, int Count)> waiting, OrganisationTree organisation)
    {
        var days = new Dictionary<string, Dictionary<int, int>>(StringComparer.Ordinal);
        foreach (var (service, neighbourhood, waited, count) in waiting)
        {
            foreach (var unit in UnitRefs.Of(service, neighbourhood, organisation))
            {
                if (!days.TryGetValue(unit, out var histogram))
                {
                    days[unit] = histogram = [];
                }

                histogram[waited] = histogram.GetValueOrDefault(waited) + count;
            }
        }

        var order = new List<(string Unit, string Name)> { (UnitRefs.Lco, organisation.Lco?.Name ?? "All services") };
        order.AddRange(organisation.Localities.Select(u => (u.UnitRef, u.Name)));
        order.AddRange(organisation.Neighbourhoods.Select(u => (u.UnitRef, u.Name)));
        order.AddRange(organisation.Services.Select(u => (u.UnitRef, u.Name)));

        // Codes in the data that the organisation no longer has still show, after the known units.
        var known = order.Select(o => o.Unit).ToHashSet(StringComparer.Ordinal);
        order.AddRange(days.Keys.Where(u => !known.Contains(u)).Order(StringComparer.Ordinal).Select(u => (u, u)));
        return [.. order.Where(o => days.ContainsKey(o.Unit)).Select(o => new UnitSnapshot(o.Unit, o.Name, WaitingSnapshot.OfCounts(days[o.Unit].Select(h => (h.Key, h.Value)))))];
    }
}
