-- id: contacts-linked-to-referral
-- name: Contacts linked to a referral
-- kind: ratio
-- direction: higher
-- target: 0.98
-- board: HPB
-- definition: Attended contacts in the month that are linked to a referral / attended contacts in the month
-- Attended contacts (attendance 5 or 6); linked = the referral_id names a referral in the warehouse.
-- Contacts in the month: the contact_counts relation (Metrics/Derived/contact_counts.sql).
SELECT month, service_code, neighbourhood_code,
       SUM(CASE WHEN linked = 1 THEN contacts ELSE 0 END) AS numerator,
       SUM(contacts) AS denominator
FROM contact_counts
WHERE attendance IN ('5', '6')
GROUP BY month, service_code, neighbourhood_code
