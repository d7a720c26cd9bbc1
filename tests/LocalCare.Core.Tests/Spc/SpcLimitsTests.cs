using LocalCare.Core.Spc;

namespace LocalCare.Core.Tests.Spc;

public sealed class SpcLimitsTests
{
    [Fact]
    public void Of_AlternatingValues_IsTheMeanPlusOrMinus266MovingRanges()
    {
        // Mean (10 + 11) / 2 = 10.5; every moving range is 1, so AMR 1 and the limits are 10.5 ± 2.66.
        var limits = SpcLimits.Of(SpcSeries.Alternating(10, 11, 8), screenOutliers: true);

        Assert.Equal(10.5, limits.Mean);
        Assert.Equal(1, limits.AverageMovingRange);
        Assert.Equal(13.16, limits.Upl);
        Assert.Equal(7.84, limits.Lpl);
    }

    [Fact]
    public void Of_NearLimitLines_AreTwoThirdsOfTheWayToTheLimits()
    {
        // Mean 10, AMR 2: 10 ± 2 × (2 × 2.66 / 3) = 10 ± 3.5466…
        var limits = SpcLimits.Of(SpcSeries.Alternating(11, 9, 12), screenOutliers: true);

        Assert.Equal(10, limits.Mean);
        Assert.Equal(2, limits.AverageMovingRange);
        Assert.Equal(15.32, limits.Upl);
        Assert.Equal(4.68, limits.Lpl);
        Assert.Equal(13.546666666666667, limits.NearUpl);
        Assert.Equal(6.453333333333333, limits.NearLpl);
    }

    [Fact]
    public void Of_WithScreening_DropsTheOutlyingMovingRangeOnce()
    {
        // Moving ranges: nine of 1 and one of 19, AMR 28 / 10 = 2.8; 19 >= 3.267 × 2.8 = 9.1476 is dropped, leaving AMR 1.
        // Mean 25 / 11 = 2.272727…; limits 2.272727… ± 2.66.
        double[] values = [0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 20];

        var limits = SpcLimits.Of(values, screenOutliers: true);

        Assert.Equal(2.272727272727273, limits.Mean);
        Assert.Equal(1, limits.AverageMovingRange);
        Assert.Equal(4.9327272727272735, limits.Upl);
        Assert.Equal(-0.3872727272727272, limits.Lpl);
    }

    [Fact]
    public void Of_WithoutScreening_KeepsEveryMovingRange()
    {
        double[] values = [0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 20];

        var limits = SpcLimits.Of(values, screenOutliers: false);

        // AMR 2.8: limits 2.272727… ± 7.448.
        Assert.Equal(2.8, limits.AverageMovingRange);
        Assert.Equal(9.720727272727272, limits.Upl);
        Assert.Equal(-5.175272727272727, limits.Lpl);
    }

    [Fact]
    public void Of_ScreeningIsASinglePass()
    {
        // Moving ranges 1 ×8, 6, 30: AMR 44 / 10 = 4.4, threshold 14.3748 drops only the 30. A second pass over
        // 1 ×8 and 6 (AMR 14 / 9, threshold 5.08) would drop the 6 too; one pass keeps it: AMR 14 / 9.
        double[] values = [0, 1, 0, 1, 0, 1, 0, 1, 0, 6, 36];

        var limits = SpcLimits.Of(values, screenOutliers: true);

        Assert.Equal(1.5555555555555556, limits.AverageMovingRange);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Of_ConstantValues_HasLimitsOnTheMean(bool screen)
    {
        // Every moving range is 0; screening drops all of them (0 >= 3.267 × 0), and spc.md says AMR is then 0.
        var limits = SpcLimits.Of([5, 5, 5, 5], screen);

        Assert.Equal(5, limits.Mean);
        Assert.Equal(0, limits.AverageMovingRange);
        Assert.Equal(5, limits.Upl);
        Assert.Equal(5, limits.Lpl);
    }
}
