-- id: waiting-list-size
-- name: People waiting
-- kind: count
-- direction: lower
-- target: none
-- board: HPB
-- definition: Referrals waiting at the census (received, not crisis, not discharged, no attended contact yet)
-- Waiting referrals at each month's census: the waiting_list relation (Metrics/Derived/waiting_list.sql).
SELECT month, service_code, neighbourhood_code,
       waiting AS numerator,
       CAST(NULL AS INTEGER) AS denominator
FROM waiting_list
