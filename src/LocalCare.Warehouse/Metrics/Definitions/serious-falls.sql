-- id: serious-falls
-- name: Falls with moderate or worse harm
-- kind: count
-- direction: lower
-- target: 0
-- board: HPB
-- definition: Fall incidents graded moderate, severe or death, occurring in the month
SELECT m.month, i.service_code, i.neighbourhood_code,
       COUNT(*) AS numerator,
       CAST(NULL AS INTEGER) AS denominator
FROM incidents i
JOIN months m ON m.month = CAST(date_trunc('month', i.occurred_at) AS DATE)
WHERE i.category = 'fall' AND i.grade IN ('moderate', 'severe', 'death')
GROUP BY m.month, i.service_code, i.neighbourhood_code
