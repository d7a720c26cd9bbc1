namespace LocalCare.Warehouse.WaitingLists;

/// <summary>
/// The common table expressions <c>first_attended</c> and <c>waits</c>: each non-crisis referral with when it was received and
/// when its clock stopped (<c>waited_until</c>: the earlier of its first attended contact and its discharge; null while waiting).
/// The same rule as Metrics/Derived/waiting_list.sql.
/// </summary>
public static class ReferralWaitsSql
{
    public static string Ctes(string? serviceCode) =>
        $"""
        first_attended AS (
            SELECT c.referral_id, MIN(c.scheduled_at) AS attended_at
            FROM contacts c
            WHERE c.attendance IN ('5', '6') AND c.referral_id IS NOT NULL{(serviceCode is null ? "" : $" AND c.referral_id IN (SELECT referral_id FROM referrals WHERE service_code = {Sql.Literal(serviceCode)})")}
            GROUP BY c.referral_id
        ),
        waits AS (
            SELECT r.referral_id, r.service_code, r.neighbourhood_code, r.received_at,
                   CASE WHEN f.attended_at IS NULL THEN r.discharged_at
                        WHEN r.discharged_at IS NULL OR f.attended_at < r.discharged_at THEN f.attended_at
                        ELSE r.discharged_at END AS waited_until
            FROM referrals r
            LEFT JOIN first_attended f ON f.referral_id = r.referral_id
            WHERE r.urgency <> 'crisis'{(serviceCode is null ? "" : $" AND r.service_code = {Sql.Literal(serviceCode)}")}
        )
        """;
}
