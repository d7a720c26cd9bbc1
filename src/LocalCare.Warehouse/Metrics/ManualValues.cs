using LocalCare.Core.Generation;
using LocalCare.Core.Metrics;

namespace LocalCare.Warehouse.Metrics;

/// <summary>The values of manual metrics as imported from metric_values.csv: already at their units, so nothing is rolled up.</summary>
public static class ManualValues
{
    public static List<MetricValue> Read(WarehouseDatabase warehouse, IReadOnlyDictionary<string, MetricKind> manualMetrics, MonthRange range)
    {
        using var connection = warehouse.OpenReader();
        if (connection is null || manualMetrics.Count == 0)
        {
            return [];
        }

        var from = Sql.Literal(range.From.FirstDay.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        var to = Sql.Literal(range.To.FirstDay.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        return Sql.Query(connection, $"""
                SELECT month, metric_id, unit, numerator, denominator FROM metric_values
                WHERE month BETWEEN {from}::DATE AND {to}::DATE ORDER BY metric_id, unit, month
                """,
                r => (Month: YearMonth.Of(DateOnly.FromDateTime(r.GetDateTime(0))), Metric: r.GetString(1), Unit: r.GetString(2),
                      Numerator: r.GetDouble(3), Denominator: r.IsDBNull(4) ? (double?)null : r.GetDouble(4)))
            .Where(v => manualMetrics.ContainsKey(v.Metric))
            .Select(v => new MetricValue
            {
                MetricId = v.Metric,
                Unit = v.Unit,
                Month = v.Month,
                Numerator = v.Numerator,
                Denominator = v.Denominator,
                Value = MetricValue.ValueOf(manualMetrics[v.Metric], v.Numerator, v.Denominator),
            })
            .ToList();
    }
}
