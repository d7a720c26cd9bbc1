using System.Globalization;
using DuckDB.NET.Data;

namespace LocalCare.Warehouse.Quality;

/// <summary>Computes the data-quality summary from the warehouse (read-only).</summary>
public static class DataQuality
{
    /// <summary>The summary at <paramref name="asOf"/> (UK local time); empty when nothing has been imported.</summary>
    public static DataQualitySummary Summarise(WarehouseDatabase warehouse, DateTime asOf)
    {
        using var connection = warehouse.OpenReader();
        if (connection is null)
        {
            return new DataQualitySummary(asOf, null, []);
        }

        var latest = History(connection, limit: 1).FirstOrDefault();
        var at = $"TIMESTAMP '{asOf.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)}'";
        var latestId = latest?.ImportId ?? 0;
        var services = Sql.Query(connection, $"""
            WITH c AS (
                SELECT c.service_code,
                       count(*) AS contacts,
                       count(r.referral_id) AS linked,
                       count(*) FILTER (WHERE c.scheduled_at < {at} AND coalesce(c.attendance, '0') = '0') AS not_outcomed,
                       count(*) FILTER (WHERE c.neighbourhood_code IS NULL) AS unknown_neighbourhood,
                       count(*) FILTER (WHERE c.scheduled_at < r.received_at) AS before_referral
                FROM contacts c LEFT JOIN referrals r ON r.referral_id = c.referral_id
                GROUP BY c.service_code),
            r AS (
                SELECT service_code, count(*) AS referrals, count(*) FILTER (WHERE neighbourhood_code IS NULL) AS unknown_neighbourhood
                FROM referrals GROUP BY service_code),
            d AS (
                SELECT service_code, sum(rows)::BIGINT AS rows FROM import_reject_counts
                WHERE import_id = {latestId} AND rule = 'discharged_before_received' GROUP BY service_code),
            services AS (SELECT service_code FROM c UNION SELECT service_code FROM r UNION SELECT service_code FROM d WHERE service_code IS NOT NULL)
            SELECT s.service_code,
                   coalesce(c.contacts, 0), coalesce(c.linked, 0), coalesce(c.not_outcomed, 0), coalesce(c.unknown_neighbourhood, 0), coalesce(c.before_referral, 0),
                   coalesce(r.referrals, 0), coalesce(r.unknown_neighbourhood, 0), coalesce(d.rows, 0)
            FROM services s LEFT JOIN c USING (service_code) LEFT JOIN r USING (service_code) LEFT JOIN d USING (service_code)
            ORDER BY s.service_code
            """, row => new ServiceQuality(row.GetString(0), row.GetInt64(1), row.GetInt64(2), row.GetInt64(3), row.GetInt64(4), row.GetInt64(5),
                row.GetInt64(6), row.GetInt64(7), row.GetInt64(8)));
        return new DataQualitySummary(asOf, latest, services);
    }

    /// <summary>The import runs, newest first.</summary>
    public static IReadOnlyList<ImportRun> History(WarehouseDatabase warehouse, int limit = 50)
    {
        using var connection = warehouse.OpenReader();
        return connection is null ? [] : History(connection, limit);
    }

    private static List<ImportRun> History(DuckDBConnection connection, int limit)
    {
        var runs = Sql.Query(connection, $"SELECT import_id, started_at, finished_at, user_name, status FROM import_runs ORDER BY import_id DESC LIMIT {limit}",
            r => (Id: r.GetInt32(0), Started: r.GetDateTime(1), Finished: r.GetDateTime(2), User: r.GetString(3), Status: r.GetString(4)));
        if (runs.Count == 0)
        {
            return [];
        }

        var ids = string.Join(", ", runs.Select(r => r.Id));
        var files = Sql.Query(connection, $"SELECT import_id, file, kind, rows_read, rows_stored, rows_rejected FROM import_files WHERE import_id IN ({ids}) ORDER BY import_id, file",
            r => (Id: r.GetInt32(0), File: new ImportRunFile(r.GetString(1), r.GetString(2), r.GetInt64(3), r.GetInt64(4), r.GetInt64(5))));
        var rejects = Sql.Query(connection, $"SELECT import_id, file, column_name, rule, sum(rows)::BIGINT FROM import_reject_counts WHERE import_id IN ({ids}) GROUP BY ALL ORDER BY import_id, 5 DESC, file",
            r => (Id: r.GetInt32(0), Rejects: new ImportRunRejects(r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2), r.GetString(3), r.GetInt64(4))));
        return runs.Select(run => new ImportRun(run.Id, run.Started, run.Finished, run.User, run.Status,
            files.Where(f => f.Id == run.Id).Select(f => f.File).ToList(),
            rejects.Where(x => x.Id == run.Id).Select(x => x.Rejects).ToList())).ToList();
    }
}
