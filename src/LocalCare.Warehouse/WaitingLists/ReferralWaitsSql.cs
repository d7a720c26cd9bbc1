using System.Globalization;

namespace LocalCare.Warehouse.WaitingLists;

/// <summary>
/// The common table expressions <c>first_attended</c> and <c>waits</c>: each non-crisis referral with when it was received and
/// when its clock stopped (<c>waited_until</c>: the earlier of its first attended contact and its discharge; null while waiting).
/// The same rule as Metrics/Derived/waiting_list.sql.
/// </summary>
public static class ReferralWaitsSql
{
    /// <summary>
    /// The CTEs for every non-crisis referral (of one service, or all). With <paramref name="window"/> (the first and last
    /// census of a range), only referrals that can wait at one of its censuses: received by the last, not discharged before
    /// the first. A clock stop lies between the two, so no referral waiting in the window is left out, and the first attended
    /// contact is then looked for among far fewer referrals than all of them.
    /// </summary>
    public static string Ctes(string? serviceCode, (DateTime FirstCensus, DateTime LastCensus)? window = null)
    {
        var service = serviceCode is null ? "" : $" AND service_code = {Sql.Literal(serviceCode)}";
        var candidates = window is { } w
            ? $" AND received_at <= TIMESTAMP {Timestamp(w.LastCensus)} AND (discharged_at IS NULL OR discharged_at > TIMESTAMP {Timestamp(w.FirstCensus)})"
            : "";
        var narrowed = service.Length > 0 || candidates.Length > 0;
        return $"""
        candidates AS (
            SELECT referral_id, service_code, neighbourhood_code, received_at, discharged_at
            FROM referrals
            WHERE urgency <> 'crisis'{service}{candidates}
        ),
        first_attended AS (
            SELECT c.referral_id, MIN(c.scheduled_at) AS attended_at
            FROM contacts c
            WHERE c.attendance IN ('5', '6') AND c.referral_id IS NOT NULL{(narrowed ? " AND c.referral_id IN (SELECT referral_id FROM candidates)" : "")}
            GROUP BY c.referral_id
        ),
        waits AS (
            SELECT r.referral_id, r.service_code, r.neighbourhood_code, r.received_at,
                   CASE WHEN f.attended_at IS NULL THEN r.discharged_at
                        WHEN r.discharged_at IS NULL OR f.attended_at < r.discharged_at THEN f.attended_at
                        ELSE r.discharged_at END AS waited_until
            FROM candidates r
            LEFT JOIN first_attended f ON f.referral_id = r.referral_id
        )
        """;
    }

    private static string Timestamp(DateTime at) => Sql.Literal(at.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));
}
