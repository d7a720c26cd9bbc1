using LocalCare.Core.Generation;
using LocalCare.Core.Metrics;
using LocalCare.Core.Organisation;
using LocalCare.Core.WaitingLists;
using LocalCare.Warehouse.Tests.Metrics;
using LocalCare.Warehouse.WaitingLists;

namespace LocalCare.Warehouse.Tests.WaitingLists;

/// <summary>The census of every month in one pass (the spans, then <see cref="WaitingCensusHistory"/>) equals each month's census read on its own.</summary>
public sealed class WaitingSpansQueryTests : IDisposable
{
    private static readonly OrganisationTree Organisation = new(TestWarehouse.Units);

    private readonly MetricData _data = new();

    [Theory]
    [InlineData(4)] // looks for clock stops only among the referrals that can wait in the range
    [InlineData(WaitingSpansQuery.NarrowedMonths + 6)] // looks among all
    public void EachMonthOfTheHistory_IsThatMonthsCensus_AtEveryUnit(int months)
    {
        _data.Insert("referrals",
            "'A', 'P', 'POD', 'INT-A', TIMESTAMP '2025-01-31 23:59:59', 'routine', NULL", // received at January's census second
            "'B', 'P', 'POD', 'INT-A', TIMESTAMP '2025-01-02 09:00', 'routine', TIMESTAMP '2025-01-31 23:59:59'", // discharged at it
            "'B2', 'P', 'POD', 'INT-A', TIMESTAMP '2025-01-02 09:00', 'routine', TIMESTAMP '2025-02-01 00:00:00'", // a second after it
            "'C', 'P', 'POD', NULL, TIMESTAMP '2024-11-02 09:00', 'urgent', NULL",
            "'D', 'P', 'POD', NULL, TIMESTAMP '2024-11-02 18:00', 'routine', NULL",
            "'E', 'P', 'CRISIS-N', 'INT-B', TIMESTAMP '2024-12-02 09:00', 'crisis', NULL",
            "'F', 'P', 'CRISIS-N', 'INT-B', TIMESTAMP '2024-12-15 09:00', 'routine', NULL",
            "'G', 'P', 'POD', 'INT-B', TIMESTAMP '2022-06-01 09:00', 'routine', TIMESTAMP '2024-10-10 09:00'", // stops before the range
            "'H', 'P', 'POD', 'INT-B', TIMESTAMP '2025-03-01 09:00', 'routine', NULL"); // received after it
        _data.Insert("contacts",
            "'S1', 'F', 'P', 'CRISIS-N', 'INT-B', TIMESTAMP '2025-02-10 10:00', '5', NULL, NULL",
            "'S2', 'C', 'P', 'POD', NULL, TIMESTAMP '2024-12-31 23:59:59', '3', NULL, NULL", // did not attend: still waiting
            "'S3', 'D', 'P', 'POD', NULL, TIMESTAMP '2024-12-31 23:59:59', '6', NULL, NULL"); // seen at December's census second
        var range = new MonthRange(new YearMonth(2025, 2).AddMonths(1 - months), new YearMonth(2025, 2));

        var history = WaitingCensusHistory.Of(range, WaitingSpansQuery.Read(_data.Database, range), Organisation);

        Assert.Equal(range.Months, history.Select(m => m.Month));
        foreach (var month in history)
        {
            var expected = WaitingCensusByUnit.Of(WaitingCensusQuery.Read(_data.Database, month.Month).Select(w => (w.ServiceCode, w.NeighbourhoodCode, w.DaysWaited)), Organisation);
            Assert.Equal(expected, month.Units);
        }

        var november = history.Single(m => m.Month == new YearMonth(2024, 11));
        var january = history.Single(m => m.Month == new YearMonth(2025, 1));
        Assert.Equal(2, november.Of("lco").Total); // C and D in November; G stopped before it
        Assert.Equal((3, 29.0), (january.Of("service:POD").Total, january.Of("service:POD").MedianDays!.Value)); // January: A 0, B2 29, C 90
    }

    [Fact]
    public void OneService_HasOnlyItsReferrals_AndEveryBandCountsAtItsBoundaries()
    {
        // At 2025-01-31: 7 days (0-1), 8 (1-2), 126 (12-18), 127 (18-52), 729 (104+). At 2025-02-28 each has waited 28 days more.
        _data.Insert("referrals",
            "'A', 'P', 'POD', NULL, TIMESTAMP '2025-01-24 10:00', 'routine', NULL",
            "'B', 'P', 'POD', NULL, TIMESTAMP '2025-01-23 10:00', 'routine', NULL",
            "'C', 'P', 'POD', NULL, TIMESTAMP '2024-09-27 10:00', 'routine', NULL",
            "'D', 'P', 'POD', NULL, TIMESTAMP '2024-09-26 10:00', 'routine', TIMESTAMP '2025-02-10 10:00'", // discharged in February
            "'E', 'P', 'CRISIS-N', NULL, TIMESTAMP '2023-01-23 10:00', 'routine', NULL");
        var range = new MonthRange(new YearMonth(2025, 1), new YearMonth(2025, 2));

        var all = WaitingCensusHistory.Of(range, WaitingSpansQuery.Read(_data.Database, range), Organisation);
        var pod = WaitingSpansQuery.Read(_data.Database, range, "POD");

        Assert.Equal([1, 1, 0, 0, 1, 1, 0, 1], all[0].Of("lco").Bands.Select(b => b.Waiting));
        Assert.Equal([0, 0, 0, 2, 0, 1, 0, 1], all[1].Of("lco").Bands.Select(b => b.Waiting)); // 35 and 36 days (4-12), 154, 757
        Assert.Equal(["POD"], pod.Select(g => g.ServiceCode));
        Assert.Equal(4, pod.Single().Count);
    }

    [Fact]
    public void TheRangesEdges_KeepEveryReferralWaitingAtTheFirstOrLastCensus()
    {
        // The query looks only at referrals received by the last census and not discharged before the first: on both edges.
        _data.Insert("referrals",
            "'A', 'P', 'POD', NULL, TIMESTAMP '2024-06-01 09:00', 'routine', TIMESTAMP '2024-11-30 23:59:59'", // discharged at the first census
            "'B', 'P', 'POD', NULL, TIMESTAMP '2024-06-01 09:00', 'routine', TIMESTAMP '2024-12-01 00:00:00'", // a second after it: waits in November
            "'C', 'P', 'POD', NULL, TIMESTAMP '2025-02-28 23:59:59', 'routine', NULL", // received at the last census: waits in February
            "'D', 'P', 'POD', NULL, TIMESTAMP '2025-03-01 00:00:00', 'routine', NULL", // a second after it
            "'E', 'P', 'POD', NULL, TIMESTAMP '2024-06-01 09:00', 'routine', NULL"); // seen in December
        _data.Insert("contacts", "'S1', 'E', 'P', 'POD', NULL, TIMESTAMP '2024-12-05 10:00', '5', NULL, NULL");
        var range = new MonthRange(new YearMonth(2024, 11), new YearMonth(2025, 2));

        var history = WaitingCensusHistory.Of(range, WaitingSpansQuery.Read(_data.Database, range), Organisation);

        Assert.Equal([2, 0, 0, 1], history.Select(m => m.Of("lco").Total)); // B and E in November; C in February
        foreach (var month in history)
        {
            var expected = WaitingCensusByUnit.Of(WaitingCensusQuery.Read(_data.Database, month.Month).Select(w => (w.ServiceCode, w.NeighbourhoodCode, w.DaysWaited)), Organisation);
            Assert.Equal(expected, month.Units);
        }
    }

    public void Dispose() => _data.Dispose();
}
