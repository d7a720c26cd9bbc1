-- id: appraisal-compliance
-- name: Appraisal compliance
-- kind: ratio
-- direction: higher
-- target: 0.95
-- board: HPB
-- definition: Appraisals completed / appraisals due at the month
-- A service that reports no appraisals due for the month is left out rather than counted as 0 of 0.
SELECT m.month, w.service_code, CAST(NULL AS VARCHAR) AS neighbourhood_code,
       COALESCE(w.appraisals_completed, 0) AS numerator,
       w.appraisals_due AS denominator
FROM workforce w
JOIN months m ON m.month = w.month
WHERE w.appraisals_due IS NOT NULL
