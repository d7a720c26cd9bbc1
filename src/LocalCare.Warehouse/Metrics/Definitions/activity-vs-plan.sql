-- id: activity-vs-plan
-- name: Contacts against plan
-- kind: ratio
-- direction: higher
-- target: 1.00
-- board: FPCG
-- definition: Attended contacts in the month / planned contacts for the month (per service; not defined for neighbourhoods or localities)
-- Only services with a plan for the month count: a service's contacts without a plan would add to the LCO's numerator
-- with nothing in its denominator. Attended contacts come from the contact_counts relation (Metrics/Derived/contact_counts.sql).
WITH attended AS (
    SELECT month, service_code, SUM(contacts) AS contacts
    FROM contact_counts
    WHERE attendance IN ('5', '6')
    GROUP BY month, service_code
)
SELECT m.month, p.service_code, CAST(NULL AS VARCHAR) AS neighbourhood_code,
       COALESCE(a.contacts, 0) AS numerator,
       p.planned_contacts AS denominator
FROM activity_plan p
JOIN months m ON m.month = p.month
LEFT JOIN attended a ON a.month = p.month AND a.service_code = p.service_code
