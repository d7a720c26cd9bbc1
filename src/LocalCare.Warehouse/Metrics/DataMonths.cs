using LocalCare.Core.Generation;

namespace LocalCare.Warehouse.Metrics;

/// <summary>The months the warehouse holds data for: where <c>localcare compute</c> starts by default.</summary>
public static class DataMonths
{
    private const string EarliestSql = """
        SELECT min(d) FROM (
            SELECT min(received_at)::DATE AS d FROM referrals
            UNION ALL SELECT min(scheduled_at)::DATE FROM contacts
            UNION ALL SELECT min(month) FROM activity_plan
            UNION ALL SELECT min(month) FROM workforce
            UNION ALL SELECT min(occurred_at)::DATE FROM incidents
            UNION ALL SELECT min(responded_at) FROM experience
            UNION ALL SELECT min(date) FROM virtual_ward
            UNION ALL SELECT min(month) FROM metric_values)
        """;

    /// <summary>The earliest month of any extract; null when the warehouse is empty or does not exist.</summary>
    public static YearMonth? Earliest(WarehouseDatabase warehouse)
    {
        using var connection = warehouse.OpenReader();
        if (connection is null)
        {
            return null;
        }

        var value = Sql.Query(connection, EarliestSql, r => r.IsDBNull(0) ? (DateTime?)null : r.GetDateTime(0)).Single();
        return value is { } date ? YearMonth.Of(DateOnly.FromDateTime(date)) : null;
    }
}
