-- id: dna-rate
-- name: Did not attend rate
-- kind: ratio
-- direction: lower
-- target: none
-- board: HPB
-- definition: Contacts in the month with attendance 3 or 7 / contacts in the month with attendance 3, 5, 6 or 7
SELECT m.month, c.service_code, c.neighbourhood_code,
       SUM(CASE WHEN c.attendance IN ('3', '7') THEN 1 ELSE 0 END) AS numerator,
       COUNT(*) AS denominator
FROM contacts c
JOIN months m ON m.month = CAST(date_trunc('month', c.scheduled_at) AS DATE)
WHERE c.attendance IN ('3', '5', '6', '7')
GROUP BY m.month, c.service_code, c.neighbourhood_code
