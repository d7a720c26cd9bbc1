using LocalCare.Core.Generation;
using LocalCare.Core.Metrics;
using LocalCare.Warehouse.Metrics;

namespace LocalCare.Warehouse.WaitingLists;

/// <summary>
/// Every month's census in one pass: how many referrals of each service and neighbourhood had waited each number of days at the
/// month's census (the rule of <see cref="WaitingCensusQuery"/>). A census per month re-reads every contact each time.
/// </summary>
public static class WaitingHistogramQuery
{
    public static List<(YearMonth Month, string ServiceCode, string? NeighbourhoodCode, int DaysWaited, int Count)> Read(WarehouseDatabase warehouse, MonthRange range)
    {
        using var connection = warehouse.OpenReader();
        if (connection is null)
        {
            return [];
        }

        var sql = $"""
            WITH {ReferralWaitsSql.Ctes(null)},
            waiting AS (
                SELECT m.month, w.service_code, w.neighbourhood_code, m.census_date - CAST(w.received_at AS DATE) AS days_waited
                FROM waits w
                JOIN months m ON m.census >= w.received_at AND m.census < COALESCE(w.waited_until, TIMESTAMP '9999-12-31 00:00:00')
            )
            SELECT month, service_code, neighbourhood_code, days_waited, COUNT(*) FROM waiting GROUP BY ALL
            """;
        return Sql.Query(connection, MonthsSql.WrapAll(sql, range), r => (
            YearMonth.Of(DateOnly.FromDateTime(r.GetDateTime(0))), r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2), (int)r.GetInt64(3), (int)r.GetInt64(4)));
    }
}
