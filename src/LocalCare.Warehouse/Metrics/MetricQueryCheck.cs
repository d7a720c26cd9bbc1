using LocalCare.Core.Metrics;

namespace LocalCare.Warehouse.Metrics;

/// <summary>
/// Checks an analyst's metric query before it is saved: it is one query over the warehouse (nothing else can be read or
/// written: see <see cref="MetricSandbox"/>), it yields the base-row columns with usable types, and it runs to the end within
/// the time limit over the months asked. Returns the problems, each completing "the query …"; none means it may be saved.
/// </summary>
public static class MetricQueryCheck
{
    /// <summary>How long a custom metric's query may take over the checked months.</summary>
    public static TimeSpan DefaultTimeLimit { get; } = TimeSpan.FromSeconds(30);

    private static readonly string[] NumberTypes = ["TINYINT", "SMALLINT", "INTEGER", "BIGINT", "HUGEINT", "UTINYINT", "USMALLINT", "UINTEGER", "UBIGINT", "FLOAT", "DOUBLE", "DECIMAL"];

    public static IReadOnlyList<string> Problems(WarehouseDatabase warehouse, string sql, MonthRange range, TimeSpan timeLimit)
    {
        if (string.IsNullOrWhiteSpace(sql))
        {
            return ["is empty"];
        }

        using var sandbox = MetricSandbox.Open(warehouse);
        List<(string Name, string Type)> columns;
        try
        {
            columns = sandbox.Describe(sql, range);
        }
        catch (MetricQueryException e)
        {
            return [$"does not run: {e.Message}"];
        }

        var problems = new List<string>();
        var types = columns.GroupBy(c => c.Name, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First().Type, StringComparer.OrdinalIgnoreCase);
        var missing = MetricSandbox.Columns.Where(c => !types.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            problems.Add($"must return the columns {string.Join(", ", MetricSandbox.Columns)}; it has no {string.Join(", ", missing)}");
        }

        Expect("month", t => t is "DATE" || t.StartsWith("TIMESTAMP", StringComparison.Ordinal) || t == "VARCHAR", "a date (the month's first day) or YYYY-MM text");
        Expect("service_code", t => t == "VARCHAR", "text (a service code)");
        Expect("numerator", IsNumber, "a number");
        Expect("denominator", IsNumber, "a number or null");
        if (problems.Count > 0)
        {
            return problems;
        }

        try
        {
            sandbox.BaseRows(sql, range, timeLimit);
        }
        catch (TimeoutException e)
        {
            return [$"{e.Message} over {range}"];
        }
        catch (MetricQueryException e)
        {
            return [$"does not run: {e.Message}"];
        }

        return [];

        void Expect(string column, Func<string, bool> ok, string what)
        {
            if (types.TryGetValue(column, out var type) && !ok(type))
            {
                problems.Add($"returns {column} as {type}; it must be {what}");
            }
        }
    }

    private static bool IsNumber(string type) => NumberTypes.Any(n => type.StartsWith(n, StringComparison.Ordinal));
}
