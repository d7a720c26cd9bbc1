using LocalCare.Core.Reminders;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Data.Reminders;

/// <summary>Risks whose review falls due within the look-ahead (or has passed), to the risk's owner, due on its review date.</summary>
public sealed class RiskReviewReminders(LocalCareDbContext db) : IReminderSource
{
    public ReminderKind Kind => ReminderKind.RiskReview;

    public async Task<IReadOnlyList<ReminderItem>> ItemsAsync(DateOnly date, CancellationToken cancellationToken)
    {
        var last = ReminderDigest.LastDayAhead(date);
        var risks = await db.Risks.AsNoTracking().Where(r => r.ReviewDate <= last).ToListAsync(cancellationToken);
        return [.. risks.OrderBy(r => r.Code, StringComparer.Ordinal).Select(r => new ReminderItem(
            r.OwnerUserName, r.Owner, Kind, $"{r.Code} {r.Title}: review", r.ReviewDate, $"/risks/{Uri.EscapeDataString(r.Code)}"))];
    }
}
