using LocalCare.Core.Spc;
using static LocalCare.Core.Spc.SpcLabel;

namespace LocalCare.Core.Tests.Spc;

/// <summary>The rules over values with mean 10 and AMR 2: UPL 15.32, LPL 4.68, near-limit lines 13.5467 and 6.4533.</summary>
public sealed class SpecialCauseRulesTests
{
    private static SpcLabel[] Label(params double[] values) => SpecialCauseRules.Label(values, SpcSeries.TenPlusOrMinusTwo);

    [Fact]
    public void Outside_IsStrict_APointExactlyOnALimitIsNotOutside()
    {
        // Mean 0, AMR 100: the limits are exactly ±266.
        var labels = SpecialCauseRules.Label([266, 0, 267, 0, -266, 0, -267], new SpcLimits(0, 100));

        Assert.Equal([CommonCause, CommonCause, AboveUpl, CommonCause, CommonCause, CommonCause, BelowLpl], labels);
    }

    [Fact]
    public void Shift_SevenOnOneSide_FlagsAllSeven()
    {
        Assert.Equal([CommonCause, .. Enumerable.Repeat(ShiftAbove, 7)], Label(9, 11, 11, 11, 11, 11, 11, 11));
        Assert.Equal(Enumerable.Repeat(ShiftBelow, 7), Label(9, 8, 9, 8, 9, 8, 9));
    }

    [Fact]
    public void Shift_LaterPointsThatExtendTheRun_AreFlaggedToo()
    {
        Assert.Equal([.. Enumerable.Repeat(ShiftBelow, 9), CommonCause], Label(9, 8, 9, 8, 9, 8, 9, 8, 9, 11));
    }

    [Fact]
    public void Shift_SixOnOneSide_IsNotAShift()
    {
        Assert.All(Label(9, 11, 11, 11, 11, 11, 11, 9), label => Assert.Equal(CommonCause, label));
    }

    [Fact]
    public void Shift_APointExactlyOnTheMean_BreaksTheRun()
    {
        // 3 above, one on the mean, 4 above: 8 points not below, but no 7 in a row on one side.
        Assert.All(Label(11, 11, 11, 10, 11, 11, 11, 11), label => Assert.Equal(CommonCause, label));
    }

    [Fact]
    public void Trend_SevenRising_FlagsAllSeven_EvenAcrossTheMean()
    {
        Assert.Equal([CommonCause, .. Enumerable.Repeat(TrendIncreasing, 7)], Label(9, 7, 8, 9, 10, 11, 12, 13));
    }

    [Fact]
    public void Trend_SevenFalling_FlagsAllSeven()
    {
        Assert.Equal([.. Enumerable.Repeat(TrendDecreasing, 7), CommonCause], Label(13, 12, 11, 10, 9, 8, 7, 9));
    }

    [Fact]
    public void Trend_SixRising_IsNotATrend()
    {
        Assert.All(Label(7, 8, 9, 10, 11, 12, 9), label => Assert.Equal(CommonCause, label));
    }

    [Fact]
    public void Trend_AnEqualValue_BreaksIt()
    {
        // 7, 8, 9 then 9, 10, 11, 12, 13: eight points rising or level, but no 7 strictly rising in a row.
        Assert.All(Label(7, 8, 9, 9, 10, 11, 12, 13), label => Assert.Equal(CommonCause, label));
    }

    [Fact]
    public void Trend_APeak_BelongsToTheFallingTrendItStarts()
    {
        var labels = Label(7, 8, 9, 10, 11, 12, 13, 12, 11, 10, 9, 8, 7);

        Assert.Equal([.. Enumerable.Repeat(TrendIncreasing, 6), .. Enumerable.Repeat(TrendDecreasing, 7)], labels);
    }

    [Fact]
    public void Trend_ATrough_BelongsToTheRisingTrendItStarts()
    {
        var labels = Label(13, 12, 11, 10, 9, 8, 7, 8, 9, 10, 11, 12, 13);

        Assert.Equal([.. Enumerable.Repeat(TrendDecreasing, 6), .. Enumerable.Repeat(TrendIncreasing, 7)], labels);
    }

    [Fact]
    public void Trend_TheLastPointOfARisingTrend_StaysRisingWhenAnotherRisingTrendFollows()
    {
        // The 13 is only in a rising trend, so spc.md makes it trend_increasing (NHSRplotthedots' "use right side" says decreasing here).
        var labels = Label(7, 8, 9, 10, 11, 12, 13, 7.5, 8.5, 9.5, 10.5, 11.5, 12.5, 13.5);

        Assert.All(labels, label => Assert.Equal(TrendIncreasing, label));
    }

    [Fact]
    public void TwoOfThree_FlagsOnlyThePointsBeyondTheNearLine()
    {
        Assert.Equal([CommonCause, TwoOfThreeAbove, CommonCause, TwoOfThreeAbove], Label(9, 14, 12, 14));
        Assert.Equal([CommonCause, TwoOfThreeBelow, CommonCause, TwoOfThreeBelow], Label(11, 6, 8, 6));
    }

    [Fact]
    public void TwoOfThree_NeedsAllThreeOnTheSameSideOfTheMean()
    {
        Assert.All(Label(14, 9, 14), label => Assert.Equal(CommonCause, label));
        Assert.All(Label(14, 10, 14), label => Assert.Equal(CommonCause, label)); // on the mean is on neither side
    }

    [Fact]
    public void TwoOfThree_PointsOutsideTheLimits_DoNotCount()
    {
        Assert.Equal([AboveUpl, CommonCause, CommonCause], Label(16, 14, 11));
    }

    [Fact]
    public void TwoOfThree_WindowsAtTheEndsOfTheSeries_Count()
    {
        Assert.Equal([TwoOfThreeAbove, TwoOfThreeAbove, CommonCause], Label(14, 14, 11));
        Assert.Equal([CommonCause, TwoOfThreeAbove, TwoOfThreeAbove], Label(11, 14, 14));
    }

    [Fact]
    public void TwoOfThree_WindowsDoNotRunPastTheEnds()
    {
        // Each pair of 14s has a point on the other side beside it and nothing beyond the series' end.
        Assert.All(Label(14, 14, 9), label => Assert.Equal(CommonCause, label));
        Assert.All(Label(9, 14, 14), label => Assert.Equal(CommonCause, label));
        Assert.All(Label(14, 14), label => Assert.Equal(CommonCause, label));
    }

    [Fact]
    public void Labels_TakeTheFirstRuleThatApplies_OutsideTrendTwoOfThreeShift()
    {
        // 10.5 … 16 rise 7 points (16 is also outside); 13.6 and the 14s are beyond the near line in windows above the mean;
        // all 10 are above the mean (a shift).
        var labels = Label(10.5, 11, 11.5, 12, 12.5, 13.6, 16, 14, 12, 14);

        Assert.Equal(
            [TrendIncreasing, TrendIncreasing, TrendIncreasing, TrendIncreasing, TrendIncreasing, TrendIncreasing, AboveUpl, TwoOfThreeAbove, ShiftAbove, TwoOfThreeAbove],
            labels);
    }

    [Fact]
    public void Labels_ConstantValues_AreAllCommonCause()
    {
        Assert.All(SpecialCauseRules.Label(Enumerable.Repeat(5.0, 15).ToArray(), new SpcLimits(5, 0)), label => Assert.Equal(CommonCause, label));
    }
}
