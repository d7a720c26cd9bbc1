using LocalCare.Core.Boards;
using LocalCare.Core.Boards.Packs;

namespace LocalCare.Web.Features.Boards;

/// <summary>A meeting as listed: <c>Status</c> is its code (planned, pack_draft, pack_published, held) and <c>StatusLabel</c> its words; <c>Versions</c> how many packs were published.</summary>
public sealed record MeetingSummary(int Id, string BoardCode, DateOnly Date, string ReportingMonth, string Status, string StatusLabel, int Versions);

/// <summary>An action of a board's log, with whether it is overdue at the meeting (or today) it is read for.</summary>
public sealed record ActionRow(
    string Reference, string Description, string Owner, DateOnly Due, string Status, bool Overdue, DateOnly RaisedAt, DateOnly? ClosedAt, string? LatestUpdate);

/// <summary>A decision of a board's log: where it was made.</summary>
public sealed record DecisionRow(string Reference, DateOnly MadeAt, string Decision);

/// <summary>Ways the boards' pages and API show things.</summary>
public static class MeetingText
{
    public static ActionRow Row(BoardAction action, IReadOnlyDictionary<int, DateOnly> meetingDates, DateOnly asOf) => new(
        action.Reference,
        action.Description,
        action.Owner,
        action.Due,
        action.Status.ToCode(),
        action.IsOverdue(asOf),
        meetingDates.GetValueOrDefault(action.RaisedAtMeetingId),
        action.ClosedAtMeetingId is { } closed ? meetingDates.GetValueOrDefault(closed) : null,
        action.Updates.OrderByDescending(u => u.At).FirstOrDefault()?.Text);

    /// <summary>The log's order: overdue first, then open before complete before closed, then by due date.</summary>
    public static IReadOnlyList<ActionRow> Ordered(IEnumerable<ActionRow> rows) =>
        [.. rows.OrderByDescending(r => r.Overdue).ThenBy(r => r.Status == BoardActionStatus.Closed.ToCode()).ThenBy(r => r.Status == BoardActionStatus.Complete.ToCode())
            .ThenBy(r => r.Due).ThenBy(r => r.Reference, StringComparer.Ordinal)];
}
