using DuckDB.NET.Data;
using LocalCare.Warehouse.Imports;

namespace LocalCare.Warehouse.Schema;

/// <summary>The warehouse's tables: one per extract (typed as the contract says), the reference data and the import history.</summary>
public static class WarehouseSchema
{
    /// <summary>Bumped when a table changes shape; stored in <c>schema_version</c>.</summary>
    public const int Version = 1;

    private static readonly string[] Statements =
    [
        "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)",
        """
        CREATE TABLE IF NOT EXISTS organisation_units (
            code VARCHAR NOT NULL, name VARCHAR NOT NULL, kind VARCHAR NOT NULL, parent_code VARCHAR, service_group VARCHAR, unit_ref VARCHAR NOT NULL)
        """,
        "CREATE TABLE IF NOT EXISTS metrics (metric_id VARCHAR NOT NULL, kind VARCHAR NOT NULL)",
        """
        CREATE TABLE IF NOT EXISTS import_runs (
            import_id INTEGER NOT NULL, started_at TIMESTAMP NOT NULL, finished_at TIMESTAMP NOT NULL, user_name VARCHAR NOT NULL,
            allow_rejects BOOLEAN NOT NULL, status VARCHAR NOT NULL)
        """,
        """
        CREATE TABLE IF NOT EXISTS import_files (
            import_id INTEGER NOT NULL, file VARCHAR NOT NULL, kind VARCHAR NOT NULL,
            rows_read BIGINT NOT NULL, rows_stored BIGINT NOT NULL, rows_rejected BIGINT NOT NULL)
        """,
        """
        CREATE TABLE IF NOT EXISTS import_reject_counts (
            import_id INTEGER NOT NULL, file VARCHAR NOT NULL, column_name VARCHAR, rule VARCHAR NOT NULL, service_code VARCHAR, rows BIGINT NOT NULL)
        """,
        // Rejected rows per month of their date (null: the date itself was unreadable), for the packs' Complete. Older runs have none.
        """
        CREATE TABLE IF NOT EXISTS import_reject_months (
            import_id INTEGER NOT NULL, file VARCHAR NOT NULL, month TIMESTAMP, rows BIGINT NOT NULL)
        """,
    ];

    /// <summary>Creates whatever is missing. Idempotent.</summary>
    public static void Ensure(DuckDBConnection connection)
    {
        using var transaction = connection.BeginTransaction();
        foreach (var statement in Statements.Concat(Extracts.All.Select(TableDdl)))
        {
            Sql.Execute(connection, statement);
        }

        if (Sql.Scalar<long>(connection, "SELECT count(*) FROM schema_version") == 0)
        {
            Sql.Execute(connection, $"INSERT INTO schema_version VALUES ({Version})");
        }

        transaction.Commit();
    }

    /// <summary>The typed table of an extract: one column per contract column, in contract order.</summary>
    public static string TableDdl(ExtractSpec spec) =>
        $"CREATE TABLE IF NOT EXISTS {spec.Table} ({string.Join(", ", spec.Columns.Select(c => $"{c.Name} {SqlType(c.Type)}"))})";

    public static string SqlType(ColumnType type) => type switch
    {
        ColumnType.Date or ColumnType.Month => "DATE",
        ColumnType.DateTime => "TIMESTAMP",
        ColumnType.Int => "INTEGER",
        ColumnType.Decimal => "DOUBLE",
        ColumnType.Bool => "BOOLEAN",
        _ => "VARCHAR",
    };
}
