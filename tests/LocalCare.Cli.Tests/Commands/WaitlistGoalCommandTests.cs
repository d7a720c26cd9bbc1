using LocalCare.Core.Generation;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Cli.Tests.Commands;

/// <summary><c>localcare waitlist goal</c>: linking a deliverable to a waiting-list goal.</summary>
public sealed class WaitlistGoalCommandTests
{
    [Fact]
    public async Task Goal_IsStoredForTheDeliverable()
    {
        using var cli = new TestCli();
        await cli.RunAsync("init", "--demo");

        var run = await cli.RunAsync("waitlist", "goal", "--deliverable", "D2425-CH-01", "--service", "NUTRITION", "--over-weeks", "18", "--by", "2027-03", "--capacity", "12.5");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("D2425-CH-01: no one waiting over 18 weeks in NUTRITION by 2027-03; its page checks the trajectory.", run.OutLines.Single());
        await using var db = cli.OpenDatabase();
        var goal = await db.WaitingGoals.SingleAsync(g => g.DeliverableCode == "D2425-CH-01", TestContext.Current.CancellationToken);
        Assert.Equal(("NUTRITION", 18, new YearMonth(2027, 3), (double?)12.5), (goal.ServiceCode, goal.OverWeeks, goal.By, goal.Capacity));
    }

    [Theory]
    [InlineData(new[] { "--deliverable", "NOPE", "--service", "MSK", "--over-weeks", "65", "--by", "2027-03" }, "--deliverable: 'NOPE' is not a deliverable.")]
    [InlineData(new[] { "--deliverable", "D2425-CH-01", "--service", "NOPE", "--over-weeks", "65", "--by", "2027-03" }, "--service: 'NOPE' is not a service of the organisation.")]
    [InlineData(new[] { "--deliverable", "D2425-CH-01", "--service", "MSK", "--over-weeks", "40", "--by", "2027-03" }, "Argument '40' not recognized. Must be one of:")]
    public async Task Mistakes_AreOneLine_AndExit1(string[] args, string expected)
    {
        using var cli = new TestCli();
        await cli.RunAsync("init", "--demo");

        var run = await cli.RunAsync(["waitlist", "goal", .. args]);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith(expected, run.ErrorLines[0], StringComparison.Ordinal);
    }
}
