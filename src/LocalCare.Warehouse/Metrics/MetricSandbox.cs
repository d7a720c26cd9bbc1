using System.Data.Common;
using System.Numerics;
using DuckDB.NET.Data;
using LocalCare.Core.Generation;
using LocalCare.Core.Metrics;

namespace LocalCare.Warehouse.Metrics;

/// <summary>
/// Where metric SQL runs: a private in-memory DuckDB that attaches the warehouse read-only and then turns off access to
/// files and the network, so a metric query (built-in or an analyst's) can read the warehouse's tables and nothing else.
/// </summary>
public sealed class MetricSandbox : IDisposable
{
    /// <summary>The columns a metric query yields (metrics.md's base grain).</summary>
    public static IReadOnlyList<string> Columns { get; } = ["month", "service_code", "neighbourhood_code", "numerator", "denominator"];

    private readonly DuckDBConnection _connection;
    private readonly HashSet<string> _built = [];
    private MonthRange? _builtFor;

    private MetricSandbox(DuckDBConnection connection)
    {
        _connection = connection;
    }

    /// <summary>Opens a sandbox over the warehouse, creating the warehouse's (empty) tables first when nothing has been imported.</summary>
    public static MetricSandbox Open(WarehouseDatabase warehouse)
    {
        if (!warehouse.Exists)
        {
            warehouse.OpenWriter().Dispose();
        }

        var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        try
        {
            Sql.Execute(connection, $"ATTACH {Sql.Literal(warehouse.Path)} AS warehouse (READ_ONLY)");
            Sql.Execute(connection, "USE warehouse");
            Sql.Execute(connection, "SET enable_external_access = false");
            Sql.Execute(connection, "SET lock_configuration = true");
        }
        catch
        {
            connection.Dispose();
            throw;
        }

        return new MetricSandbox(connection);
    }

    /// <summary>Runs a metric query over <paramref name="range"/>; gives up with <see cref="TimeoutException"/> after <paramref name="timeout"/>.</summary>
    public List<MetricBaseRow> BaseRows(string metricSql, MonthRange range, TimeSpan timeout)
    {
        Build(metricSql, range);
        using var command = _connection.CreateCommand();
        command.CommandText = MonthsSql.Wrap(metricSql, range);
        var timedOut = false;
        using var timer = new Timer(_ =>
        {
            timedOut = true;
            command.Cancel();
        }, null, timeout, Timeout.InfiniteTimeSpan);
        try
        {
            using var reader = command.ExecuteReader();
            var rows = new List<MetricBaseRow>();
            while (reader.Read())
            {
                rows.Add(new MetricBaseRow(
                    Month(reader, 0),
                    reader.IsDBNull(1) ? throw new MetricQueryException("returned a row with no service_code") : reader.GetString(1),
                    reader.IsDBNull(2) ? null : Convert.ToString(reader.GetValue(2), System.Globalization.CultureInfo.InvariantCulture), // a bare NULL is typed INTEGER
                    reader.IsDBNull(3) ? 0 : Number(reader.GetValue(3)),
                    reader.IsDBNull(4) ? null : Number(reader.GetValue(4))));
            }

            return rows;
        }
        catch (Exception e) when (timedOut && e is DuckDBException or OperationCanceledException)
        {
            throw new TimeoutException($"did not finish within {timeout.TotalSeconds.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)} seconds");
        }
        catch (DuckDBException e)
        {
            throw new MetricQueryException(FirstLine(e.Message));
        }
    }

    /// <summary>The names and DuckDB types of the columns a query yields, without running it.</summary>
    public List<(string Name, string Type)> Describe(string metricSql, MonthRange range)
    {
        try
        {
            Build(metricSql, range);
            return Sql.Query(_connection, "DESCRIBE " + MonthsSql.WrapAll(metricSql, range), r => (r.GetString(0), r.GetString(1)));
        }
        catch (DuckDBException e)
        {
            throw new MetricQueryException(FirstLine(e.Message));
        }
    }

    public void Dispose() => _connection.Dispose();

    /// <summary>Builds the derived relations <paramref name="metricSql"/> reads that are not built yet for <paramref name="range"/>, as temporary tables.</summary>
    private void Build(string metricSql, MonthRange range)
    {
        if (_builtFor != range)
        {
            _built.Clear();
            _builtFor = range;
        }

        foreach (var relation in DerivedRelation.All.Where(r => r.IsUsedBy(metricSql) && !_built.Contains(r.Name)))
        {
            try
            {
                Sql.Execute(_connection, $"CREATE OR REPLACE TEMP TABLE {relation.Name} AS {MonthsSql.WrapAll(relation.Sql, range)}");
            }
            catch (DuckDBException e)
            {
                throw new MetricQueryException($"could not build {relation.Name}: {FirstLine(e.Message)}");
            }

            _built.Add(relation.Name);
        }
    }

    private static YearMonth Month(DbDataReader reader, int ordinal) => reader.GetValue(ordinal) switch
    {
        DateOnly date => YearMonth.Of(date),
        DateTime time => YearMonth.Of(DateOnly.FromDateTime(time)),
        string text when YearMonth.TryParse(text, out var month) => month,
        DBNull => throw new MetricQueryException("returned a row with no month"),
        var other => throw new MetricQueryException($"returned month '{other}', which is not a date or YYYY-MM"),
    };

    private static double Number(object value) => value switch
    {
        BigInteger big => (double)big,
        IConvertible convertible => convertible.ToDouble(System.Globalization.CultureInfo.InvariantCulture),
        _ => throw new MetricQueryException($"returned '{value}' where a number belongs"),
    };

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();
}
