using LocalCare.Core.WaitingLists;

namespace LocalCare.Core.Tests.WaitingLists;

public sealed class SimulatedWeekTests
{
    private static readonly SimulatedWeek Week = new(3, R(1), R(18), R(52), R(65), R(78));

    [Theory]
    [InlineData(18)]
    [InlineData(52)]
    [InlineData(65)]
    [InlineData(78)]
    public void Over_GivesTheCountOverEachThresholdTheSimulatorFollows(int weeks)
    {
        Assert.Equal(weeks, Week.Over(weeks).Median);
    }

    [Fact]
    public void Over_AThresholdItDoesNotFollow_IsAnError()
    {
        Assert.Throws<WaitingListInputException>(() => Week.Over(104));
    }

    private static SimulatedRange R(double median) => new(median - 1, median, median + 1);
}
