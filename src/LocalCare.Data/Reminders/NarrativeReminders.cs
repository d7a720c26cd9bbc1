using LocalCare.Core.Boards;
using LocalCare.Core.Boards.Packs;
using LocalCare.Core.Reminders;
using LocalCare.Data.Boards;
using LocalCare.Warehouse.Quality;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Data.Reminders;

/// <summary>
/// Exception narratives before a meeting: for each board's next meeting (on or after the date, pack not yet published), every
/// exception of its draft pack without a narrative, to the metric's accountable user, due at the papers deadline
/// (<see cref="Papers"/>). A meeting whose deadline is beyond the look-ahead is not built at all.
/// </summary>
/// <remarks>
/// Exceptions come from the metrics' readings, targets and flags in the app database; the warehouse only feeds the pack's
/// data-quality marks and waiting lists, so it is not opened (no lock taken while an import runs).
/// </remarks>
public sealed class NarrativeReminders(LocalCareDbContext db, PackInputs inputs) : IReminderSource
{
    public ReminderKind Kind => ReminderKind.ExceptionNarrative;

    /// <summary>Owner text of an exception whose metric names no accountable user.</summary>
    public const string NoAccountableUser = "No accountable user named";

    public async Task<IReadOnlyList<ReminderItem>> ItemsAsync(DateOnly date, CancellationToken cancellationToken)
    {
        var last = ReminderDigest.LastDayAhead(date);
        var upcoming = await db.Meetings.AsNoTracking()
            .Where(m => m.Date >= date && (m.Status == MeetingStatus.Planned || m.Status == MeetingStatus.PackDraft))
            .ToListAsync(cancellationToken);
        var items = new List<ReminderItem>();
        foreach (var meeting in upcoming.GroupBy(m => m.BoardCode).Select(g => g.MinBy(m => m.Date)!).OrderBy(m => m.BoardCode, StringComparer.Ordinal))
        {
            var deadline = Papers.DeadlineFor(meeting.Date);
            if (deadline > last)
            {
                continue;
            }

            var input = await inputs.ForMeetingAsync(meeting.Id, version: 1, turn: _ => Task.FromResult(new PackWarehouseFigures(new Dictionary<string, SourceMonth>(), null)), cancellationToken: cancellationToken);
            if (input is null)
            {
                continue;
            }

            var pack = BoardPackBuilder.Build(input);
            items.AddRange(pack.MissingNarrative.Select(m => new ReminderItem(
                m.Metric.AccountableUserName,
                m.Metric.AccountableUserName ?? NoAccountableUser,
                Kind,
                $"{m.Metric.Name}: exception narrative for {pack.Title}",
                deadline,
                $"/meetings/{meeting.Id}/narratives/{Uri.EscapeDataString(m.Id)}")));
        }

        return items;
    }
}
