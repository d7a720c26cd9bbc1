namespace LocalCare.Data.Audit;

/// <summary>
/// The database's own refusal to change or remove audit entries, created by the AuditChain migrations (hand-written SQL,
/// docs/audit-trail.md). The application never updates or deletes an entry, so these fire only for someone working on the
/// database directly. A table owner or superuser can still drop a trigger: the role split in the docs is the stronger guard,
/// and the hash chain (<c>localcare audit verify</c>) shows what was done regardless.
/// </summary>
public static class AuditProtection
{
    /// <summary>PostgreSQL: one function raising insufficient_privilege, fired before any UPDATE, DELETE or TRUNCATE of the trail.</summary>
    public const string PostgresUp = """
        CREATE OR REPLACE FUNCTION audit_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION 'the audit trail is append-only: % of "AuditEntries" is not allowed', TG_OP
                USING ERRCODE = 'insufficient_privilege';
        END
        $$;
        CREATE TRIGGER audit_entries_no_update_or_delete BEFORE UPDATE OR DELETE ON "AuditEntries"
            FOR EACH ROW EXECUTE FUNCTION audit_entries_append_only();
        CREATE TRIGGER audit_entries_no_truncate BEFORE TRUNCATE ON "AuditEntries"
            FOR EACH STATEMENT EXECUTE FUNCTION audit_entries_append_only();
        """;

    public const string PostgresDown = """
        DROP TRIGGER IF EXISTS audit_entries_no_truncate ON "AuditEntries";
        DROP TRIGGER IF EXISTS audit_entries_no_update_or_delete ON "AuditEntries";
        DROP FUNCTION IF EXISTS audit_entries_append_only();
        """;

    /// <summary>
    /// SQLite: triggers that abort an UPDATE or DELETE. Anyone with the file can drop them, hence the hash chain. A later
    /// migration that rebuilds the table (SQLite's way of altering a column) drops them and must create them again.
    /// </summary>
    public const string SqliteUp = """
        CREATE TRIGGER "AuditEntries_no_update" BEFORE UPDATE ON "AuditEntries"
        BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only: UPDATE of AuditEntries is not allowed'); END;
        CREATE TRIGGER "AuditEntries_no_delete" BEFORE DELETE ON "AuditEntries"
        BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only: DELETE of AuditEntries is not allowed'); END;
        """;

    public const string SqliteDown = """
        DROP TRIGGER IF EXISTS "AuditEntries_no_update";
        DROP TRIGGER IF EXISTS "AuditEntries_no_delete";
        """;
}
