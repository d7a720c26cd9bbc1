using System.Globalization;
using LocalCare.Core.Generation;
using LocalCare.Core.Metrics;
using LocalCare.Core.WaitingLists;

namespace LocalCare.Warehouse.WaitingLists;

/// <summary>
/// Which censuses of a month range each referral waits at (the rule of <see cref="WaitingCensusQuery"/>), in one pass over the
/// referrals and contacts: the input of <see cref="WaitingCensusHistory"/>, the census of every month. Reading each month's census
/// on its own re-reads every contact each time.
/// </summary>
public static class WaitingSpansQuery
{
    /// <summary>
    /// Ranges up to this many months (a pack's 13-month trend, a page's year) look for clock stops only among the referrals that
    /// can wait in them; over a longer range nearly every referral can, and narrowing costs more than it saves.
    /// </summary>
    public const int NarrowedMonths = 24;

    /// <summary>Per service and neighbourhood, every referral waiting at one or more of the range's censuses; one service or all.</summary>
    public static List<WaitingSpanGroup> Read(WarehouseDatabase warehouse, MonthRange range, string? serviceCode = null)
    {
        using var connection = warehouse.OpenReader();
        if (connection is null)
        {
            return [];
        }

        // A referral waits at census C (a month's last second) when received_at <= C < waited_until. With timestamps in
        // microseconds, the first such census is the month of received_at + 999,999 µs and the last is the month before that of
        // waited_until + 999,999 µs: exact even for a fractional second after 23:59:59.
        var from = Sql.Literal(range.From.FirstDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        var last = range.Count - 1;
        var sql = $"""
            WITH {ReferralWaitsSql.Ctes(serviceCode, range.Count <= NarrowedMonths ? (Census(range.From), Census(range.To)) : null)},
            spans AS (
                SELECT service_code, neighbourhood_code,
                       CAST(CAST(received_at AS DATE) - DATE '0001-01-01' AS INTEGER) AS received_day,
                       CAST(date_diff('month', TIMESTAMP {from}, received_at + INTERVAL 999999 MICROSECONDS) AS INTEGER) AS first_month,
                       CAST(COALESCE(date_diff('month', TIMESTAMP {from}, waited_until + INTERVAL 999999 MICROSECONDS) - 1, {last}) AS INTEGER) AS last_month
                FROM waits
            )
            SELECT service_code, neighbourhood_code, list(received_day), list(greatest(first_month, 0)), list(least(last_month, {last}))
            FROM spans
            WHERE first_month <= last_month AND first_month <= {last} AND last_month >= 0
            GROUP BY service_code, neighbourhood_code
            ORDER BY service_code, neighbourhood_code NULLS FIRST
            """;
        return Sql.Query(connection, sql, r => new WaitingSpanGroup(
            r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1),
            [.. r.GetFieldValue<List<int>>(2)], [.. r.GetFieldValue<List<int>>(3)], [.. r.GetFieldValue<List<int>>(4)]));
    }

    /// <summary>A month's census: its last day at 23:59:59.</summary>
    private static DateTime Census(YearMonth month) => month.LastDay.ToDateTime(new TimeOnly(23, 59, 59));
}
