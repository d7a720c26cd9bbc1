-- id: turnover-r12m
-- name: Staff turnover, rolling 12 months
-- kind: ratio
-- direction: lower
-- target: 0.126
-- board: HPB
-- definition: Leavers over the 12 months ending the month / mean headcount over those months; null unless all 12 months are present
-- The 12 months ending the month; a service counts only when all 12 of its months are present (metrics.md).
-- Mean headcount = the 12 month-end headcounts summed / 12.
SELECT m.month, w.service_code, CAST(NULL AS VARCHAR) AS neighbourhood_code,
       SUM(w.leavers) AS numerator,
       SUM(w.headcount) / 12.0 AS denominator
FROM months m
JOIN workforce w ON w.month <= m.month AND w.month > m.month - INTERVAL '12 months'
GROUP BY m.month, w.service_code
HAVING COUNT(*) = 12
