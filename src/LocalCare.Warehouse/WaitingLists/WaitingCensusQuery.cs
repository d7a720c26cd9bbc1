using System.Globalization;
using LocalCare.Core.Generation;

namespace LocalCare.Warehouse.WaitingLists;

/// <summary>
/// Who is waiting at a month's census (its last day, 23:59:59): received by then, not crisis, not discharged by then, and
/// no attended contact scheduled by then (metrics.md, waiting-lists.md). The same rule as the waiting metrics, for one census.
/// </summary>
public static class WaitingCensusQuery
{
    /// <summary>Every waiting referral at <paramref name="month"/>'s census, longest wait first; <paramref name="serviceCode"/> narrows to one service.</summary>
    public static List<WaitingReferral> Read(WarehouseDatabase warehouse, YearMonth month, string? serviceCode = null)
    {
        using var connection = warehouse.OpenReader();
        if (connection is null)
        {
            return [];
        }

        var census = Sql.Literal(month.LastDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " 23:59:59");
        var censusDate = Sql.Literal(month.LastDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        var service = serviceCode is null ? "" : $" AND r.service_code = {Sql.Literal(serviceCode)}";
        return Sql.Query(connection, $"""
                WITH attended AS (
                    SELECT DISTINCT c.referral_id
                    FROM contacts c
                    WHERE c.attendance IN ('5', '6') AND c.referral_id IS NOT NULL AND c.scheduled_at <= TIMESTAMP {census}
                )
                SELECT r.referral_id, r.person_id, r.service_code, r.neighbourhood_code, r.received_at,
                       DATE {censusDate} - CAST(r.received_at AS DATE) AS days_waited
                FROM referrals r
                WHERE r.received_at <= TIMESTAMP {census}
                  AND r.urgency <> 'crisis'
                  AND (r.discharged_at IS NULL OR r.discharged_at > TIMESTAMP {census})
                  AND r.referral_id NOT IN (SELECT referral_id FROM attended){service}
                ORDER BY days_waited DESC, r.referral_id
                """,
            r => new WaitingReferral(r.GetString(0), r.GetString(1), r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3), r.GetDateTime(4), (int)r.GetInt64(5)));
    }
}
