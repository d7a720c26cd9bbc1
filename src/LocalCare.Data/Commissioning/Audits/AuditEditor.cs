using LocalCare.Core.Commissioning;
using LocalCare.Core.Commissioning.Audits;
using LocalCare.Core.Time;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Data.Commissioning.Audits;

/// <summary>
/// Records quality audits in the app and runs their action plans: records an audit (code <c>APP-A-0001</c>, …), raises an action
/// (<c>APP-X-0001</c>, …), changes or completes an action, and marks an audit complete when <see cref="AuditCompletion"/> allows.
/// Each edit checks the user's roles first (<see cref="CommissioningPermissions.CanEdit"/>), then what was typed, and is saved
/// in one go or not at all; the audit trail records it with who and when (subject <see cref="Audit.Subjects.QualityAudit"/>).
/// "Today" is the UK date of <paramref name="clock"/>.
/// </summary>
public sealed class AuditEditor(LocalCareDbContext db, TimeProvider clock)
{
    public DateOnly Today => UkTime.Today(clock);

    /// <summary>Records an audit of the provider of <see cref="NewAudit.ProviderCode"/> (matched case-insensitively), in progress.</summary>
    public async Task<AuditEditResult> RecordAuditAsync(NewAudit audit, IReadOnlyCollection<string> roles, CancellationToken cancellationToken)
    {
        if (!CommissioningPermissions.CanEdit(roles))
        {
            return AuditEditResult.Forbidden;
        }

        var provider = await FindProviderAsync(audit.ProviderCode, cancellationToken);
        var contracts = provider is null ? [] : await db.Contracts.AsNoTracking().Where(c => c.ProviderCode == provider.Code).ToListAsync(cancellationToken);
        if (audit.Problems(Today, provider, contracts) is { Count: > 0 } problems)
        {
            return AuditEditResult.Invalid(problems);
        }

        return await AddWithNextCodeAsync(
            async () => AuditCodes.NextAudit(await db.QualityAudits.Where(a => a.Code.StartsWith(AuditCodes.AuditPrefix)).Select(a => a.Code).ToListAsync(cancellationToken)),
            code => db.QualityAudits.Add(audit.ToAudit(code, provider!.Code)).Entity,
            cancellationToken);
    }

    /// <summary>Raises an action of the audit's action plan, open.</summary>
    public async Task<AuditEditResult> AddActionAsync(string auditCode, NewAuditAction action, IReadOnlyCollection<string> roles, CancellationToken cancellationToken)
    {
        if (!CommissioningPermissions.CanEdit(roles))
        {
            return AuditEditResult.Forbidden;
        }

        if (await db.QualityAudits.AsNoTracking().SingleOrDefaultAsync(a => a.Code == auditCode, cancellationToken) is not { } audit)
        {
            return AuditNotFound(auditCode);
        }

        if (action.Problems(audit) is { Count: > 0 } problems)
        {
            return AuditEditResult.Invalid(problems);
        }

        return await AddWithNextCodeAsync(
            async () => AuditCodes.NextAction(await db.AuditActions.Where(a => a.Code.StartsWith(AuditCodes.ActionPrefix)).Select(a => a.Code).ToListAsync(cancellationToken)),
            code => db.AuditActions.Add(action.ToAction(code, audit.Code)).Entity,
            cancellationToken);
    }

    /// <summary>Changes an action's description, owner, due date and completed date (completing it, or opening it again when cleared).</summary>
    public async Task<AuditEditResult> UpdateActionAsync(
        string auditCode, string actionCode, AuditActionChange change, IReadOnlyCollection<string> roles, CancellationToken cancellationToken)
    {
        if (!CommissioningPermissions.CanEdit(roles))
        {
            return AuditEditResult.Forbidden;
        }

        if (await db.QualityAudits.AsNoTracking().SingleOrDefaultAsync(a => a.Code == auditCode, cancellationToken) is not { } audit)
        {
            return AuditNotFound(auditCode);
        }

        if (await db.AuditActions.SingleOrDefaultAsync(a => a.Code == actionCode && a.AuditCode == auditCode, cancellationToken) is not { } action)
        {
            return AuditEditResult.NotFound("action", $"Audit {auditCode} has no action with code {actionCode}");
        }

        if (change.Problems(audit, Today) is { Count: > 0 } problems)
        {
            return AuditEditResult.Invalid(problems);
        }

        change.ApplyTo(action);
        await db.SaveChangesAsync(cancellationToken);
        return AuditEditResult.Saved(action.Code);
    }

    /// <summary>Marks the audit complete today; refused with the rule's sentence when it is rated requires improvement or poor and has no action.</summary>
    public async Task<AuditEditResult> CompleteAuditAsync(string auditCode, IReadOnlyCollection<string> roles, CancellationToken cancellationToken)
    {
        if (!CommissioningPermissions.CanEdit(roles))
        {
            return AuditEditResult.Forbidden;
        }

        if (await db.QualityAudits.SingleOrDefaultAsync(a => a.Code == auditCode, cancellationToken) is not { } audit)
        {
            return AuditNotFound(auditCode);
        }

        var actions = await db.AuditActions.AsNoTracking().Where(a => a.AuditCode == auditCode).ToListAsync(cancellationToken);
        if (AuditCompletionCheck.Problems(audit, actions) is { Count: > 0 } problems)
        {
            return AuditEditResult.Invalid(problems);
        }

        audit.CompletedOn = Today;
        await db.SaveChangesAsync(cancellationToken);
        return AuditEditResult.Saved(audit.Code);
    }

    private async Task<Provider?> FindProviderAsync(string? code, CancellationToken cancellationToken)
    {
        var trimmed = code?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        if (await db.Providers.AsNoTracking().SingleOrDefaultAsync(p => p.Code == trimmed, cancellationToken) is { } exact)
        {
            return exact;
        }

        // A register holds a few hundred providers: match the code typed in another case among them.
        var codes = await db.Providers.AsNoTracking().Select(p => p.Code).ToListAsync(cancellationToken);
        return codes.Order(StringComparer.Ordinal).FirstOrDefault(c => string.Equals(c, trimmed, StringComparison.OrdinalIgnoreCase)) is { } match
            ? await db.Providers.AsNoTracking().SingleAsync(p => p.Code == match, cancellationToken)
            : null;
    }

    private async Task<AuditEditResult> AddWithNextCodeAsync<T>(Func<Task<string>> nextCode, Func<string, T> add, CancellationToken cancellationToken)
        where T : class =>
        AuditEditResult.Saved(await NextCodeSave.SaveAsync(db, nextCode, add, cancellationToken));

    private static AuditEditResult AuditNotFound(string code) => AuditEditResult.NotFound("audit", $"There is no quality audit with code {code}");
}
