using LocalCare.Core.Generation;
using LocalCare.Core.WaitingLists;

namespace LocalCare.Core.Tests.WaitingLists;

public sealed class WaitingGoalInputTests
{
    private static readonly string[] Services = ["MSK", "PODIATRY"];

    [Fact]
    public void AGoodGoal_HasNoProblems_AndIsAppliedWithItsScenario()
    {
        var input = new WaitingGoalInput(" MSK ", 65, "2027-03", " Relief ", null);
        var goal = new WaitingGoal { DeliverableCode = "CH-20", ServiceCode = "", OverWeeks = 0, By = default };

        input.ApplyTo(goal);

        Assert.Empty(input.Problems(Services));
        Assert.Equal(("MSK", 65, new YearMonth(2027, 3), "relief", (double?)null), (goal.ServiceCode, goal.OverWeeks, goal.By, goal.Scenario, goal.Capacity));
    }

    [Fact]
    public void NoScenario_IsTheCurrentCapacity()
    {
        var input = new WaitingGoalInput("MSK", 18, "2027-03", null, null);

        Assert.Empty(input.Problems(Services));
        Assert.Equal("current", input.ScenarioName);
    }

    [Fact]
    public void AnEmptyGoal_NamesEachMissingField()
    {
        var problems = new WaitingGoalInput(null, null, " ", null, null).Problems(Services);

        Assert.Equal(
            [("service", "Select the service whose waiting list it is about"), ("over_weeks", "Select the longest wait allowed: 18, 52, 65 or 78 weeks"), ("by", "Enter the month the goal must be met by, such as 2026-03")],
            problems.Select(p => (p.Field, p.Message)));
    }

    [Theory]
    [InlineData("NOPE", 65, "2027-03", "current", null, "service", "Service 'NOPE' is not a service of the organisation")]
    [InlineData("MSK", 104, "2027-03", "current", null, "over_weeks", "The longest wait must be 18, 52, 65 or 78 weeks (not 104)")]
    [InlineData("MSK", 65, "2027-3", "current", null, "by", "The month must be written YYYY-MM, such as 2026-03 (not '2027-3')")]
    [InlineData("MSK", 65, "2027-03", "best", null, "scenario", "The scenario must be current, target, relief or user (not 'best')")]
    [InlineData("MSK", 65, "2027-03", "user", null, "capacity", "Enter the capacity the plan relies on, in removals a week")]
    [InlineData("MSK", 65, "2027-03", "user", -1.0, "capacity", "The capacity must be a number from 0 to 1,000,000 removals a week")]
    [InlineData("MSK", 65, "2027-03", "user", 2_000_000.0, "capacity", "The capacity must be a number from 0 to 1,000,000 removals a week")]
    [InlineData("MSK", 65, "2027-03", "target", 12.0, "capacity", "Give a capacity only with the user scenario (your own capacity)")]
    public void EachMistake_IsNamedUnderItsField(string service, int overWeeks, string by, string scenario, double? capacity, string field, string message)
    {
        var problem = Assert.Single(new WaitingGoalInput(service, overWeeks, by, scenario, capacity).Problems(Services));

        Assert.Equal((field, message), (problem.Field, problem.Message));
    }

    [Fact]
    public void AUserCapacityOf0_IsAllowed()
    {
        Assert.Empty(new WaitingGoalInput("MSK", 65, "2027-03", "user", 0).Problems(Services));
    }
}
