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

    [Fact]
    public void TheTrajectory_IsTheGoalsLongWaitCountEachWeek_AndTheCapacityIsTheSimulations()
    {
        SimulatedRange R(double median) => new(median - 1, median, median + 1);
        var weeks = new[] { 40.0, 20, 5 }.Select((m, w) => new SimulatedWeek(w, R(500), R(m + 100), R(m + 50), R(m), R(m / 2))).ToList();

        var check = WaitingGoalCheck.Of(Over65ByMarch, new YearMonth(2026, 10), new SimulationResult(12.5, 10, 200, 1, weeks, [new ClearanceWeek(65, 2, 2, 2, 200)]));

        Assert.Equal([40.0, 20, 5], check.Trajectory.Select(r => r.Median));
        Assert.Equal(12.5, check.Capacity);
    }

    [Fact]
    public void TheCapacity_IsTheScenarios_AsTheServicePageSimulatesThem()
    {
        var observed = new WaitingListModelInput(30, 27, 1200, 52, CvDemand: 0.8, CvCapacity: 1.1, Referrals: 780, MeanWait: 20);
        var model = WaitingListModel.Calculate(observed with { TargetWeeks = 18 });
        WaitingGoal Goal(string scenario, double? capacity = null) => new() { DeliverableCode = "CH-20", ServiceCode = "MSK", OverWeeks = 65, By = new YearMonth(2027, 3), Scenario = scenario, Capacity = capacity };

        Assert.Equal(27, WaitingGoalCheck.CapacityOf(Goal("current"), observed));
        Assert.Equal(model.TargetCapacity, WaitingGoalCheck.CapacityOf(Goal("target"), observed));
        Assert.Equal(Math.Max(0, model.ReliefCapacity), WaitingGoalCheck.CapacityOf(Goal("relief"), observed));
        Assert.Equal(33.5, WaitingGoalCheck.CapacityOf(Goal("user", 33.5), observed));
        Assert.Throws<WaitingListInputException>(() => WaitingGoalCheck.CapacityOf(Goal("user"), observed));
        Assert.Throws<WaitingListInputException>(() => WaitingGoalCheck.CapacityOf(Goal("max"), observed));
    }

    private static SimulationResult Simulation(ClearanceWeek clearance) => new(10, 10, 200, 1, [], [clearance]);
}
