-- id: vacancy-rate
-- name: Vacancy rate
-- kind: ratio
-- direction: lower
-- target: 0.075
-- board: HPB
-- definition: (Budgeted WTE − contracted WTE) / budgeted WTE at the month
SELECT m.month, w.service_code, CAST(NULL AS VARCHAR) AS neighbourhood_code,
       w.budgeted_wte - w.contracted_wte AS numerator,
       w.budgeted_wte AS denominator
FROM workforce w
JOIN months m ON m.month = w.month
