using LocalCare.Core.Generation;
using LocalCare.Warehouse.Tests.Metrics;
using LocalCare.Warehouse.WaitingLists;

namespace LocalCare.Warehouse.Tests.WaitingLists;

/// <summary>Who is waiting at January 2025's census (2025-01-31 23:59:59), and for how many days.</summary>
public sealed class WaitingCensusQueryTests : IDisposable
{
    private readonly MetricData _data = new();

    [Fact]
    public void TheCensus_ListsWaitingReferrals_LongestFirst_WithWholeDaysWaited()
    {
        _data.Insert("referrals",
            "'W0', 'P0', 'POD', 'INT-A', TIMESTAMP '2025-01-31 23:59:59', 'routine', NULL", // received at the census second: 0 days
            "'W-next', 'P1', 'POD', 'INT-A', TIMESTAMP '2025-02-01 00:00:00', 'routine', NULL",
            "'W-disch', 'P2', 'POD', 'INT-A', TIMESTAMP '2025-01-02 09:00', 'routine', TIMESTAMP '2025-01-31 23:59:59'",
            "'W-seen', 'P3', 'POD', 'INT-A', TIMESTAMP '2025-01-02 09:00', 'urgent', NULL",
            "'W-dna', 'P4', 'POD', NULL, TIMESTAMP '2025-01-02 09:00', 'urgent', NULL",
            "'W-crisis', 'P5', 'CRISIS-N', 'INT-B', TIMESTAMP '2025-01-02 09:00', 'crisis', NULL",
            "'W126', 'P6', 'CRISIS-N', 'INT-B', TIMESTAMP '2024-09-27 08:00', 'routine', NULL",
            "'W729', 'P7', 'POD', 'INT-B', TIMESTAMP '2023-01-23 12:00', 'routine', NULL");
        _data.Insert("contacts",
            "'S1', 'W-seen', 'P3', 'POD', 'INT-A', TIMESTAMP '2025-01-31 23:59:59', '5', NULL, NULL",
            "'S2', 'W-dna', 'P4', 'POD', NULL, TIMESTAMP '2025-01-20 10:00', '3', NULL, NULL");

        var all = WaitingCensusQuery.Read(_data.Database, new YearMonth(2025, 1));
        var pod = WaitingCensusQuery.Read(_data.Database, new YearMonth(2025, 1), "POD");

        Assert.Equal([("W729", 739), ("W126", 126), ("W-dna", 29), ("W0", 0)], all.Select(w => (w.ReferralId, w.DaysWaited)));
        Assert.Equal(("P7", "POD", "INT-B"), (all[0].PersonId, all[0].ServiceCode, all[0].NeighbourhoodCode));
        Assert.Null(all[2].NeighbourhoodCode);
        Assert.Equal(["W729", "W-dna", "W0"], pod.Select(w => w.ReferralId));
    }

    public void Dispose() => _data.Dispose();
}
