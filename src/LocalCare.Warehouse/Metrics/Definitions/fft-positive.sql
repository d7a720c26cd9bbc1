-- id: fft-positive
-- name: Friends and Family Test positive
-- kind: ratio
-- direction: higher
-- target: none
-- board: HPB
-- definition: Friends and Family Test responses scored 1 or 2 / responses scored 1 to 5 in the month
-- 6 (don't know) is in neither.
SELECT m.month, e.service_code, e.neighbourhood_code,
       SUM(CASE WHEN e.score IN (1, 2) THEN 1 ELSE 0 END) AS numerator,
       COUNT(*) AS denominator
FROM experience e
JOIN months m ON m.month = CAST(date_trunc('month', e.responded_at) AS DATE)
WHERE e.instrument = 'fft' AND e.score IN (1, 2, 3, 4, 5)
GROUP BY m.month, e.service_code, e.neighbourhood_code
