-- id: retention-r12m
-- name: Retention rate, rolling 12 months
-- kind: ratio
-- direction: higher
-- target: 0.89
-- board: HPB
-- definition: (Mean headcount − leavers) / mean headcount over the 12 months ending the month
-- The 12 months ending the month; a service counts only when all 12 of its months are present (metrics.md).
-- Mean headcount = the 12 month-end headcounts summed / 12.
SELECT m.month, w.service_code, CAST(NULL AS VARCHAR) AS neighbourhood_code,
       SUM(w.headcount) / 12.0 - SUM(w.leavers) AS numerator,
       SUM(w.headcount) / 12.0 AS denominator
FROM months m
JOIN workforce w ON w.month <= m.month AND w.month > m.month - INTERVAL '12 months'
GROUP BY m.month, w.service_code
HAVING COUNT(*) = 12
