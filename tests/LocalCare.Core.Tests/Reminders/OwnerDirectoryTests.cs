using LocalCare.Core.Reminders;

namespace LocalCare.Core.Tests.Reminders;

public sealed class OwnerDirectoryTests
{
    private static readonly ReminderUser Manager = new("manager", "Sam Patel", "sam.patel@example.org");
    private static readonly ReminderUser Executive = new("executive", "manager", "exec@example.org");

    private static OwnerDirectory Directory(IReadOnlyDictionary<string, string>? aliases = null) => new([Manager, Executive], aliases);

    [Fact]
    public void Match_TheRecordsUserName_WhenItIsAUser()
    {
        Assert.Equal("executive", Directory().Match("EXECUTIVE", "Director of Operations")?.UserName);
    }

    [Fact]
    public void Match_FallsBackToTheOwnerText_WhenTheUserNameIsNoUser()
    {
        Assert.Equal("manager", Directory().Match("gone", "Sam Patel")?.UserName);
    }

    [Theory]
    [InlineData("Sam Patel")]
    [InlineData("  sam patel ")]
    [InlineData("sam.patel@example.org")]
    [InlineData("Manager")]
    public void Match_OwnerTextByDisplayNameEmailOrUserName(string owner)
    {
        Assert.Equal("manager", Directory().Match(null, owner)?.UserName);
    }

    [Fact]
    public void Match_AUserNameWinsOverAnotherUsersDisplayName()
    {
        // The executive's display name is "manager", but "manager" is the manager's user name.
        Assert.Equal("manager", Directory().Match(null, "manager")?.UserName);
    }

    [Fact]
    public void Match_JobTitleThroughTheAliases()
    {
        var directory = Directory(new Dictionary<string, string> { ["Director of Operations"] = "manager", ["Chief Nurse"] = "nobody" });

        Assert.Equal("manager", directory.Match(null, "director of operations")?.UserName);
        Assert.Null(directory.Match(null, "Chief Nurse")); // an alias to no user matches nobody
        Assert.Null(directory.Match(null, "Director of HR and OD"));
        Assert.Null(directory.Match(null, "  "));
    }

    [Fact]
    public void Resolve_SetsEachItemsUserName_OrNullWhenUnmatched()
    {
        var items = Directory().Resolve(
        [
            new ReminderItem("MANAGER", "x", ReminderKind.QuarterlyUpdate, "a", new DateOnly(2025, 1, 1), "/a"),
            new ReminderItem(null, "Registered manager", ReminderKind.AuditAction, "b", new DateOnly(2025, 1, 1), "/b"),
        ]);

        Assert.Equal(["manager", null], items.Select(i => i.UserName));
    }
}
