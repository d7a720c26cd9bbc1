using LocalCare.Core.Plans;

namespace LocalCare.Core.Tests.Plans;

public sealed class QuarterlyReportingTests
{
    private static readonly PlanYear Year = new(2024);

    [Theory]
    [InlineData("2024-03-31", "", null)] // the year has not started
    [InlineData("2024-04-01", "", 1)]
    [InlineData("2025-01-15", "", 1)] // nothing locked: Q1 is still open
    [InlineData("2025-01-15", "1 2", 3)]
    [InlineData("2025-01-15", "1 2 3", 4)] // Q4 started on 1 January
    [InlineData("2024-12-15", "1 2 3", null)] // Q4 has not started
    [InlineData("2025-06-01", "1 2 3 4", null)]
    [InlineData("2025-06-01", "1 3", 2)]
    public void OpenQuarter_IsTheEarliestStartedQuarterNotLocked(string today, string locked, int? expected)
    {
        var lockedQuarters = locked.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToList();

        Assert.Equal(expected, QuarterlyReporting.OpenQuarter(Year, lockedQuarters, DateOnly.Parse(today))?.Number);
    }

    [Theory]
    [InlineData(1, "2024-07-31")]
    [InlineData(3, "2025-01-31")]
    [InlineData(4, "2025-04-30")]
    public void Deadline_IsTheLastDayOfTheMonthAfterTheQuarter(int quarter, string deadline) =>
        Assert.Equal(DateOnly.Parse(deadline), QuarterlyReporting.Deadline(Year.Quarter(quarter)));

    [Fact]
    public void Due_ListsDeliverablesWithoutAnUpdate_LeavingOutThoseDeliveredEarlier_OverdueAfterTheDeadline()
    {
        Deliverable[] deliverables =
        [
            Make("D-3", (1, DeliverableStatus.OnTrack), (2, DeliverableStatus.OnTrack), (3, DeliverableStatus.AtRisk)), // written
            Make("D-1", (1, DeliverableStatus.OnTrack)),
            Make("D-2", (1, DeliverableStatus.Delivered)), // nothing more to report
            Make("D-4"),
        ];
        var quarter = Year.Quarter(3);

        var onTheDay = QuarterlyReporting.Due(deliverables, quarter, new DateOnly(2025, 1, 31));
        var dayAfter = QuarterlyReporting.Due(deliverables, quarter, new DateOnly(2025, 2, 1));

        Assert.Equal(["D-1", "D-4"], onTheDay.Select(d => d.Code));
        Assert.All(onTheDay, d => Assert.False(d.Overdue));
        Assert.All(dayAfter, d => Assert.True(d.Overdue));
        Assert.Equal(("manager", new DateOnly(2025, 1, 31)), (onTheDay[0].OwnerUserName, onTheDay[0].Deadline));
    }

    [Fact]
    public void DueInUnlockedQuarters_ListsWhatEachStartedUnlockedQuarterOwes_EarliestQuarterFirst()
    {
        Deliverable[] deliverables =
        [
            Make("D-1", (1, DeliverableStatus.OnTrack), (2, DeliverableStatus.OnTrack)), // owes Q3 and Q4
            Make("D-2", (1, DeliverableStatus.OnTrack), (2, DeliverableStatus.OnTrack), (3, DeliverableStatus.OnTrack)), // owes Q4
            Make("D-3", (2, DeliverableStatus.Delivered)), // delivered: owes nothing after Q2
        ];
        var today = new DateOnly(2025, 2, 10); // Q3 overdue since 31 January, Q4 started 1 January

        var due = QuarterlyReporting.DueInUnlockedQuarters(deliverables, Year, [1, 2], today);
        var q3Locked = QuarterlyReporting.DueInUnlockedQuarters(deliverables, Year, [1, 2, 3], today);
        var beforeQ4 = QuarterlyReporting.DueInUnlockedQuarters(deliverables, Year, [1, 2], new DateOnly(2024, 12, 31));

        Assert.Equal([("D-1", 3, true), ("D-1", 4, false), ("D-2", 4, false)], due.Select(d => (d.Code, d.Quarter.Number, d.Overdue)));
        Assert.Equal([("D-1", 4), ("D-2", 4)], q3Locked.Select(d => (d.Code, d.Quarter.Number)));
        Assert.Equal([("D-1", 3)], beforeQ4.Select(d => (d.Code, d.Quarter.Number)));
    }

    [Fact]
    public void WhyNotWritable_RefusesALockedQuarterAndOneNotStarted()
    {
        var today = new DateOnly(2024, 12, 15);

        Assert.Equal("2024/25 Q2 is locked: its updates can no longer be changed", QuarterlyReporting.WhyNotWritable(Year.Quarter(2), [1, 2], today));
        Assert.Equal("2024/25 Q4 has not started yet: updates can be written from 1 January 2025", QuarterlyReporting.WhyNotWritable(Year.Quarter(4), [], today));
        Assert.Null(QuarterlyReporting.WhyNotWritable(Year.Quarter(4), [], today.AddDays(17)));
        Assert.Null(QuarterlyReporting.WhyNotWritable(Year.Quarter(3), [1, 2], today));
    }

    private static Deliverable Make(string code, params (int Quarter, DeliverableStatus Status)[] updates) => new()
    {
        Code = code,
        PlanYear = Year,
        PriorityCode = "P",
        WorkplanCode = "CH",
        Title = code,
        Owner = "Director",
        OwnerUserName = "manager",
        DueQuarter = 4,
        Updates = [.. updates.Select(u => new DeliverableUpdate { DeliverableCode = code, Quarter = u.Quarter, Status = u.Status })],
    };
}
