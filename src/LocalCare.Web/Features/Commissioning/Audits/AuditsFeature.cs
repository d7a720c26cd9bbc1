using System.Security.Claims;
using LocalCare.Core.Commissioning;
using LocalCare.Core.Commissioning.Audits;
using LocalCare.Core.Time;
using LocalCare.Data;
using LocalCare.Data.Commissioning;
using LocalCare.Data.Commissioning.Audits;
using LocalCare.Web.Features.Plans;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Web.Features.Commissioning.Audits;

/// <summary>Registers the quality audits pages: the schedule, recording an audit, one audit with its action plan.</summary>
public static class AuditsFeature
{
    public static WebApplicationBuilder AddLocalCareQualityAudits(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<AuditEditor>();
        builder.Services.AddScoped<AuditQueries>();
        return builder;
    }
}

/// <summary>The signed-in user's rights over quality audits (<see cref="CommissioningPermissions"/>).</summary>
public static class AuditAccess
{
    /// <summary>Record audits, raise and change actions, complete audits: commissioners and administrators.</summary>
    public static bool CanEditAudits(this ClaimsPrincipal user) => CommissioningPermissions.CanEdit(user.RolesOf());

    /// <summary>The schedule and the audits on it, read-only: every role.</summary>
    public static bool CanSeeAudits(this ClaimsPrincipal user) => CommissioningPermissions.CanSeeSchedule(user.RolesOf());
}

/// <summary>One audit as its page shows it: the audit, its provider (null if it has left the register) and its actions in code order.</summary>
public sealed record AuditDetail(QualityAudit Audit, Provider? Provider, IReadOnlyList<AuditAction> Actions)
{
    public string ProviderName => Provider?.Name ?? Audit.ProviderCode;
}

/// <summary>Reads what the audit pages show: the schedule today, a provider, an audit with its actions.</summary>
public sealed class AuditQueries(LocalCareDbContext db, TimeProvider clock)
{
    /// <summary>Today in the UK: the date the schedule is worked out at.</summary>
    public DateOnly Today => UkTime.Today(clock);

    /// <summary>Every row of the schedule today, in its order (overdue first, then by due date).</summary>
    public async Task<IReadOnlyList<AuditScheduleRow>> ScheduleAsync(CancellationToken cancellationToken) =>
        AuditSchedule.At(await CommissioningDataReader.ReadAsync(db, cancellationToken), Today);

    public async Task<Provider?> ProviderAsync(string? code, CancellationToken cancellationToken)
    {
        var trimmed = code?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : await db.Providers.AsNoTracking().SingleOrDefaultAsync(p => p.Code == trimmed, cancellationToken);
    }

    public async Task<AuditDetail?> AuditAsync(string code, CancellationToken cancellationToken)
    {
        if (await db.QualityAudits.AsNoTracking().SingleOrDefaultAsync(a => a.Code == code, cancellationToken) is not { } audit)
        {
            return null;
        }

        var provider = await db.Providers.AsNoTracking().SingleOrDefaultAsync(p => p.Code == audit.ProviderCode, cancellationToken);
        var actions = await db.AuditActions.AsNoTracking().Where(a => a.AuditCode == code).ToListAsync(cancellationToken);
        return new AuditDetail(audit, provider, [.. actions.OrderBy(a => a.Code, StringComparer.Ordinal)]);
    }
}
