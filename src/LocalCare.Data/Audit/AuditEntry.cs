namespace LocalCare.Data.Audit;

/// <summary>
/// One recorded change: who made it, when, to what (the subject a page shows its history for, e.g. <c>deliverable:D2425-CH-01</c>,
/// and the entity within it) and how (created, changed, deleted) with the values before and after. Written in the same
/// transaction as the change itself; never updated.
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
}

/// <summary>What a change did.</summary>
public enum AuditAction
{
    Created,
    Changed,
    Deleted,
}
