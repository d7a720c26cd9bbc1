-- id: waiting-over-52-weeks
-- name: Waiting more than 52 weeks
-- kind: count
-- direction: lower
-- target: 0
-- board: HPB
-- definition: Waiting referrals with more than 364 days waited
-- Waiting referrals at each month's census: the waiting_list relation (Metrics/Derived/waiting_list.sql).
SELECT month, service_code, neighbourhood_code,
       over_52_weeks AS numerator,
       CAST(NULL AS INTEGER) AS denominator
FROM waiting_list
