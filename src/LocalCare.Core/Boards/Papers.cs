namespace LocalCare.Core.Boards;

/// <summary>When a meeting's papers are due: its pack goes out a week before, so narratives are due by then.</summary>
public static class Papers
{
    /// <summary>Days before a meeting its papers are due.</summary>
    public const int DaysBeforeMeeting = 7;

    /// <summary>The papers deadline of a meeting on <paramref name="meeting"/>: a week before it.</summary>
    public static DateOnly DeadlineFor(DateOnly meeting) => meeting.AddDays(-DaysBeforeMeeting);
}
