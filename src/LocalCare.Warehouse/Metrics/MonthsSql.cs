using System.Globalization;
using LocalCare.Core.Metrics;

namespace LocalCare.Warehouse.Metrics;

/// <summary>
/// The <c>months</c> relation every metric query reads: one row per month of the range with its first day (<c>month</c>),
/// the first instant of the next month (<c>month_end</c>), the census point (last day 23:59:59, local time) and the census
/// date. Written as a common table expression of plain literals, so the same text runs on DuckDB and PostgreSQL.
/// </summary>
public static class MonthsSql
{
    /// <summary>Wraps a metric query so it sees <c>months</c> and yields exactly the base-row columns.</summary>
    public static string Wrap(string metricSql, MonthRange range) =>
        $"""
        {With(range)}
        SELECT metric.month, metric.service_code, metric.neighbourhood_code, metric.numerator, metric.denominator
        FROM (
        {Trimmed(metricSql)}
        ) AS metric
        """;

    /// <summary>Wraps any query so it sees <c>months</c>, keeping all its columns.</summary>
    public static string WrapAll(string sql, MonthRange range) =>
        $"""
        {With(range)}
        SELECT * FROM (
        {Trimmed(sql)}
        ) AS metric
        """;

    private static string With(MonthRange range) =>
        $"""
        WITH months (month, month_end, census, census_date) AS (
            VALUES {string.Join(",\n           ", range.Months.Select(Row))}
        )
        """;

    /// <summary>The query without trailing semicolons or whitespace: it becomes a subquery.</summary>
    public static string Trimmed(string sql) => sql.Trim().TrimEnd(';').TrimEnd();

    private static string Row(Core.Generation.YearMonth month)
    {
        var first = month.FirstDay;
        var next = month.AddMonths(1).FirstDay;
        var last = month.LastDay;
        return string.Create(CultureInfo.InvariantCulture,
            $"(DATE '{first:yyyy-MM-dd}', TIMESTAMP '{next:yyyy-MM-dd} 00:00:00', TIMESTAMP '{last:yyyy-MM-dd} 23:59:59', DATE '{last:yyyy-MM-dd}')");
    }
}
