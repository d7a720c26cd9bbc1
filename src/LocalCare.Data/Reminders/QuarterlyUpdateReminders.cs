using LocalCare.Core.Plans;
using LocalCare.Core.Reminders;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Data.Reminders;

/// <summary>
/// Quarterly updates still to write for every started, unlocked quarter (<see cref="QuarterlyReporting.DueInUnlockedQuarters"/>,
/// as /updates lists them) of this plan year and of the one before (whose Q4 updates are due in the new year's April): to the deliverable's update writer (<c>OwnerUserName</c>),
/// else whoever the accountable owner ("Director of Operations") maps to; due on the quarter's deadline.
/// </summary>
public sealed class QuarterlyUpdateReminders(LocalCareDbContext db) : IReminderSource
{
    public ReminderKind Kind => ReminderKind.QuarterlyUpdate;

    public async Task<IReadOnlyList<ReminderItem>> ItemsAsync(DateOnly date, CancellationToken cancellationToken)
    {
        var items = new List<ReminderItem>();
        foreach (var year in new[] { PlanYear.Of(date).Previous, PlanYear.Of(date) })
        {
            var deliverables = await db.Deliverables.AsNoTracking().Include(d => d.Updates).Where(d => d.PlanYear == year).ToListAsync(cancellationToken);
            if (deliverables.Count == 0)
            {
                continue;
            }

            var locked = await db.QuarterLocks.AsNoTracking().Where(l => l.PlanYear == year).Select(l => l.Quarter).ToListAsync(cancellationToken);
            items.AddRange(QuarterlyReporting.DueInUnlockedQuarters(deliverables, year, locked, date).Select(u => new ReminderItem(
                u.OwnerUserName, u.Owner, Kind, $"{u.Code} {u.Title}: {u.Quarter.Label} update", u.Deadline, $"/deliverables/{Uri.EscapeDataString(u.Code)}/updates/{u.Quarter.Number}")));
        }

        return items;
    }
}
