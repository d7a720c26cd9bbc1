using LocalCare.Core.Boards;
using LocalCare.Core.Boards.Packs;

namespace LocalCare.Data.Demo;

public static partial class DemoPlan
{
    /// <summary>Who is accountable for a board's metrics in the demo: the Health Performance Board's the demo manager, the rest the demo executive.</summary>
    public static string AccountableFor(string boardCode) => boardCode == StandardBoards.HealthPerformance ? "manager" : "executive";

    /// <summary>When the demo's metric definitions were last reviewed: most in May 2024; the manual ones never (their mark shows it).</summary>
    public static DateOnly? ReviewedOn(bool manual) => manual ? null : new DateOnly(2024, 5, 14);

    /// <summary>
    /// The Health Performance Board's actions, raised at its meetings of the year (by month of the meeting): one done and
    /// closed, one in progress, one overdue, one not yet due. Fresh instances; <paramref name="meetingIn"/> gives a meeting's id.
    /// </summary>
    public static IReadOnlyList<BoardAction> Actions(Func<int, int> meetingIn) =>
    [
        Action("HPB-A-001", meetingIn(6), "Bring a recovery trajectory for the two services behind the 18-week standard", "Director of Operations", new(2024, 8, 31), BoardActionStatus.Closed, closedAt: meetingIn(9)),
        Action("HPB-A-002", meetingIn(9), "Report the effect of protected training time on children's mandatory training", "Chief Nurse", new(2024, 12, 31), BoardActionStatus.InProgress),
        Action("HPB-A-003", meetingIn(10), "Set out the plan to validate every waiting list with MFT's rules", "Director of Operations", new(2024, 11, 30), BoardActionStatus.Open),
        Action("HPB-A-004", meetingIn(12), "Review sickness absence hotspots with HR business partners", "Director of HR and OD", new(2025, 3, 31), BoardActionStatus.Open),
    ];

    /// <summary>The Health Performance Board's decisions of the year. Fresh instances.</summary>
    public static IReadOnlyList<BoardDecision> Decisions(Func<int, int> meetingIn) =>
    [
        new() { Reference = "HPB-D-001", BoardCode = StandardBoards.HealthPerformance, MeetingId = meetingIn(6), Decision = "Adopt the Making Data Count summary matrix as the front page of the performance report." },
        new() { Reference = "HPB-D-002", BoardCode = StandardBoards.HealthPerformance, MeetingId = meetingIn(10), Decision = "Accept limited assurance on waiting times until the validation programme completes." },
    ];

    private static BoardAction Action(string reference, int raisedAt, string description, string owner, DateOnly due, BoardActionStatus status, int? closedAt = null) => new()
    {
        Reference = reference,
        BoardCode = StandardBoards.HealthPerformance,
        RaisedAtMeetingId = raisedAt,
        Description = description,
        Owner = owner,
        Due = due,
        Status = status,
        ClosedAtMeetingId = closedAt,
    };
}
