-- id: outcomed-appointments
-- name: Outcomed appointments
-- kind: ratio
-- direction: higher
-- target: 0.90
-- board: HPB
-- definition: Contacts in the month with attendance 3, 5, 6 or 7 / contacts in the month with attendance other than 2 or 4 (null and 0 count as not outcomed)
-- Contacts in the month: the contact_counts relation (Metrics/Derived/contact_counts.sql).
SELECT month, service_code, neighbourhood_code,
       SUM(CASE WHEN attendance IN ('3', '5', '6', '7') THEN contacts ELSE 0 END) AS numerator,
       SUM(contacts) AS denominator
FROM contact_counts
WHERE attendance IS NULL OR attendance NOT IN ('2', '4')
GROUP BY month, service_code, neighbourhood_code
