using LocalCare.Core.Spc;

namespace LocalCare.Core.Tests.Spc;

public sealed class RMeanTests
{
    [Fact]
    public void Of_DecimalValues_GivesRsMeanNotThePlainDoubleSum()
    {
        double[] values = [0.1, 0.2, 0.3];

        // R 4.2.2 on x86-64: sprintf("%.17g", mean(c(0.1, 0.2, 0.3))) is "0.20000000000000001", the double nearest 0.2.
        Assert.Equal(0.2, RMean.Of(values));
        Assert.Equal(0.20000000000000004, (0.1 + 0.2 + 0.3) / 3);
    }

    [Fact]
    public void Of_CancellingMagnitudes_FollowsRsExtendedPrecisionToTheLastDigit()
    {
        // R: sprintf("%.17g", mean(c(1e16, 1, -1e16))) is "0.33365885416666669": the long double sum keeps the 1
        // (a double sum loses it and gives 0), and the second pass's residuals are rounded to 64 bits.
        Assert.Equal(0.33365885416666669, RMean.Of([1e16, 1, -1e16]));
    }

    [Fact]
    public void Of_ExactValues_IsTheExactMean()
    {
        Assert.Equal(13.1875, RMean.Of([12.5, 14.25, 11.75, 13.5, 15.0, 12.0, 13.75, 14.5, 11.25, 12.75, 13.0, 14.0]));
        Assert.Equal(-2.5, RMean.Of([-1, -4]));
        Assert.Equal(0, RMean.Of([0, 0, 0]));
    }

    [Fact]
    public void Of_Nothing_IsNaN_AsInR()
    {
        Assert.True(double.IsNaN(RMean.Of([])));
    }
}
