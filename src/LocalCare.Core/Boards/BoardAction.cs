using LocalCare.Core.Boards.Packs;

namespace LocalCare.Core.Boards;

/// <summary>An action a board asked for at a meeting: who does what by when, its status and updates; closed only at a meeting.</summary>
public sealed class BoardAction
{
    /// <summary>Stable reference, e.g. <c>HPB-A-007</c>.</summary>
    public required string Reference { get; init; }

    public required string BoardCode { get; init; }

    public required int RaisedAtMeetingId { get; init; }

    public required string Description { get; set; }

    public required string Owner { get; set; }

    public required DateOnly Due { get; set; }

    public BoardActionStatus Status { get; set; }

    /// <summary>The meeting that closed it; null while it is not closed.</summary>
    public int? ClosedAtMeetingId { get; set; }

    public List<BoardActionUpdate> Updates { get; set; } = [];

    /// <summary>Due before <paramref name="today"/> and neither complete nor closed.</summary>
    public bool IsOverdue(DateOnly today) => Due < today && Status is BoardActionStatus.Open or BoardActionStatus.InProgress;
}

/// <summary>A progress note on a board action, with the status it set.</summary>
public sealed class BoardActionUpdate
{
    public int Id { get; set; }

    public required string ActionReference { get; init; }

    public required DateTime At { get; init; }

    public required string By { get; init; }

    public required string Text { get; init; }

    public required BoardActionStatus Status { get; init; }
}

/// <summary>A decision a board made at a meeting.</summary>
public sealed class BoardDecision
{
    /// <summary>Stable reference, e.g. <c>HPB-D-003</c>.</summary>
    public required string Reference { get; init; }

    public required string BoardCode { get; init; }

    public required int MeetingId { get; init; }

    public required string Decision { get; set; }
}

/// <summary>Text forms of <see cref="BoardActionStatus"/>, and the rule that only a meeting closes an action.</summary>
public static class BoardActionStatuses
{
    public static IReadOnlyList<BoardActionStatus> All { get; } = Enum.GetValues<BoardActionStatus>();

    public static string ToCode(this BoardActionStatus status) => status switch
    {
        BoardActionStatus.Open => "open",
        BoardActionStatus.InProgress => "in_progress",
        BoardActionStatus.Complete => "complete",
        BoardActionStatus.Closed => "closed",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    public static string ToLabel(this BoardActionStatus status) => status switch
    {
        BoardActionStatus.Open => "Open",
        BoardActionStatus.InProgress => "In progress",
        BoardActionStatus.Complete => "Complete",
        BoardActionStatus.Closed => "Closed",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    public static BoardActionStatus? Parse(string? code) =>
        All.Cast<BoardActionStatus?>().FirstOrDefault(s => string.Equals(s!.Value.ToCode(), code?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Why <paramref name="action"/> cannot be closed at <paramref name="meeting"/>, or null when it can: the meeting must be
    /// one of its board's, on or before today, and the action not closed already.
    /// </summary>
    public static string? WhyNotClosable(BoardAction action, Meeting meeting, DateOnly today) =>
        action.Status == BoardActionStatus.Closed ? $"Action {action.Reference} is already closed"
        : meeting.BoardCode != action.BoardCode ? $"Action {action.Reference} belongs to another board"
        : meeting.Date > today ? $"Action {action.Reference} can only be closed at a meeting that has taken place"
        : null;
}
