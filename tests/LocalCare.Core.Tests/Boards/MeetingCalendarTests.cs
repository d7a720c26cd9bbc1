using LocalCare.Core.Boards;
using LocalCare.Core.Boards.Packs;
using LocalCare.Core.Generation;
using LocalCare.Core.Plans;

namespace LocalCare.Core.Tests.Boards;

public sealed class MeetingCalendarTests
{
    private static readonly PlanYear Year = new(2024);

    [Fact]
    public void Monthly_MeetsOnEveryMonthsThirdWednesday_ReportingToTheMonthBefore()
    {
        var meetings = MeetingCalendar.For(Cadence.Monthly, Year);

        Assert.Equal(12, meetings.Count);
        Assert.Equal((new DateOnly(2024, 4, 17), new YearMonth(2024, 3)), meetings[0]);
        Assert.Equal((new DateOnly(2025, 3, 19), new YearMonth(2025, 2)), meetings[^1]);
        Assert.All(meetings, m => Assert.Equal(DayOfWeek.Wednesday, m.Date.DayOfWeek));
        Assert.All(meetings, m => Assert.InRange(m.Date.Day, 15, 21));
    }

    [Fact]
    public void BimonthlyAndQuarterly_MeetInTheirMonths()
    {
        Assert.Equal([5, 7, 9, 11, 1, 3], MeetingCalendar.For(Cadence.Bimonthly, Year).Select(m => m.Date.Month));
        Assert.Equal([4, 7, 10, 1], MeetingCalendar.For(Cadence.Quarterly, Year).Select(m => m.Date.Month));
        Assert.Equal(new YearMonth(2024, 12), MeetingCalendar.For(Cadence.Quarterly, Year)[3].ReportingMonth); // January's meeting reports to Q3's end
    }

    [Fact]
    public void AnActionCloses_OnlyAtAMeetingOfItsBoardThatHasTakenPlace()
    {
        var action = new BoardAction { Reference = "HPB-A-001", BoardCode = "HPB", RaisedAtMeetingId = 1, Description = "D", Owner = "O", Due = new(2024, 8, 31) };
        var held = new Meeting { BoardCode = "HPB", Date = new(2024, 9, 18), ReportingMonth = new(2024, 8) };
        var later = new Meeting { BoardCode = "HPB", Date = new(2024, 10, 16), ReportingMonth = new(2024, 9) };
        var other = new Meeting { BoardCode = "AB", Date = new(2024, 7, 17), ReportingMonth = new(2024, 6) };
        var today = new DateOnly(2024, 9, 20);

        Assert.Null(BoardActionStatuses.WhyNotClosable(action, held, today));
        Assert.Equal("Action HPB-A-001 can only be closed at a meeting that has taken place", BoardActionStatuses.WhyNotClosable(action, later, today));
        Assert.Equal("Action HPB-A-001 belongs to another board", BoardActionStatuses.WhyNotClosable(action, other, today));
        action.Status = BoardActionStatus.Closed;
        Assert.Equal("Action HPB-A-001 is already closed", BoardActionStatuses.WhyNotClosable(action, held, today));
    }

    [Fact]
    public void AnAction_IsOverdue_PastItsDueDate_UntilCompleteOrClosed()
    {
        var action = new BoardAction { Reference = "R", BoardCode = "HPB", RaisedAtMeetingId = 1, Description = "D", Owner = "O", Due = new(2024, 8, 31) };

        Assert.False(action.IsOverdue(new(2024, 8, 31)));
        Assert.True(action.IsOverdue(new(2024, 9, 1)));
        action.Status = BoardActionStatus.Complete;
        Assert.False(action.IsOverdue(new(2024, 9, 1)));
    }
}
