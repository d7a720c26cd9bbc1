using DuckDB.NET.Data;
using LocalCare.Core.Exports;

namespace LocalCare.Warehouse.Exports;

/// <summary>
/// An export table as a Parquet file written by DuckDB: the rows are appended to a typed table of an in-memory database,
/// then <c>COPY … TO … (FORMAT parquet)</c> (text VARCHAR, integers BIGINT, numbers DOUBLE, BOOLEAN, DATE, TIMESTAMP).
/// </summary>
public static class ExportParquet
{
    public static void Write(ExportTable table, string path)
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        Sql.Execute(connection, $"CREATE TABLE export ({string.Join(", ", table.Columns.Select(c => $"{Identifier(c.Name)} {SqlType(c.Type)}"))})");
        using (var appender = connection.CreateAppender("export"))
        {
            foreach (var values in table.Rows)
            {
                var row = appender.CreateRow();
                foreach (var value in values)
                {
                    row = value switch
                    {
                        null => row.AppendNullValue(),
                        string s => row.AppendValue(s),
                        long l => row.AppendValue(l),
                        double d => row.AppendValue(d),
                        bool b => row.AppendValue(b),
                        DateOnly date => row.AppendValue(date),
                        DateTime moment => row.AppendValue(moment),
                        _ => throw new ArgumentException($"Table {table.Name}: a {value.GetType().Name} is not an export value.", nameof(table)),
                    };
                }

                row.EndRow();
            }
        }

        Sql.Execute(connection, $"COPY export TO {Sql.Literal(path)} (FORMAT parquet)");
    }

    /// <summary>The DuckDB (and so Parquet) type of a column.</summary>
    public static string SqlType(ExportType type) => type switch
    {
        ExportType.Text => "VARCHAR",
        ExportType.Integer => "BIGINT",
        ExportType.Number => "DOUBLE",
        ExportType.Boolean => "BOOLEAN",
        ExportType.Date => "DATE",
        ExportType.Timestamp => "TIMESTAMP",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    private static string Identifier(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
