using LocalCare.Core.Generation;
using LocalCare.Core.WaitingLists;

namespace LocalCare.Core.Tests.WaitingLists;

public sealed class WaitingGoalCheckTests
{
    private static readonly WaitingGoal Over65ByMarch = new() { DeliverableCode = "CH-20", ServiceCode = "MSK", OverWeeks = 65, By = new YearMonth(2027, 3) };

    [Fact]
    public void WeeksAvailable_AreWholeWeeksBetweenTheTwoCensusDates()
    {
        // 2026-10-31 to 2027-03-31 is 151 days: 21 whole weeks.
        Assert.Equal(21, WaitingGoalCheck.WeeksBetween(new YearMonth(2026, 10), new YearMonth(2027, 3)));
        Assert.Equal(0, WaitingGoalCheck.WeeksBetween(new YearMonth(2026, 10), new YearMonth(2026, 9)));
    }

    [Theory]
    [InlineData(15.0, 21.0, WaitingGoalVerdict.OnTrack)] // 90th percentile exactly at the weeks available: on track
    [InlineData(15.0, 22.0, WaitingGoalVerdict.AtRisk)]
    [InlineData(21.0, null, WaitingGoalVerdict.AtRisk)]
    [InlineData(22.0, 30.0, WaitingGoalVerdict.OffTrack)]
    [InlineData(null, null, WaitingGoalVerdict.OffTrack)]
    public void TheVerdict_ComparesTheClearanceWeekWithTheWeeksAvailable(double? median, double? p90, WaitingGoalVerdict expected)
    {
        var check = WaitingGoalCheck.Of(Over65ByMarch, new YearMonth(2026, 10), Simulation(new ClearanceWeek(65, 10, median, p90, 150)));

        Assert.Equal(expected, check.Verdict);
        Assert.Contains("over 65 weeks", check.Reading, StringComparison.Ordinal);
        Assert.EndsWith("21 weeks remain to 2027-03.", check.Reading, StringComparison.Ordinal);
    }

    [Fact]
    public void AThresholdTheSimulationDoesNotCount_IsAnError()
    {
        var goal = new WaitingGoal { DeliverableCode = "CH-20", ServiceCode = "MSK", OverWeeks = 104, By = new YearMonth(2027, 3) };

        Assert.Throws<WaitingListInputException>(() => WaitingGoalCheck.Of(goal, new YearMonth(2026, 10), Simulation(new ClearanceWeek(65, 1, 1, 1, 200))));
    }

    private static SimulationResult Simulation(ClearanceWeek clearance) => new(10, 10, 200, 1, [], [clearance]);
}
