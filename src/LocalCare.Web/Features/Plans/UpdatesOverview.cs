using LocalCare.Core.Plans;
using LocalCare.Data;
using LocalCare.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Web.Features.Plans;

/// <summary>
/// The quarterly updates of a plan year: each quarter (deadline, locked or open), the open quarter, the signed-in user's
/// deliverables with their update for it, and what is due and overdue by owner in every started, unlocked quarter (the reminders).
/// </summary>
public sealed record UpdatesOverview(
    [property: System.Text.Json.Serialization.JsonIgnore] PlanYear PlanYear, string Year, DateOnly Today, IReadOnlyList<QuarterState> Quarters, QuarterState? Open, IReadOnlyList<MyDeliverable> Mine, IReadOnlyList<OwnerReminders> ByOwner);

/// <summary>A quarter of the year: when its updates are due, whether it has started or ended, and who locked it when (UTC).</summary>
public sealed record QuarterState(int Number, string Label, DateOnly Deadline, bool Started, bool Ended, string? LockedBy, DateTime? LockedAt);

/// <summary>One of the user's deliverables: its update for the open quarter (status code) or whether that is due or overdue.</summary>
public sealed record MyDeliverable(string Code, string Title, string? Status, bool Due, bool Overdue);

/// <summary>An owner's updates still to write, for every quarter that has started and is not locked; <c>Owner</c> is a user name, or null when nobody is named.</summary>
public sealed record OwnerReminders(string? Owner, int Due, int Overdue, IReadOnlyList<ReminderItem> Items);

/// <summary>A deliverable whose update is still to write: for which quarter (1..4, and its label "2024/25 Q3"), by when, and whether that has passed.</summary>
public sealed record ReminderItem(string Code, string Title, string AccountableOwner, int Quarter, string QuarterLabel, DateOnly Deadline, bool Overdue)
{
    public static ReminderItem Of(UpdateDue due) => new(due.Code, due.Title, due.Owner, due.Quarter.Number, due.Quarter.Label, due.Deadline, due.Overdue);
}

/// <summary>Builds <see cref="UpdatesOverview"/>; used by the updates page and <c>GET /api/updates</c>.</summary>
public sealed class UpdatesOverviewQuery(LocalCareDbContext db, QuarterlyUpdates updates)
{
    /// <summary>Null when there is no plan for the year (or none at all when <paramref name="year"/> is null).</summary>
    public async Task<UpdatesOverview?> LoadAsync(PlanYear? year, string? userName, CancellationToken cancellationToken)
    {
        if ((year ?? await PlanYears.LatestAsync(db, cancellationToken)) is not { } planYear || !await db.Priorities.AnyAsync(p => p.PlanYear == planYear, cancellationToken))
        {
            return null;
        }

        var today = updates.Today;
        var locks = await updates.LocksAsync(planYear, cancellationToken);
        var quarters = Enumerable.Range(1, 4).Select(n =>
        {
            var quarter = planYear.Quarter(n);
            var locked = locks.FirstOrDefault(l => l.Quarter == n);
            return new QuarterState(n, quarter.Label, QuarterlyReporting.Deadline(quarter), quarter.Start <= today, quarter.End < today, locked?.LockedBy, locked?.LockedAt);
        }).ToList();
        var open = QuarterlyReporting.OpenQuarter(planYear, [.. locks.Select(l => l.Quarter)], today);
        var deliverables = await db.Deliverables.AsNoTracking().Include(d => d.Updates).Where(d => d.PlanYear == planYear).ToListAsync(cancellationToken);
        var due = QuarterlyReporting.DueInUnlockedQuarters(deliverables, planYear, [.. locks.Select(l => l.Quarter)], today);

        var mine = deliverables
            .Where(d => userName is not null && string.Equals(d.OwnerUserName, userName, StringComparison.OrdinalIgnoreCase))
            .OrderBy(d => d.Code, StringComparer.Ordinal)
            .Select(d =>
            {
                var owed = open is { } openQuarter ? due.FirstOrDefault(u => u.Code == d.Code && u.Quarter.Number == openQuarter.Number) : null;
                return new MyDeliverable(d.Code, d.Title, open is { } q ? d.UpdateFor(q.Number)?.Status.ToCode() : null, owed is not null, owed?.Overdue ?? false);
            })
            .ToList();
        var byOwner = due.GroupBy(u => u.OwnerUserName?.ToLowerInvariant())
            .Select(g => new OwnerReminders(g.First().OwnerUserName, g.Count(u => !u.Overdue), g.Count(u => u.Overdue),
                [.. g.OrderByDescending(u => u.Overdue).ThenBy(u => u.Quarter.Number).ThenBy(u => u.Code, StringComparer.Ordinal).Select(ReminderItem.Of)]))
            .OrderByDescending(o => o.Overdue).ThenByDescending(o => o.Due).ThenBy(o => o.Owner, StringComparer.OrdinalIgnoreCase)
            .ToList();
        return new UpdatesOverview(planYear, planYear.Label, today, quarters, open is { } o ? quarters[o.Number - 1] : null, mine, byOwner);
    }
}
