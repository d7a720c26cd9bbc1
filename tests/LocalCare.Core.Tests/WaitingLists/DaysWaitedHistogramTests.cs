using LocalCare.Core.WaitingLists;

namespace LocalCare.Core.Tests.WaitingLists;

public sealed class DaysWaitedHistogramTests
{
    [Fact]
    public void Snapshot_OfCountsPastItsFirstStorage_GivesBandsMedianAndLongest()
    {
        var days = new DaysWaitedHistogram();
        days.Add(7, 2);
        days.Add(5_000);
        days.Add(126);

        var snapshot = days.Snapshot();

        Assert.Equal((4, 5_000, 66.5), (snapshot.Total, snapshot.LongestDays!.Value, snapshot.MedianDays!.Value)); // 7, 7, 126, 5000
        Assert.Equal([2, 0, 0, 0, 1, 0, 0, 1], snapshot.Bands.Select(b => b.Waiting));
        Assert.Equal((1, 1, 1, 1, 1), (snapshot.Over18Weeks, snapshot.Over52Weeks, snapshot.Over65Weeks, snapshot.Over78Weeks, snapshot.Over104Weeks));
        Assert.Equal((7 + 7 + 126 + 5_000) / 4.0, snapshot.MeanDays);
    }

    [Fact]
    public void Clear_EmptiesItForTheNextList()
    {
        var days = new DaysWaitedHistogram();
        days.Add(400, 3);
        days.Clear();
        days.Add(10);

        var snapshot = days.Snapshot();

        Assert.Equal((1, 10, 10.0, 0), (snapshot.Total, snapshot.LongestDays!.Value, snapshot.MedianDays!.Value, snapshot.Over52Weeks));
    }

    [Fact]
    public void Empty_HasNoAveragesAndEveryBandAtZero()
    {
        var snapshot = new DaysWaitedHistogram().Snapshot();

        Assert.Equal((0, null, null, null), (snapshot.Total, snapshot.MeanDays, snapshot.MedianDays, snapshot.LongestDays));
        Assert.Equal(WaitBands.SitRepBands.Select(b => b.Band), snapshot.Bands.Select(b => b.Band));
        Assert.All(snapshot.Bands, b => Assert.Equal(0, b.Waiting));
    }

    [Fact]
    public void Add_NegativeDays_IsRejected() => Assert.Throws<ArgumentOutOfRangeException>(() => new DaysWaitedHistogram().Add(-1));
}
