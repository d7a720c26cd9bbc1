-- id: crisis-response-2h
-- name: Crisis response within 2 hours
-- kind: ratio
-- direction: higher
-- target: 0.85
-- board: HPB
-- definition: Crisis referrals received in the month with an attended contact on the same referral within 120 minutes of receipt / crisis referrals received in the month
-- Both ends are inside the window: a contact exactly at receipt or exactly 120 minutes after it counts.
WITH crisis AS (
    SELECT r.referral_id, r.service_code, r.neighbourhood_code, r.received_at
    FROM referrals r
    WHERE r.urgency = 'crisis'
),
responded AS (
    SELECT DISTINCT k.referral_id
    FROM crisis k
    JOIN contacts c ON c.referral_id = k.referral_id
    WHERE c.attendance IN ('5', '6')
      AND c.scheduled_at >= k.received_at
      AND c.scheduled_at <= k.received_at + INTERVAL '120 minutes'
)
SELECT m.month, k.service_code, k.neighbourhood_code,
       COUNT(p.referral_id) AS numerator,
       COUNT(*) AS denominator
FROM crisis k
JOIN months m ON m.month = CAST(date_trunc('month', k.received_at) AS DATE)
LEFT JOIN responded p ON p.referral_id = k.referral_id
GROUP BY m.month, k.service_code, k.neighbourhood_code
