using LocalCare.Core.WaitingLists;

namespace LocalCare.Core.Tests.WaitingLists;

public sealed class QuantilesTests
{
    [Fact]
    public void Of_KnownSet_MatchesRsType7()
    {
        // R: quantile(c(3, 1, 4, 1, 5, 9, 2, 6), c(0.1, 0.5, 0.9)) gives 1, 3.5, 6.9 (sprintf("%.17g"): 6.8999999999999995).
        double[] values = [3, 1, 4, 1, 5, 9, 2, 6];

        Assert.Equal(1, Quantiles.Of(values, 0.1));
        Assert.Equal(3.5, Quantiles.Of(values, 0.5));
        Assert.Equal(6.8999999999999995, Quantiles.Of(values, 0.9));
    }

    [Fact]
    public void Of_OneToFour_InterpolatesBetweenNeighbours()
    {
        // i = 1 + 3 × 0.1 = 1.3: 0.7 × 1 + 0.3 × 2.
        Assert.Equal(1.3, Quantiles.Of([4, 3, 2, 1], 0.1));
        Assert.Equal(2.5, Quantiles.Of([4, 3, 2, 1], 0.5));
        Assert.Equal(1, Quantiles.Of([4, 3, 2, 1], 0));
        Assert.Equal(4, Quantiles.Of([4, 3, 2, 1], 1));
    }

    [Fact]
    public void Of_OneValue_IsThatValueAtEveryProbability()
    {
        Assert.Equal(7, Quantiles.Of([7], 0.1));
        Assert.Equal(7, Quantiles.Of([7], 0.9));
    }

    [Fact]
    public void OfSorted_InfiniteValues_LeakOnlyIntoQuantilesThatReachThem()
    {
        double[] sorted = [1, 2, double.PositiveInfinity];

        Assert.Equal(2, Quantiles.OfSorted(sorted, 0.5)); // exactly on the middle value
        Assert.Equal(double.PositiveInfinity, Quantiles.OfSorted(sorted, 0.9));
    }

    [Fact]
    public void Of_NoValuesOrABadProbability_IsRejected()
    {
        Assert.Throws<ArgumentException>(() => Quantiles.Of([], 0.5));
        Assert.Throws<ArgumentOutOfRangeException>(() => Quantiles.Of([1], 1.5));
        Assert.Throws<ArgumentOutOfRangeException>(() => Quantiles.Of([1], double.NaN));
    }
}
