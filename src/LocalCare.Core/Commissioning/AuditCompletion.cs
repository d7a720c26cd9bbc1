namespace LocalCare.Core.Commissioning;

/// <summary>Whether an audit may be marked complete: one rated requires improvement or poor overall needs at least one action.</summary>
public static class AuditCompletion
{
    /// <summary>
    /// Null when <paramref name="audit"/> may be completed; otherwise the sentence to show. Only the actions whose
    /// <see cref="AuditAction.AuditCode"/> is the audit's code count (the caller may pass every action).
    /// </summary>
    public static string? Problem(QualityAudit audit, IEnumerable<AuditAction> actions)
    {
        if (!audit.Overall.NeedsActions() || actions.Any(a => string.Equals(a.AuditCode, audit.Code, StringComparison.Ordinal)))
        {
            return null;
        }

        return $"Audit {audit.Code} is rated {audit.Overall.ToWords()} overall: add at least one action before marking it complete.";
    }
}
