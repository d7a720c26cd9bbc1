using System.Globalization;
using LocalCare.Data.Database;
using LocalCare.Warehouse;
using Microsoft.Data.Sqlite;

namespace LocalCare.Data.Tests.Backup;

/// <summary>
/// Everything a backup must keep, as text that compares exactly: the row count of every table of both stores and every stored
/// metric value. Two states are equal only if both stores are.
/// </summary>
public sealed record DataDirectoryState(IReadOnlyList<string> AppTables, IReadOnlyList<string> WarehouseTables, IReadOnlyList<string> MetricValues)
{
    public static DataDirectoryState Of(string dataDirectory)
    {
        var connection = new SqliteConnectionStringBuilder(DatabaseSettings.SqliteIn(dataDirectory).ConnectionString) { Mode = SqliteOpenMode.ReadOnly, Pooling = false };
        using var sqlite = new SqliteConnection(connection.ConnectionString);
        sqlite.Open();
        var appTables = Read(sqlite, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name", r => r.GetString(0))
            .Select(table => $"{table}: {Read(sqlite, $"SELECT count(*) FROM \"{table}\"", r => r.GetInt64(0))[0]}").ToList();
        var values = Read(sqlite, """SELECT * FROM "MetricValues" ORDER BY 1, 2, 3, 4""", r =>
            string.Join('|', Enumerable.Range(0, r.FieldCount).Select(i => Convert.ToString(r.GetValue(i), CultureInfo.InvariantCulture))));

        var warehouseTables = new List<string>();
        using (var duck = WarehouseDatabase.In(dataDirectory).OpenReader())
        {
            if (duck is not null)
            {
                foreach (var table in Sql.Query(duck, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' ORDER BY table_name", r => r.GetString(0)))
                {
                    warehouseTables.Add($"{table}: {Sql.Scalar<long>(duck, $"SELECT count(*) FROM \"{table}\"")}");
                }
            }
        }

        return new DataDirectoryState(appTables, warehouseTables, values);
    }

    /// <summary>Equal in every count and every value (records compare lists by reference, so this compares their content).</summary>
    public bool SameAs(DataDirectoryState other) =>
        AppTables.SequenceEqual(other.AppTables) && WarehouseTables.SequenceEqual(other.WarehouseTables) && MetricValues.SequenceEqual(other.MetricValues);

    public override string ToString() => string.Join("; ", AppTables.Concat(WarehouseTables)) + $"; {MetricValues.Count} metric values";

    private static List<T> Read<T>(SqliteConnection connection, string sql, Func<SqliteDataReader, T> map)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(map(reader));
        }

        return rows;
    }
}
