-- relation: waiting_list
-- Referrals waiting at each month's census, per service and neighbourhood, in all and by how long they have waited.
-- Waiting at census C (metrics.md): received_at <= C, not crisis, not discharged by C, no attended contact scheduled by C;
-- so a referral waits from received_at until the earlier of its discharge and its first attended contact.
-- days waited = census date - date received; "more than N weeks" is more than 7N days.
WITH first_attended AS (
    SELECT c.referral_id, MIN(c.scheduled_at) AS attended_at
    FROM contacts c
    WHERE c.attendance IN ('5', '6') AND c.referral_id IS NOT NULL
    GROUP BY c.referral_id
),
waits AS (
    SELECT r.service_code, r.neighbourhood_code, r.received_at,
           CASE WHEN f.attended_at IS NULL THEN r.discharged_at
                WHEN r.discharged_at IS NULL OR f.attended_at < r.discharged_at THEN f.attended_at
                ELSE r.discharged_at END AS waited_until
    FROM referrals r
    LEFT JOIN first_attended f ON f.referral_id = r.referral_id
    WHERE r.urgency <> 'crisis'
),
waiting AS (
    SELECT m.month, w.service_code, w.neighbourhood_code,
           m.census_date - CAST(w.received_at AS DATE) AS days_waited
    FROM waits w
    JOIN months m ON m.census >= w.received_at
                 AND m.census < COALESCE(w.waited_until, TIMESTAMP '9999-12-31 00:00:00')
)
SELECT month, service_code, neighbourhood_code,
       COUNT(*) AS waiting,
       SUM(CASE WHEN days_waited <= 126 THEN 1 ELSE 0 END) AS within_18_weeks,
       SUM(CASE WHEN days_waited > 364 THEN 1 ELSE 0 END) AS over_52_weeks,
       SUM(CASE WHEN days_waited > 455 THEN 1 ELSE 0 END) AS over_65_weeks,
       SUM(CASE WHEN days_waited > 546 THEN 1 ELSE 0 END) AS over_78_weeks
FROM waiting
GROUP BY month, service_code, neighbourhood_code
