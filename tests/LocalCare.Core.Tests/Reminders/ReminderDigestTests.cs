using LocalCare.Core.Reminders;

namespace LocalCare.Core.Tests.Reminders;

public sealed class ReminderDigestTests
{
    private static readonly DateOnly Today = new(2025, 1, 15);

    private static ReminderItem Item(string title, DateOnly due, string? user = "manager", ReminderKind kind = ReminderKind.BoardAction) =>
        new(user, "Director of Operations", kind, title, due, "/x");

    [Fact]
    public void For_PutsOverdueFirstOldestFirst_ThenDueSoonSoonestFirst()
    {
        var digest = ReminderDigest.For("manager", Today,
        [
            Item("soon later", Today.AddDays(10)),
            Item("overdue recent", Today.AddDays(-1)),
            Item("today", Today),
            Item("overdue old", Today.AddDays(-40)),
        ]);

        Assert.Equal(["overdue old", "overdue recent"], digest.Overdue.Select(i => i.Title));
        Assert.Equal(["today", "soon later"], digest.DueSoon.Select(i => i.Title));
        Assert.Equal(["overdue old", "overdue recent", "today", "soon later"], digest.Items.Select(i => i.Title));
    }

    [Fact]
    public void For_OnTheWindowsBoundaries_YesterdayIsOverdue_TodayAndDay14AreDue_Day15Waits()
    {
        var digest = ReminderDigest.For("manager", Today,
            [Item("yesterday", Today.AddDays(-1)), Item("today", Today), Item("day 14", Today.AddDays(14)), Item("day 15", Today.AddDays(15))]);

        Assert.Equal(["yesterday"], digest.Overdue.Select(i => i.Title));
        Assert.Equal(["today", "day 14"], digest.DueSoon.Select(i => i.Title));
        Assert.Equal(new DateOnly(2025, 1, 29), ReminderDigest.LastDayAhead(Today));
    }

    [Fact]
    public void For_TakesOnlyTheUsersItems_IgnoringCase()
    {
        var digest = ReminderDigest.For("Manager", Today, [Item("mine", Today), Item("theirs", Today, "executive"), Item("nobody's", Today, null)]);

        Assert.Equal(["mine"], digest.Items.Select(i => i.Title));
    }

    [Fact]
    public void ForEveryone_GivesOneDigestPerUserWithItemsInTheWindow_LeavingOutUnmatchedAndLaterItems()
    {
        var digests = ReminderDigest.ForEveryone(Today,
            [Item("a", Today, "manager"), Item("b", Today.AddDays(-3), "MANAGER"), Item("later", Today.AddDays(30), "analyst"), Item("c", Today, "executive"), Item("d", Today, null)]);

        Assert.Equal(["executive", "manager"], digests.Select(d => d.UserName));
        Assert.Equal(2, digests[1].Count);
        Assert.Equal(["b", "a"], digests[1].Items.Select(i => i.Title));
    }

    [Fact]
    public void For_OrdersItemsDueTheSameDayByKindThenTitle()
    {
        var digest = ReminderDigest.For("manager", Today,
            [Item("z action", Today, kind: ReminderKind.BoardAction), Item("b update", Today, kind: ReminderKind.QuarterlyUpdate), Item("a action", Today, kind: ReminderKind.BoardAction)]);

        Assert.Equal(["b update", "a action", "z action"], digest.Items.Select(i => i.Title));
    }
}
