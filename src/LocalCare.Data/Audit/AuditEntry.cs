namespace LocalCare.Data.Audit;

/// <summary>
/// One recorded change: who made it, when, to what (the subject a page shows its history for, e.g. <c>deliverable:D2425-CH-01</c>,
/// and the entity within it) and how (created, changed, deleted) with the values before and after. Written in the same
/// transaction as the change itself; never updated. Entries form a hash chain in id order (<see cref="AuditChain"/>).
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    /// <summary>When the change was saved (UTC).</summary>
    public required DateTime At { get; init; }

    /// <summary>The user name that made the change, or <c>cli:NAME</c> and <c>system:…</c> for the command line and set-up.</summary>
    public required string Actor { get; init; }

    /// <summary>What a page shows history for: <c>kind:key</c>, the entity itself or the thing it belongs to.</summary>
    public required string Subject { get; init; }

    /// <summary>The kind of entity changed, e.g. <c>DeliverableUpdate</c>.</summary>
    public required string Entity { get; init; }

    /// <summary>The entity's key within its subject, e.g. <c>Q3</c>.</summary>
    public required string EntityKey { get; init; }

    public required AuditAction Action { get; init; }

    /// <summary>The changed fields as JSON: <c>{"Field": {"before": …, "after": …}}</c> (created: no before; deleted: no after).</summary>
    public required string Changes { get; init; }

    /// <summary>The hash of the entry before this one (empty for the first): the link that makes a removed or reordered entry show.</summary>
    public string PreviousHash { get; set; } = "";

    /// <summary>SHA-256 (hex) over this entry's canonical fields and <see cref="PreviousHash"/> (<see cref="AuditChain"/>).</summary>
    public string Hash { get; set; } = "";
}

/// <summary>What a change did.</summary>
public enum AuditAction
{
    Created,
    Changed,
    Deleted,

    /// <summary>A bulk import of one file in one run: who, the file, its SHA-256 and counts (rows themselves are not recorded one by one).</summary>
    Imported,

    /// <summary>A successful sign-in.</summary>
    SignedIn,

    /// <summary>A failed sign-in: unknown user or wrong password (the password is never recorded).</summary>
    SignInFailed,

    /// <summary>A sign-in refused because the account is locked out after too many failures.</summary>
    LockedOut,

    /// <summary>A sign-out.</summary>
    SignedOut,
}
