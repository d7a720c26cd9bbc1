using System.Globalization;

namespace LocalCare.Warehouse.WaitingLists;

/// <summary>
/// Reads a service's weekly flow from the warehouse: demand = non-crisis referrals received per week; capacity = clock stops per
/// week, where a referral's clock stops at the earlier of its first attended contact and its discharge (waiting-lists.md).
/// Weeks start on Monday. Coefficients of variation use the sample standard deviation (R's sd, as NHSRwaitinglist does).
/// </summary>
public static class WaitingFlowQuery
{
    public static WaitingFlow Read(WarehouseDatabase warehouse, string serviceCode, DateOnly firstMonday, int weeks)
    {
        if (firstMonday.DayOfWeek != DayOfWeek.Monday)
        {
            throw new ArgumentException("A flow window starts on a Monday.", nameof(firstMonday));
        }

        var empty = Enumerable.Range(0, weeks).Select(i => new FlowWeek(firstMonday.AddDays(7 * i), 0, 0)).ToList();
        using var connection = warehouse.OpenReader();
        if (connection is null)
        {
            return new WaitingFlow(serviceCode, empty, null, null);
        }

        var from = Sql.Literal(firstMonday.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        var to = Sql.Literal(firstMonday.AddDays(7 * weeks).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        var events = $"""
            WITH {ReferralWaitsSql.Ctes(serviceCode)},
            events AS (
                SELECT 'demand' AS kind, received_at AS happened_at FROM waits
                UNION ALL
                SELECT 'capacity', waited_until FROM waits WHERE waited_until IS NOT NULL
            ),
            windowed AS (
                SELECT kind, happened_at FROM events WHERE happened_at >= DATE {from} AND happened_at < DATE {to}
            )
            """;

        var counts = Sql.Query(connection, $"""
                {events}
                SELECT kind, CAST(date_trunc('week', happened_at) AS DATE) AS week, count(*) FROM windowed GROUP BY ALL
                """,
                r => (Kind: r.GetString(0), Week: DateOnly.FromDateTime(r.GetDateTime(1)), Count: r.GetInt64(2)))
            .ToLookup(c => c.Week);
        var cvs = Sql.Query(connection, $"""
                {events},
                gaps AS (
                    SELECT kind, epoch(happened_at - lag(happened_at) OVER (PARTITION BY kind ORDER BY happened_at)) / 86400.0 AS days FROM windowed
                )
                SELECT kind, stddev_samp(days) / avg(days) FROM gaps WHERE days IS NOT NULL GROUP BY kind
                """,
                r => (Kind: r.GetString(0), Cv: r.IsDBNull(1) ? (double?)null : r.GetDouble(1)))
            .ToDictionary(c => c.Kind, c => c.Cv);

        var weekly = empty.Select(w => w with
        {
            Demand = counts[w.WeekStart].Where(c => c.Kind == "demand").Sum(c => c.Count),
            Capacity = counts[w.WeekStart].Where(c => c.Kind == "capacity").Sum(c => c.Count),
        }).ToList();
        return new WaitingFlow(serviceCode, weekly, cvs.GetValueOrDefault("demand"), cvs.GetValueOrDefault("capacity"));
    }
}
