-- id: waiting-within-18-weeks
-- name: Waiting within 18 weeks
-- kind: ratio
-- direction: higher
-- target: 0.92
-- board: HPB
-- definition: Waiting referrals with 126 days waited or fewer / waiting referrals
-- Waiting referrals at each month's census: the waiting_list relation (Metrics/Derived/waiting_list.sql).
SELECT month, service_code, neighbourhood_code,
       within_18_weeks AS numerator,
       waiting AS denominator
FROM waiting_list
