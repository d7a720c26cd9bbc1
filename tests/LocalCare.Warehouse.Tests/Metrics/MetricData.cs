using LocalCare.Core.Generation;
using LocalCare.Core.Metrics;
using LocalCare.Core.Organisation;
using LocalCare.Warehouse.Metrics;

namespace LocalCare.Warehouse.Tests.Metrics;

/// <summary>A warehouse with rows written straight into its tables, and the built-in metrics computed over it.</summary>
public sealed class MetricData : IDisposable
{
    private readonly TestWarehouse _warehouse = new();

    public WarehouseDatabase Database => _warehouse.Database;

    /// <summary>Inserts rows given as SQL value lists, in the table's column order (data-contract.md).</summary>
    public MetricData Insert(string table, params string[] rows)
    {
        using var connection = _warehouse.Database.OpenWriter();
        foreach (var row in rows)
        {
            Sql.Execute(connection, $"INSERT INTO {table} VALUES ({row})");
        }

        return this;
    }

    /// <summary>The metric's values per unit for the months <paramref name="from"/> to <paramref name="to"/> (YYYY-MM).</summary>
    public Dictionary<(string Unit, string Month), MetricValue> Values(string metricId, string from, string to)
    {
        var file = MetricLibrary.Find(metricId)!;
        var range = new MonthRange(YearMonth.Parse(from), YearMonth.Parse(to));
        using var sandbox = MetricSandbox.Open(_warehouse.Database);
        var rows = sandbox.BaseRows(file.Sql, range, TimeSpan.FromMinutes(1));
        return MetricRollup.Roll(metricId, file.Metric.Kind, rows, new OrganisationTree(TestWarehouse.Units), range)
            .ToDictionary(v => (v.Unit, v.Month.ToString()));
    }

    public void Dispose() => _warehouse.Dispose();
}

/// <summary>Short forms for the assertions of the metric tests.</summary>
public static class MetricAssert
{
    public static void Ratio(Dictionary<(string Unit, string Month), MetricValue> values, string unit, string month, double numerator, double denominator)
    {
        Assert.True(values.TryGetValue((unit, month), out var value), $"no value for {unit} {month}; have {string.Join(", ", values.Keys)}");
        Assert.Equal(numerator, value.Numerator);
        Assert.Equal(denominator, value.Denominator);
        Assert.Equal(denominator == 0 ? null : numerator / denominator, value.Value);
    }

    public static void Count(Dictionary<(string Unit, string Month), MetricValue> values, string unit, string month, double count)
    {
        Assert.True(values.TryGetValue((unit, month), out var value), $"no value for {unit} {month}; have {string.Join(", ", values.Keys)}");
        Assert.Equal(count, value.Numerator);
        Assert.Null(value.Denominator);
        Assert.Equal(count, value.Value);
    }

    public static void Missing(Dictionary<(string Unit, string Month), MetricValue> values, string unit, string month) =>
        Assert.False(values.ContainsKey((unit, month)), $"{unit} {month} should have no value");
}
