-- id: outcomed-appointments
-- name: Outcomed appointments
-- kind: ratio
-- direction: higher
-- target: 0.90
-- board: HPB
-- definition: Contacts in the month with attendance 3, 5, 6 or 7 / contacts in the month with attendance other than 2 or 4 (null and 0 count as not outcomed)
SELECT m.month, c.service_code, c.neighbourhood_code,
       SUM(CASE WHEN c.attendance IN ('3', '5', '6', '7') THEN 1 ELSE 0 END) AS numerator,
       COUNT(*) AS denominator
FROM contacts c
JOIN months m ON m.month = CAST(date_trunc('month', c.scheduled_at) AS DATE)
WHERE c.attendance IS NULL OR c.attendance NOT IN ('2', '4')
GROUP BY m.month, c.service_code, c.neighbourhood_code
