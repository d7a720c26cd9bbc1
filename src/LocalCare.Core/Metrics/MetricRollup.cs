using LocalCare.Core.Generation;
using LocalCare.Core.Organisation;

namespace LocalCare.Core.Metrics;

/// <summary>
/// Rolls a metric's base rows up to every unit (metrics.md): a unit's numerator and denominator are the sums over the rows
/// under it; rows with no neighbourhood count in <c>lco</c> and <c>service:*</c> only.
/// </summary>
public static class MetricRollup
{
    /// <summary>
    /// The values of metric <paramref name="metricId"/> per unit and month of <paramref name="range"/>, ordered by unit and month.
    /// A count is 0, not missing, in a month of the range where a unit that has the metric in some month counted nothing,
    /// so its SPC chart has no false gaps.
    /// </summary>
    public static IReadOnlyList<MetricValue> Roll(string metricId, MetricKind kind, IEnumerable<MetricBaseRow> rows, OrganisationTree organisation, MonthRange range)
    {
        var sums = new Dictionary<(string Unit, YearMonth Month), Sum>();

        // Summed in a fixed order, so a value does not depend on the order the SQL engine returned rows in.
        var ordered = rows.Where(r => range.Contains(r.Month))
            .OrderBy(r => r.Month).ThenBy(r => r.ServiceCode, StringComparer.Ordinal).ThenBy(r => r.NeighbourhoodCode, StringComparer.Ordinal);
        foreach (var row in ordered)
        {
            foreach (var unit in UnitRefs.Of(row.ServiceCode, row.NeighbourhoodCode, organisation))
            {
                var key = (unit, row.Month);
                sums[key] = sums.GetValueOrDefault(key).Add(row.Numerator, kind == MetricKind.Count ? null : row.Denominator);
            }
        }

        if (kind == MetricKind.Count)
        {
            foreach (var unit in sums.Keys.Select(k => k.Unit).Distinct().ToList())
            {
                foreach (var month in range.Months)
                {
                    sums.TryAdd((unit, month), default);
                }
            }
        }

        return sums.OrderBy(s => s.Key.Unit, StringComparer.Ordinal).ThenBy(s => s.Key.Month)
            .Select(s => new MetricValue
            {
                MetricId = metricId,
                Unit = s.Key.Unit,
                Month = s.Key.Month,
                Numerator = s.Value.Numerator,
                Denominator = s.Value.Denominator,
                Value = MetricValue.ValueOf(kind, s.Value.Numerator, s.Value.Denominator),
            })
            .ToList();
    }

    /// <summary>A running numerator and denominator; the denominator stays null until some row has one.</summary>
    private readonly record struct Sum(double Numerator, double? Denominator)
    {
        public Sum Add(double numerator, double? denominator) =>
            new(Numerator + numerator, denominator is { } d ? (Denominator ?? 0) + d : Denominator);
    }
}
