using System.Globalization;

namespace LocalCare.Core.Plans;

/// <summary>
/// The quarterly update cycle: which quarter is open for updates, when its updates are due, which deliverables still owe one,
/// and whether an update may still be written (a locked quarter is read-only).
/// </summary>
public static class QuarterlyReporting
{
    /// <summary>The earliest quarter of <paramref name="year"/> that has started by <paramref name="today"/> and is not locked; null when the year has not started or every started quarter is locked.</summary>
    public static PlanQuarter? OpenQuarter(PlanYear year, IReadOnlyCollection<int> lockedQuarters, DateOnly today)
    {
        for (var number = 1; number <= 4; number++)
        {
            var quarter = year.Quarter(number);
            if (quarter.Start > today)
            {
                return null;
            }

            if (!lockedQuarters.Contains(number))
            {
                return quarter;
            }
        }

        return null;
    }

    /// <summary>A quarter's updates are due by the last day of the month after it ends: Q3 (October to December) by 31 January.</summary>
    public static DateOnly Deadline(PlanQuarter quarter) => quarter.End.AddDays(1).AddMonths(1).AddDays(-1);

    /// <summary>Every deliverable that owes an update for <paramref name="quarter"/> (none written yet, not delivered in an earlier quarter), in code order.</summary>
    public static IReadOnlyList<UpdateDue> Due(IEnumerable<Deliverable> deliverables, PlanQuarter quarter, DateOnly today)
    {
        var deadline = Deadline(quarter);
        return [.. deliverables
            .Where(d => d.PlanYear == quarter.Year && d.UpdateFor(quarter.Number) is null && !d.DeliveredBefore(quarter.Number))
            .OrderBy(d => d.Code, StringComparer.Ordinal)
            .Select(d => new UpdateDue(d.Code, d.Title, d.Owner, d.OwnerUserName, quarter, deadline, today > deadline))];
    }

    /// <summary>
    /// Every update still owed for the quarters of <paramref name="year"/> that have started by <paramref name="today"/> and are
    /// not locked (the reminders: a late Q3 update is still owed while Q4 is written), earliest quarter first, code order within each.
    /// A locked quarter owes nothing more: its updates can no longer be written.
    /// </summary>
    public static IReadOnlyList<UpdateDue> DueInUnlockedQuarters(IEnumerable<Deliverable> deliverables, PlanYear year, IReadOnlyCollection<int> lockedQuarters, DateOnly today)
    {
        var list = deliverables as IReadOnlyCollection<Deliverable> ?? [.. deliverables];
        return [.. Enumerable.Range(1, 4)
            .Select(year.Quarter)
            .Where(q => q.Start <= today && !lockedQuarters.Contains(q.Number))
            .SelectMany(q => Due(list, q, today))];
    }

    /// <summary>Why an update for <paramref name="quarter"/> cannot be written now, or null when it can.</summary>
    public static string? WhyNotWritable(PlanQuarter quarter, IReadOnlyCollection<int> lockedQuarters, DateOnly today) =>
        lockedQuarters.Contains(quarter.Number) ? $"{quarter.Label} is locked: its updates can no longer be changed"
        : quarter.Start > today ? string.Create(CultureInfo.InvariantCulture, $"{quarter.Label} has not started yet: updates can be written from {quarter.Start:d MMMM yyyy}")
        : null;
}

/// <summary>A deliverable that owes an update: who owns it, for which quarter, by when, and whether that date has passed.</summary>
public sealed record UpdateDue(string Code, string Title, string Owner, string? OwnerUserName, PlanQuarter Quarter, DateOnly Deadline, bool Overdue);
