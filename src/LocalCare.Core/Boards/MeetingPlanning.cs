using System.Globalization;

namespace LocalCare.Core.Boards;

/// <summary>The rules for changing a board's calendar: which meetings may be deleted, and when a meeting may be added.</summary>
public static class MeetingPlanning
{
    /// <summary>
    /// Why <paramref name="meeting"/> cannot be deleted, or null when it can: only a planned meeting without a published pack, and
    /// at which no action was raised or closed and no decision recorded (the logs keep pointing at it).
    /// </summary>
    public static string? WhyNotDeletable(Meeting meeting, bool hasPack, bool hasLogEntries) =>
        meeting.Status != MeetingStatus.Planned ? $"Only a planned meeting can be deleted: this one's status is \"{meeting.Status.ToLabel().ToLowerInvariant()}\""
        : hasPack ? "A meeting with a published pack cannot be deleted"
        : hasLogEntries ? "Actions or decisions were recorded at this meeting, so it cannot be deleted"
        : null;

    /// <summary>Why a meeting on <paramref name="date"/> cannot be added to a board that meets on <paramref name="taken"/>, or null when it can.</summary>
    public static string? WhyNotAddable(string boardCode, DateOnly date, IEnumerable<DateOnly> taken) =>
        taken.Contains(date) ? $"{boardCode} already meets on {date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}" : null;
}
