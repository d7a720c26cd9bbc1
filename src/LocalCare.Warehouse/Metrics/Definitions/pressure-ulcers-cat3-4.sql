-- id: pressure-ulcers-cat3-4
-- name: Category 3 and 4 pressure ulcers acquired in care
-- kind: count
-- direction: lower
-- target: none
-- board: HPB
-- definition: Pressure ulcer incidents graded category 3 or 4 and acquired in care, occurring in the month
SELECT m.month, i.service_code, i.neighbourhood_code,
       COUNT(*) AS numerator,
       CAST(NULL AS INTEGER) AS denominator
FROM incidents i
JOIN months m ON m.month = CAST(date_trunc('month', i.occurred_at) AS DATE)
WHERE i.category = 'pressure_ulcer' AND i.grade IN ('cat3', 'cat4') AND i.acquired_in_care = TRUE
GROUP BY m.month, i.service_code, i.neighbourhood_code
