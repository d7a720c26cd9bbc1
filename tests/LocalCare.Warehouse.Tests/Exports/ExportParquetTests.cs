using DuckDB.NET.Data;
using LocalCare.Core.Exports;
using LocalCare.Warehouse.Exports;

namespace LocalCare.Warehouse.Tests.Exports;

/// <summary>An export table written as Parquet by DuckDB and read back with DuckDB: the column types, the rows and the nulls.</summary>
public sealed class ExportParquetTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("localcare-export-parquet-").FullName;

    [Fact]
    public void Parquet_ReadsBack_WithEachColumnsType_AndEveryRow()
    {
        var path = Path.Combine(_directory, "fact_test.parquet");
        var table = new ExportTable("fact_test", "one row per test", [
            new("name", ExportType.Text, ""), new("count", ExportType.Integer, ""), new("value", ExportType.Number, ""),
            new("met", ExportType.Boolean, ""), new("month_key", ExportType.Date, ""), new("updated_at", ExportType.Timestamp, ""),
        ]);
        table.Add("=1+2, \"quoted\"", -3, -0.25, true, new DateOnly(2026, 10, 1), new DateTime(2026, 11, 2, 9, 30, 15, DateTimeKind.Utc));
        table.Add(null, null, null, null, null, null);

        ExportParquet.Write(table, path);

        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        var literal = Sql.Literal(path);
        var types = Sql.Query(connection, $"SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM read_parquet({literal}))", r => (r.GetString(0), r.GetString(1)));
        Assert.Equal([("name", "VARCHAR"), ("count", "BIGINT"), ("value", "DOUBLE"), ("met", "BOOLEAN"), ("month_key", "DATE"), ("updated_at", "TIMESTAMP")], types);
        var rows = Sql.Query(connection, $"SELECT name, count, value, met, month_key, updated_at FROM read_parquet({literal}) ORDER BY count NULLS LAST", r =>
            (r.IsDBNull(0) ? null : r.GetString(0), r.IsDBNull(1) ? (long?)null : r.GetInt64(1), r.IsDBNull(2) ? (double?)null : r.GetDouble(2),
             r.IsDBNull(3) ? (bool?)null : r.GetBoolean(3), r.IsDBNull(4) ? (DateTime?)null : r.GetDateTime(4), r.IsDBNull(5) ? (DateTime?)null : r.GetDateTime(5)));
        Assert.Equal(2, rows.Count);
        // Parquet holds the text as it is: only the spreadsheet formats defuse formulas.
        Assert.Equal(("=1+2, \"quoted\"", -3L, -0.25, true, new DateTime(2026, 10, 1), new DateTime(2026, 11, 2, 9, 30, 15)), rows[0]!);
        Assert.Equal((null, null, null, null, null, null), rows[1]);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
