using System.Globalization;
using LocalCare.Core.Boards;
using LocalCare.Core.Generation;
using LocalCare.Core.Inputs;
using LocalCare.Core.Plans;
using LocalCare.Core.Time;
using LocalCare.Data;
using LocalCare.Data.Setup;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Web.Features.Boards;

/// <summary>
/// A board's calendar as an administrator changes it (docs/board-packs.md "Meetings"): adds a meeting on a date, deletes a planned
/// meeting that has no pack, and plans the next plan year's meetings from the board's cadence, as <c>localcare init</c> plans the current year's.
/// </summary>
public sealed class BoardMeetings(LocalCareDbContext db, TimeProvider clock)
{
    /// <summary>The plan year after today's: the one an administrator plans ahead.</summary>
    public PlanYear NextPlanYear => PlanYear.Of(UkTime.Today(clock)).Next;

    /// <summary>Adds a planned meeting on <paramref name="date"/> (reporting to the month before unless <paramref name="reportingMonth"/> says); null when there is no such board.</summary>
    public async Task<MeetingPlanResult?> AddAsync(string boardCode, string? date, string? reportingMonth, CancellationToken cancellationToken)
    {
        if (!await db.Boards.AnyAsync(b => b.Code == boardCode, cancellationToken))
        {
            return null;
        }

        var problems = new List<FieldProblem>();
        var parsedDate = DateOnly.TryParseExact(date?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : (DateOnly?)null;
        if (parsedDate is null)
        {
            problems.Add(new("new-meeting-date", string.IsNullOrWhiteSpace(date) ? "Enter the meeting's date" : "The meeting's date must be a real date, such as 2025-06-18"));
        }
        else if (MeetingPlanning.WhyNotAddable(boardCode, day, await db.Meetings.Where(m => m.BoardCode == boardCode).Select(m => m.Date).ToListAsync(cancellationToken)) is { } taken)
        {
            problems.Add(new("new-meeting-date", taken));
        }

        var month = default(YearMonth);
        if (!string.IsNullOrWhiteSpace(reportingMonth) && !YearMonth.TryParse(reportingMonth.Trim(), out month))
        {
            problems.Add(new("new-meeting-reporting-month", "The month the pack reports to must be written YYYY-MM, such as 2025-05"));
        }

        if (problems.Count > 0)
        {
            return new MeetingPlanResult([], problems);
        }

        var meeting = StandardSetup.Planned(boardCode, day, string.IsNullOrWhiteSpace(reportingMonth) ? MeetingCalendar.DefaultReportingMonth(day) : month);
        db.Meetings.Add(meeting);
        await db.SaveChangesAsync(cancellationToken);
        return new MeetingPlanResult([meeting], []);
    }

    /// <summary>Deletes a planned meeting without a pack or log entries; the problems, or none. Null when there is no such meeting.</summary>
    public async Task<IReadOnlyList<FieldProblem>?> DeleteAsync(int meetingId, CancellationToken cancellationToken)
    {
        var meeting = await db.Meetings.SingleOrDefaultAsync(m => m.Id == meetingId, cancellationToken);
        if (meeting is null)
        {
            return null;
        }

        var hasPack = await db.PackVersions.AnyAsync(v => v.MeetingId == meetingId, cancellationToken);
        var hasLogEntries = await db.BoardActions.AnyAsync(a => a.RaisedAtMeetingId == meetingId || a.ClosedAtMeetingId == meetingId, cancellationToken)
            || await db.BoardDecisions.AnyAsync(d => d.MeetingId == meetingId, cancellationToken);
        if (MeetingPlanning.WhyNotDeletable(meeting, hasPack, hasLogEntries) is { } reason)
        {
            return [new FieldProblem(DeleteField(meetingId), reason)];
        }

        db.Meetings.Remove(meeting);
        await db.SaveChangesAsync(cancellationToken);
        return [];
    }

    /// <summary>
    /// Plans the board's meetings for the next plan year from its cadence (<see cref="MeetingCalendar"/>), refused when the board
    /// already has a meeting that year; null when there is no such board.
    /// </summary>
    public async Task<MeetingPlanResult?> PlanNextYearAsync(string boardCode, CancellationToken cancellationToken)
    {
        if (!await db.Boards.AnyAsync(b => b.Code == boardCode, cancellationToken))
        {
            return null;
        }

        var year = NextPlanYear;
        var existing = await db.Meetings.CountAsync(m => m.BoardCode == boardCode && m.Date >= year.Start && m.Date <= year.End, cancellationToken);
        if (existing > 0)
        {
            return new MeetingPlanResult([], [new FieldProblem("next-year", $"{boardCode} already has {existing} {(existing == 1 ? "meeting" : "meetings")} in {year.Label}: add any others one by one")]);
        }

        return new MeetingPlanResult(await new StandardSetup(db).EnsureMeetingsAsync(year, boardCode, cancellationToken), []);
    }

    /// <summary>The field a refused deletion's message belongs to: the meeting's row.</summary>
    public static string DeleteField(int meetingId) => "delete-" + meetingId.ToString(CultureInfo.InvariantCulture);
}

/// <summary>What a change to a board's calendar did: the meetings it added, or the problems that stopped it.</summary>
public sealed record MeetingPlanResult(IReadOnlyList<Meeting> Meetings, IReadOnlyList<FieldProblem> Problems);
