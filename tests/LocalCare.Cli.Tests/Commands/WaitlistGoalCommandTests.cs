using LocalCare.Core.Generation;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Cli.Tests.Commands;

/// <summary><c>localcare waitlist goal</c>: linking a deliverable to a waiting-list goal judged on a scenario, changing it, and removing it.</summary>
public sealed class WaitlistGoalCommandTests
{
    [Fact]
    public async Task Goal_IsStoredForTheDeliverable_OnTheUsersScenarioWhenACapacityIsGiven()
    {
        using var cli = new TestCli();
        await cli.RunAsync("init", "--demo");

        var run = await cli.RunAsync("waitlist", "goal", "--deliverable", "D2425-CH-01", "--service", "NUTRITION", "--over-weeks", "18", "--by", "2027-03", "--capacity", "12.5");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("D2425-CH-01: no one waiting over 18 weeks in NUTRITION by 2027-03, judged at 12.5 removals a week; its page checks the trajectory.", run.OutLines.Single());
        await using var db = cli.OpenDatabase();
        var goal = await db.WaitingGoals.SingleAsync(g => g.DeliverableCode == "D2425-CH-01", TestContext.Current.CancellationToken);
        Assert.Equal(("NUTRITION", 18, new YearMonth(2027, 3), "user", (double?)12.5), (goal.ServiceCode, goal.OverWeeks, goal.By, goal.Scenario, goal.Capacity));
    }

    [Fact]
    public async Task Goal_ForTheSameServiceAndThreshold_ChangesIt_OnTheScenarioGiven()
    {
        using var cli = new TestCli();
        await cli.RunAsync("init", "--demo");

        var first = await cli.RunAsync("waitlist", "goal", "--deliverable", "D2425-CH-01", "--service", "MSK", "--over-weeks", "52", "--by", "2027-03", "--capacity", "20");
        var second = await cli.RunAsync("waitlist", "goal", "--deliverable", "D2425-CH-01", "--service", "MSK", "--over-weeks", "52", "--by", "2027-06", "--scenario", "relief");

        Assert.Equal((0, 0), (first.ExitCode, second.ExitCode));
        Assert.Equal("D2425-CH-01: no one waiting over 52 weeks in MSK by 2027-06, judged at the relief capacity; its page checks the trajectory.", second.OutLines.Single());
        await using var db = cli.OpenDatabase();
        var goal = await db.WaitingGoals.SingleAsync(g => g.DeliverableCode == "D2425-CH-01", TestContext.Current.CancellationToken);
        Assert.Equal((new YearMonth(2027, 6), "relief", (double?)null), (goal.By, goal.Scenario, goal.Capacity));
    }

    [Fact]
    public async Task Remove_TakesTheGoalOffTheDeliverable_AndIsInItsHistory()
    {
        using var cli = new TestCli();
        await cli.RunAsync("init", "--demo");

        var run = await cli.RunAsync("waitlist", "goal", "--deliverable", "D2425-CH-20", "--service", "MSK", "--over-weeks", "65", "--remove");
        var again = await cli.RunAsync("waitlist", "goal", "--deliverable", "D2425-CH-20", "--service", "MSK", "--over-weeks", "65", "--remove");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("D2425-CH-20: the goal of no one waiting over 65 weeks in MSK is removed.", run.OutLines.Single());
        Assert.Equal((1, "D2425-CH-20 has no goal for MSK over 65 weeks."), (again.ExitCode, again.ErrorLines[0]));
        await using var db = cli.OpenDatabase();
        Assert.Equal(["PODIATRY"], await db.WaitingGoals.Where(g => g.DeliverableCode == "D2425-CH-20").Select(g => g.ServiceCode).ToListAsync(TestContext.Current.CancellationToken));
        Assert.True(await db.AuditEntries.AnyAsync(
            e => e.Subject == "deliverable:D2425-CH-20" && e.Entity == "WaitingGoal" && e.Action == Data.Audit.AuditAction.Deleted && e.EntityKey == "waiting goal MSK over 65 weeks",
            TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData(new[] { "--deliverable", "NOPE", "--service", "MSK", "--over-weeks", "65", "--by", "2027-03" }, "--deliverable: 'NOPE' is not a deliverable.")]
    [InlineData(new[] { "--deliverable", "D2425-CH-01", "--service", "NOPE", "--over-weeks", "65", "--by", "2027-03" }, "--service: 'NOPE' is not a service of the organisation.")]
    [InlineData(new[] { "--deliverable", "D2425-CH-01", "--service", "MSK", "--over-weeks", "40", "--by", "2027-03" }, "Argument '40' not recognized. Must be one of:")]
    [InlineData(new[] { "--deliverable", "D2425-CH-01", "--service", "MSK", "--over-weeks", "65" }, "Option '--by' is required.")]
    [InlineData(new[] { "--deliverable", "D2425-CH-01", "--service", "MSK", "--over-weeks", "65", "--by", "2027-03", "--scenario", "user" }, "--capacity: Enter the capacity the plan relies on, in removals a week.")]
    [InlineData(new[] { "--deliverable", "D2425-CH-01", "--service", "MSK", "--over-weeks", "65", "--by", "2027-03", "--scenario", "target", "--capacity", "9" }, "--capacity: Give a capacity only with the user scenario (your own capacity).")]
    [InlineData(new[] { "--deliverable", "D2425-CH-01", "--service", "MSK", "--over-weeks", "65", "--by", "2027-03", "--capacity", "-1" }, "--capacity: The capacity must be a number from 0 to 1,000,000 removals a week.")]
    [InlineData(new[] { "--deliverable", "D2425-CH-01", "--service", "MSK", "--over-weeks", "65", "--scenario", "best", "--by", "2027-03" }, "Argument 'best' not recognized. Must be one of:")]
    [InlineData(new[] { "--deliverable", "D2425-CH-20", "--service", "MSK", "--over-weeks", "65", "--by", "2027-03", "--remove" }, "--remove takes only --deliverable, --service and --over-weeks.")]
    public async Task Mistakes_AreOneLine_AndExit1(string[] args, string expected)
    {
        using var cli = new TestCli();
        await cli.RunAsync("init", "--demo");

        var run = await cli.RunAsync(["waitlist", "goal", .. args]);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith(expected, run.ErrorLines[0], StringComparison.Ordinal);
    }
}
