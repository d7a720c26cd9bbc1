using LocalCare.Core.WaitingLists;

namespace LocalCare.Core.Tests.WaitingLists;

public sealed class WaitingSnapshotTests
{
    [Fact]
    public void Of_CountsEachBandAndLongWait_WithMeanMedianAndLongest()
    {
        int[] days = [0, 7, 8, 126, 127, 365, 456, 547, 729, 30];

        var snapshot = WaitingSnapshot.Of(days);

        Assert.Equal(10, snapshot.Total);
        Assert.Equal(
            [new("0-1", 2), new("1-2", 1), new("2-4", 0), new("4-12", 1), new("12-18", 1), new("18-52", 1), new("52-104", 3), new BandCount("104+", 1)],
            snapshot.Bands);

        // Sum 2,395 over 10; the middle two of 0 7 8 30 126 127 365 456 547 729 are 126 and 127.
        Assert.Equal(239.5, snapshot.MeanDays);
        Assert.Equal(126.5, snapshot.MedianDays);
        Assert.Equal(729, snapshot.LongestDays);

        // Over N weeks is more than 7N days: 126 is within 18 weeks, 127 over; 365, 456, 547 and 729 are the first days over 52, 65, 78, 104.
        Assert.Equal((5, 4, 3, 2, 1), (snapshot.Over18Weeks, snapshot.Over52Weeks, snapshot.Over65Weeks, snapshot.Over78Weeks, snapshot.Over104Weeks));
    }

    [Fact]
    public void Of_OddCount_MedianIsTheMiddleWait()
    {
        var snapshot = WaitingSnapshot.Of([3, 1, 200]);

        Assert.Equal(3, snapshot.MedianDays);
        Assert.Equal(68, snapshot.MeanDays);
    }

    [Fact]
    public void Of_NobodyWaiting_HasEveryBandAtZeroAndNoAverages()
    {
        var snapshot = WaitingSnapshot.Of([]);

        Assert.Equal(0, snapshot.Total);
        Assert.Equal(WaitBands.SitRepBands.Select(b => b.Band), snapshot.Bands.Select(b => b.Band));
        Assert.All(snapshot.Bands, b => Assert.Equal(0, b.Waiting));
        Assert.Null(snapshot.MeanDays);
        Assert.Null(snapshot.MedianDays);
        Assert.Null(snapshot.LongestDays);
    }

    [Fact]
    public void Of_NegativeWait_IsRejected() => Assert.Throws<ArgumentOutOfRangeException>(() => WaitingSnapshot.Of([5, -1]));

    [Fact]
    public void Snapshots_AreEqual_WhenEveryFigureAndBandIs()
    {
        Assert.Equal(WaitingSnapshot.Of([3, 130]), WaitingSnapshot.Of([130, 3]));
        Assert.NotEqual(WaitingSnapshot.Of([3, 130]), WaitingSnapshot.Of([3, 131]));
        Assert.NotEqual(WaitingSnapshot.Of([8]), WaitingSnapshot.Of([8]) with { Bands = WaitingSnapshot.Of([7]).Bands }); // the bands alone differ
    }
}
