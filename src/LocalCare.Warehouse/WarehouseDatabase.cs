using DuckDB.NET.Data;
using LocalCare.Warehouse.Schema;

namespace LocalCare.Warehouse;

/// <summary>The warehouse file in the data directory: one writer (import, compute) at a time, read-only connections elsewhere.</summary>
public sealed class WarehouseDatabase(string path)
{
    public const string FileName = "warehouse.duckdb";

    public string Path { get; } = System.IO.Path.GetFullPath(path);

    public bool Exists => File.Exists(Path);

    public static WarehouseDatabase In(string dataDirectory) => new(System.IO.Path.Combine(dataDirectory, FileName));

    /// <summary>Opens the file for writing, creating it and its tables when needed.</summary>
    public DuckDBConnection OpenWriter()
    {
        var connection = new DuckDBConnection($"DataSource={Path}");
        connection.Open();
        WarehouseSchema.Ensure(connection);
        return connection;
    }

    /// <summary>Opens the file read-only; null when nothing has been imported yet.</summary>
    public DuckDBConnection? OpenReader()
    {
        if (!Exists)
        {
            return null;
        }

        var connection = new DuckDBConnection($"DataSource={Path};ACCESS_MODE=READ_ONLY");
        connection.Open();
        return connection;
    }
}
