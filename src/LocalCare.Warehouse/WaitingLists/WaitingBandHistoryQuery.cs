using LocalCare.Core.Generation;
using LocalCare.Core.Metrics;
using LocalCare.Core.WaitingLists;
using LocalCare.Warehouse.Metrics;

namespace LocalCare.Warehouse.WaitingLists;

/// <summary>How many were waiting in each SitRep band at each month's census (waiting-lists.md): the history chart's data.</summary>
public static class WaitingBandHistoryQuery
{
    private static IReadOnlyList<(string Band, int? MaxDays)> Bands => WaitBands.SitRepBands;

    /// <summary>Per month of <paramref name="range"/>, the count in each band (every band, zeros included), for one service or all.</summary>
    public static List<(YearMonth Month, string Band, long Waiting)> Read(WarehouseDatabase warehouse, MonthRange range, string? serviceCode = null)
    {
        using var connection = warehouse.OpenReader();
        if (connection is null)
        {
            return [];
        }

        var band = "CASE " + string.Join(" ", Bands.Where(b => b.MaxDays is not null).Select(b => $"WHEN days_waited <= {b.MaxDays} THEN '{b.Band}'")) + " ELSE '104+' END";
        var sql = $"""
            WITH {ReferralWaitsSql.Ctes(serviceCode)},
            waiting AS (
                SELECT m.month, m.census_date - CAST(w.received_at AS DATE) AS days_waited
                FROM waits w
                JOIN months m ON m.census >= w.received_at AND m.census < COALESCE(w.waited_until, TIMESTAMP '9999-12-31 00:00:00')
            )
            SELECT month, {band} AS band, COUNT(*) AS waiting FROM waiting GROUP BY ALL
            """;
        var counts = Sql.Query(connection, MonthsSql.WrapAll(sql, range), r => (Month: YearMonth.Of(DateOnly.FromDateTime(r.GetDateTime(0))), Band: r.GetString(1), Waiting: r.GetInt64(2)))
            .ToDictionary(c => (c.Month, c.Band), c => c.Waiting);
        return [.. range.Months.SelectMany(m => Bands.Select(b => (m, b.Band, counts.GetValueOrDefault((m, b.Band)))))];
    }
}
