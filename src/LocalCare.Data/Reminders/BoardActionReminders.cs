using LocalCare.Core.Boards;
using LocalCare.Core.Boards.Packs;
using LocalCare.Core.Reminders;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Data.Reminders;

/// <summary>Board actions still open or in progress, to whoever the action's owner maps to, due on its due date.</summary>
public sealed class BoardActionReminders(LocalCareDbContext db) : IReminderSource
{
    public ReminderKind Kind => ReminderKind.BoardAction;

    public async Task<IReadOnlyList<ReminderItem>> ItemsAsync(DateOnly date, CancellationToken cancellationToken)
    {
        var last = ReminderDigest.LastDayAhead(date);
        var actions = await db.BoardActions.AsNoTracking()
            .Where(a => (a.Status == BoardActionStatus.Open || a.Status == BoardActionStatus.InProgress) && a.Due <= last)
            .ToListAsync(cancellationToken);
        return [.. actions.Select(a => new ReminderItem(
            null, a.Owner, Kind, $"{a.Reference} {a.Description}", a.Due, $"/boards/{Uri.EscapeDataString(a.BoardCode)}/actions"))];
    }
}
