-- id: dna-rate
-- name: Did not attend rate
-- kind: ratio
-- direction: lower
-- target: none
-- board: HPB
-- definition: Contacts in the month with attendance 3 or 7 / contacts in the month with attendance 3, 5, 6 or 7
-- Contacts in the month: the contact_counts relation (Metrics/Derived/contact_counts.sql).
SELECT month, service_code, neighbourhood_code,
       SUM(CASE WHEN attendance IN ('3', '7') THEN contacts ELSE 0 END) AS numerator,
       SUM(contacts) AS denominator
FROM contact_counts
WHERE attendance IN ('3', '5', '6', '7')
GROUP BY month, service_code, neighbourhood_code
