using LocalCare.Core.Reminders;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Data.Reminders;

/// <summary>Open quality-audit actions (not completed by the date), to whoever the action's owner maps to, due on its due date.</summary>
public sealed class AuditActionReminders(LocalCareDbContext db) : IReminderSource
{
    public ReminderKind Kind => ReminderKind.AuditAction;

    public async Task<IReadOnlyList<ReminderItem>> ItemsAsync(DateOnly date, CancellationToken cancellationToken)
    {
        var last = ReminderDigest.LastDayAhead(date);
        var actions = await (from a in db.AuditActions.AsNoTracking()
                             join q in db.QualityAudits.AsNoTracking() on a.AuditCode equals q.Code
                             join p in db.Providers.AsNoTracking() on q.ProviderCode equals p.Code
                             where a.DueDate <= last && (a.CompletedDate == null || a.CompletedDate > date)
                             select new { a.Code, a.AuditCode, a.Description, a.Owner, a.DueDate, Provider = p.Name }).ToListAsync(cancellationToken);
        return [.. actions.Select(a => new ReminderItem(
            null, a.Owner, Kind, $"{a.Code} {a.Description} ({a.Provider})", a.DueDate, $"/commissioning/audits/{Uri.EscapeDataString(a.AuditCode)}"))];
    }
}
