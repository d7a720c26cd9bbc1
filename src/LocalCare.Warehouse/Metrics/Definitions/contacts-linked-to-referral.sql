-- id: contacts-linked-to-referral
-- name: Contacts linked to a referral
-- kind: ratio
-- direction: higher
-- target: 0.98
-- board: HPB
-- definition: Attended contacts in the month that are linked to a referral / attended contacts in the month
-- A contact is linked when its referral_id names a referral in the warehouse (data-contract.md).
SELECT m.month, c.service_code, c.neighbourhood_code,
       SUM(CASE WHEN r.referral_id IS NOT NULL THEN 1 ELSE 0 END) AS numerator,
       COUNT(*) AS denominator
FROM contacts c
JOIN months m ON m.month = CAST(date_trunc('month', c.scheduled_at) AS DATE)
LEFT JOIN referrals r ON r.referral_id = c.referral_id
WHERE c.attendance IN ('5', '6')
GROUP BY m.month, c.service_code, c.neighbourhood_code
