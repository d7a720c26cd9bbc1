using System.Globalization;
using System.Text.RegularExpressions;
using LocalCare.Core.Generation;

namespace LocalCare.Warehouse.Quality;

/// <summary>One source table's data for a month: the latest month it has data for, the month's rows, and those with a problem.</summary>
/// <param name="Table">The warehouse table (referrals, contacts, …).</param>
/// <param name="LatestMonth">The latest month with any row; null when the table is empty.</param>
/// <param name="Rows">Rows of the month, plus the rows the latest import of the table's file rejected in the month (by their date; an unreadable date counts in every month).</param>
/// <param name="ProblemRows">Of those: rejected rows, rows with an unknown neighbourhood, contacts not linked to a referral or before it.</param>
public sealed record SourceMonth(string Table, YearMonth? LatestMonth, long Rows, long ProblemRows);

/// <summary>
/// The import's data-quality records per source table and month, for the data-quality mark (board-packs.md): which tables a
/// metric reads, how recent each is, and how many of the month's rows were rejected, carry an unknown code or miss their
/// linkage. A table's rejects in its latest import count in the month their date gives; one whose date could not be read counts in
/// every month (docs/board-packs.md).
/// </summary>
public static partial class SourceQuality
{
    /// <summary>Each source table and the column that dates its rows.</summary>
    public static IReadOnlyDictionary<string, string> Sources { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["referrals"] = "received_at",
        ["contacts"] = "scheduled_at",
        ["activity_plan"] = "month",
        ["workforce"] = "month",
        ["incidents"] = "occurred_at",
        ["experience"] = "responded_at",
        ["virtual_ward"] = "date",
        ["metric_values"] = "month",
    };

    /// <summary>The source tables a metric's SQL reads, the derived relations counted as the tables they read; a manual metric's is metric_values.</summary>
    public static IReadOnlyList<string> TablesOf(string? sql, bool manual)
    {
        if (manual || sql is null)
        {
            return ["metric_values"];
        }

        var text = sql.Replace("contact_counts", "contacts", StringComparison.Ordinal).Replace("waiting_list", "referrals contacts", StringComparison.Ordinal);
        return [.. Sources.Keys.Where(t => t != "metric_values" && Regex.IsMatch(text, $@"\b{t}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant))];
    }

    /// <summary>Every source table's record for <paramref name="month"/>; empty when nothing has been imported.</summary>
    public static IReadOnlyDictionary<string, SourceMonth> Read(WarehouseDatabase warehouse, YearMonth month)
    {
        using var connection = warehouse.OpenReader();
        if (connection is null)
        {
            return new Dictionary<string, SourceMonth>();
        }

        var from = $"TIMESTAMP '{month.FirstDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} 00:00:00'";
        var to = $"TIMESTAMP '{month.AddMonths(1).FirstDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} 00:00:00'";
        // The rows the latest stored import of each file rejected (a run that stored nothing changed nothing), in this month: those
        // its date puts in the month, and those whose date was unreadable (they could be in any month). A run recorded before
        // rejects were counted by month counts all its rejects in every month.
        var rejects = Sql.Query(connection, $"""
            WITH latest AS (
                SELECT f.import_id, f.file, f.rows_rejected
                FROM import_files f JOIN import_runs r ON r.import_id = f.import_id
                WHERE r.status LIKE 'stored%'
                  AND f.import_id = (SELECT max(f2.import_id) FROM import_files f2 JOIN import_runs r2 ON r2.import_id = f2.import_id WHERE f2.file = f.file AND r2.status LIKE 'stored%'))
            SELECT l.file,
                   CAST(CASE WHEN count(m.import_id) = 0 THEN max(l.rows_rejected)
                        ELSE coalesce(sum(m.rows) FILTER (WHERE m.month IS NULL OR (m.month >= {from} AND m.month < {to})), 0) END AS BIGINT)
            FROM latest l LEFT JOIN import_reject_months m ON m.import_id = l.import_id AND m.file = l.file
            GROUP BY l.file
            """, r => (File: r.GetString(0), Rows: r.GetInt64(1)))
            .GroupBy(r => Path.GetFileNameWithoutExtension(r.File), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(r => r.Rows), StringComparer.Ordinal);
        var result = new Dictionary<string, SourceMonth>(StringComparer.Ordinal);
        foreach (var (table, column) in Sources)
        {
            var dated = $"CAST({column} AS TIMESTAMP)";
            var problems = table switch
            {
                "referrals" => "count(*) FILTER (WHERE neighbourhood_code IS NULL)",
                "contacts" => "count(*) FILTER (WHERE c.neighbourhood_code IS NULL OR r.referral_id IS NULL OR c.scheduled_at < r.received_at)",
                _ => "0",
            };
            var source = table == "contacts" ? "contacts c LEFT JOIN referrals r ON r.referral_id = c.referral_id" : table;
            var where = table == "contacts" ? $"c.scheduled_at >= {from} AND c.scheduled_at < {to}" : $"{dated} >= {from} AND {dated} < {to}";
            var latest = Sql.Scalar<DateTime?>(connection, $"SELECT max({dated}) FROM {table}");
            var (rows, bad) = Sql.Query(connection, $"SELECT count(*), {problems} FROM {source} WHERE {where}", r => (r.GetInt64(0), Convert.ToInt64(r.GetValue(1), CultureInfo.InvariantCulture)))[0];
            var rejected = rejects.GetValueOrDefault(table);
            result[table] = new SourceMonth(table, latest is { } l ? YearMonth.Of(DateOnly.FromDateTime(l)) : null, rows + rejected, bad + rejected);
        }

        return result;
    }
}
