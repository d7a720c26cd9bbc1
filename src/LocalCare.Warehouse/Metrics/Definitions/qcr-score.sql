-- id: qcr-score
-- name: Quality Care Round score
-- kind: mean
-- direction: higher
-- target: none
-- board: HPB
-- definition: Sum of Quality Care Round scores / Quality Care Round responses in the month
SELECT m.month, e.service_code, e.neighbourhood_code,
       SUM(e.score) AS numerator,
       COUNT(*) AS denominator
FROM experience e
JOIN months m ON m.month = CAST(date_trunc('month', e.responded_at) AS DATE)
WHERE e.instrument = 'qcr'
GROUP BY m.month, e.service_code, e.neighbourhood_code
