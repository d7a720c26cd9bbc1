using LocalCare.Core.WaitingLists;

namespace LocalCare.Core.Tests.WaitingLists;

public sealed class SlotScheduleTests
{
    [Theory]
    [InlineData(7, new[] { 0, 1, 1, 1, 1, 1, 1, 1 })] // one slot a day
    [InlineData(14, new[] { 0, 2, 2, 2, 2, 2, 2, 2 })]
    [InlineData(3.5, new[] { 0, 0, 1, 0, 1, 0, 1, 0 })] // slot k on day 2k
    [InlineData(10, new[] { 0, 1, 1, 2, 1, 2, 1, 2 })] // ⌊10d ÷ 7⌋: 1, 2, 4, 5, 7, 8, 10
    [InlineData(1, new[] { 0, 0, 0, 0, 0, 0, 0, 1 })] // one a week, on its last day
    [InlineData(0, new[] { 0, 0, 0, 0, 0, 0, 0, 0 })]
    public void SlotsPerDay_AreEvenlySpacedSlotsRoundedUpToWholeDays(double capacity, int[] slots) =>
        Assert.Equal(slots, SlotSchedule.SlotsPerDay(capacity, 7));

    [Fact]
    public void SlotsBy_AnInexactCapacity_StillGetsItsWholeSlot()
    {
        // 0.7 a week: slot 1 falls on day 10 exactly (0.7 × 10 ÷ 7 = 1), though 0.7 has no exact binary form.
        Assert.Equal(0, SlotSchedule.SlotsBy(0.7, 9));
        Assert.Equal(1, SlotSchedule.SlotsBy(0.7, 10));
        Assert.Equal(52 * 61, SlotSchedule.SlotsBy(61, 364));
    }

    [Fact]
    public void SlotsBy_ANegativeCapacity_IsRejected() => Assert.Throws<ArgumentOutOfRangeException>(() => SlotSchedule.SlotsBy(-1, 7));
}
