using LocalCare.Core.Organisation;
using LocalCare.Core.WaitingLists;

namespace LocalCare.Core.Tests.WaitingLists;

public sealed class WaitingCensusByUnitTests
{
    private static readonly OrganisationTree Organisation = new(
    [
        new() { Code = "LCO", Name = "Test LCO", Kind = UnitKind.Lco },
        new() { Code = "NORTH", Name = "North", Kind = UnitKind.Locality, ParentCode = "LCO" },
        new() { Code = "INT-A", Name = "Team A", Kind = UnitKind.Neighbourhood, ParentCode = "NORTH" },
        new() { Code = "INT-B", Name = "Team B", Kind = UnitKind.Neighbourhood, ParentCode = "NORTH" },
        new() { Code = "POD", Name = "Podiatry", Kind = UnitKind.Service, ParentCode = "LCO" },
        new() { Code = "DIET", Name = "Dietetics", Kind = UnitKind.Service, ParentCode = "LCO" },
    ]);

    [Fact]
    public void EachUnit_SummarisesTheReferralsUnderIt_AndNoNeighbourhoodCountsInLcoAndServiceOnly()
    {
        var snapshots = WaitingCensusByUnit.Of([("POD", "INT-A", 3), ("POD", null, 400), ("DIET", "INT-B", 130)], Organisation);

        Assert.Equal(["lco", "locality:NORTH", "neighbourhood:INT-A", "neighbourhood:INT-B", "service:DIET", "service:POD"], snapshots.Select(s => s.Unit));
        Assert.Equal(("Test LCO", 3, 400), (snapshots[0].Name, snapshots[0].Snapshot.Total, snapshots[0].Snapshot.LongestDays));
        Assert.Equal((2, 1), (snapshots[1].Snapshot.Total, snapshots[1].Snapshot.Over18Weeks)); // 3 and 130 days
        Assert.Equal((2, 1, 201.5), (snapshots[5].Snapshot.Total, snapshots[5].Snapshot.Over52Weeks, snapshots[5].Snapshot.MeanDays!.Value));
    }

    [Fact]
    public void NobodyWaiting_GivesNoUnits()
    {
        Assert.Empty(WaitingCensusByUnit.Of([], Organisation));
    }

    [Fact]
    public void FromCounts_GivesTheSameSnapshotsAsFromEachReferral()
    {
        (string, string?, int)[] each = [("POD", "INT-A", 3), ("POD", "INT-A", 3), ("POD", null, 400), ("DIET", "INT-B", 130), ("DIET", "INT-B", 7)];

        var fromEach = WaitingCensusByUnit.Of(each, Organisation);
        var fromCounts = WaitingCensusByUnit.OfCounts([("POD", "INT-A", 3, 2), ("POD", null, 400, 1), ("DIET", "INT-B", 130, 1), ("DIET", "INT-B", 7, 1)], Organisation);

        Assert.Equal(fromEach.Select(u => u.Unit), fromCounts.Select(u => u.Unit));
        foreach (var (a, b) in fromEach.Zip(fromCounts))
        {
            Assert.Equal((a.Snapshot.Total, a.Snapshot.MeanDays, a.Snapshot.MedianDays, a.Snapshot.LongestDays, a.Snapshot.Over18Weeks, a.Snapshot.Over52Weeks),
                (b.Snapshot.Total, b.Snapshot.MeanDays, b.Snapshot.MedianDays, b.Snapshot.LongestDays, b.Snapshot.Over18Weeks, b.Snapshot.Over52Weeks));
            Assert.Equal(a.Snapshot.Bands, b.Snapshot.Bands);
        }

        Assert.Equal(5.0, fromEach.Single(u => u.Unit == "locality:NORTH").Snapshot.MedianDays); // 3, 3, 7, 130: the mean of the middle two
    }
}
