-- id: sickness-absence-r12m
-- name: Sickness absence, rolling 12 months
-- kind: ratio
-- direction: lower
-- target: 0.045
-- board: HPB
-- definition: FTE days lost to sickness / FTE days available over the 12 months ending the month
-- The 12 months ending the month; a service counts only when all 12 of its months are present (metrics.md).
-- Mean headcount = the 12 month-end headcounts summed / 12.
SELECT m.month, w.service_code, CAST(NULL AS VARCHAR) AS neighbourhood_code,
       SUM(w.fte_days_lost_sickness) AS numerator,
       SUM(w.fte_days_available) AS denominator
FROM months m
JOIN workforce w ON w.month <= m.month AND w.month > m.month - INTERVAL '12 months'
GROUP BY m.month, w.service_code
HAVING COUNT(*) = 12
