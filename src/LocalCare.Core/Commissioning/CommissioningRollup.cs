using LocalCare.Core.Metrics;
using LocalCare.Core.Organisation;

namespace LocalCare.Core.Commissioning;

/// <summary>
/// Rolls a commissioning metric's base rows up to its units (commissioning.md): <c>lco</c> always; a provider's neighbourhood
/// and its locality for provider metrics whose providers carry one; <c>service:</c> for the service metrics.
/// </summary>
public static class CommissioningRollup
{
    public static IReadOnlyList<MetricValue> Roll(string metricId, MetricKind kind, IEnumerable<CommissioningMetricRow> rows, OrganisationTree organisation, MonthRange range)
    {
        var sums = new SortedDictionary<(string Unit, int Month), (double Numerator, double? Denominator)>(Comparer<(string Unit, int Month)>.Create((a, b) =>
        {
            var byUnit = string.CompareOrdinal(a.Unit, b.Unit);
            return byUnit != 0 ? byUnit : a.Month.CompareTo(b.Month);
        }));
        foreach (var row in rows.Where(r => range.Contains(r.Month)))
        {
            foreach (var unit in UnitsOf(row, organisation))
            {
                var key = (unit, row.Month.Index);
                var (numerator, denominator) = sums.GetValueOrDefault(key);
                sums[key] = (numerator + row.Numerator, kind == MetricKind.Count ? null : (denominator ?? 0) + (row.Denominator ?? 0));
            }
        }

        return [.. sums.Select(s => new MetricValue
        {
            MetricId = metricId,
            Unit = s.Key.Unit,
            Month = Generation.YearMonth.FromIndex(s.Key.Month),
            Numerator = s.Value.Numerator,
            Denominator = s.Value.Denominator,
            Value = MetricValue.ValueOf(kind, s.Value.Numerator, s.Value.Denominator),
        })];
    }

    private static IEnumerable<string> UnitsOf(CommissioningMetricRow row, OrganisationTree organisation)
    {
        yield return UnitRefs.Lco;
        if (row.ServiceCode is { } service)
        {
            yield return UnitRefs.Service(service);
        }

        if (row.NeighbourhoodCode is { } neighbourhood)
        {
            yield return UnitRefs.Neighbourhood(neighbourhood);
            if (organisation.Find(neighbourhood)?.ParentCode is { } parent && organisation.Find(parent)?.Kind == UnitKind.Locality)
            {
                yield return UnitRefs.Locality(parent);
            }
        }
    }
}
