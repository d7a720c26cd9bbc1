-- id: hah-utilisation
-- name: Hospital at Home bed utilisation
-- kind: ratio
-- direction: higher
-- target: 0.80
-- board: HPB
-- definition: Occupied beds summed over the days of the month / capacity beds summed over the days of the month
-- A virtual ward is a service; its beds have no neighbourhood.
SELECT m.month, v.ward_code AS service_code, CAST(NULL AS VARCHAR) AS neighbourhood_code,
       SUM(v.occupied_beds) AS numerator,
       SUM(v.capacity_beds) AS denominator
FROM virtual_ward v
JOIN months m ON m.month = CAST(date_trunc('month', v.date) AS DATE)
GROUP BY m.month, v.ward_code
