-- relation: contact_counts
-- Contacts per month, service, neighbourhood and attendance code, and whether they are linked (their referral_id names a
-- referral in the warehouse). The contact metrics read this instead of scanning every contact each.
SELECT m.month, c.service_code, c.neighbourhood_code, c.attendance,
       CASE WHEN r.referral_id IS NOT NULL THEN 1 ELSE 0 END AS linked,
       COUNT(*) AS contacts
FROM contacts c
JOIN months m ON m.month = CAST(date_trunc('month', c.scheduled_at) AS DATE)
LEFT JOIN referrals r ON r.referral_id = c.referral_id
GROUP BY m.month, c.service_code, c.neighbourhood_code, c.attendance, CASE WHEN r.referral_id IS NOT NULL THEN 1 ELSE 0 END
