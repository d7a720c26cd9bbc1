-- id: wmtm-score
-- name: What Matters to Me score
-- kind: mean
-- direction: higher
-- target: none
-- board: HPB
-- definition: Sum of What Matters to Me scores / What Matters to Me responses in the month
SELECT m.month, e.service_code, e.neighbourhood_code,
       SUM(e.score) AS numerator,
       COUNT(*) AS denominator
FROM experience e
JOIN months m ON m.month = CAST(date_trunc('month', e.responded_at) AS DATE)
WHERE e.instrument = 'wmtm'
GROUP BY m.month, e.service_code, e.neighbourhood_code
