-- The application's role on PostgreSQL: everything the web app and CLI need, and on the audit trail only
-- SELECT and INSERT. Run as the role that owns the tables (the one `localcare init` migrates with), after every
-- migration, in the LocalCare database:
--
--     psql "host=... dbname=localcare user=localcare_owner" -v app_role=localcare_app -f docs/postgres/app-role.sql
--
-- The role itself is created once by a superuser (docs/audit-trail.md). The test
-- AppRoleTests.OnPostgres_TheAppRole_CannotChangeTheAuditTrail runs this file as written.
REVOKE ALL ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO :"app_role";
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO :"app_role";
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO :"app_role";
-- The audit trail: read and append, nothing more.
REVOKE ALL ON "AuditEntries" FROM :"app_role";
GRANT SELECT, INSERT ON "AuditEntries" TO :"app_role";
-- The migration history is the owner's business.
REVOKE INSERT, UPDATE, DELETE ON "__EFMigrationsHistory" FROM :"app_role";
