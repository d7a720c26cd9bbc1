using LocalCare.Core.Generation;
using LocalCare.Core.Metrics;
using LocalCare.Core.WaitingLists;
using LocalCare.Warehouse.Tests.Metrics;
using LocalCare.Warehouse.WaitingLists;

namespace LocalCare.Warehouse.Tests.WaitingLists;

/// <summary>The SitRep bands month by month, at each month's census.</summary>
public sealed class WaitingBandHistoryQueryTests : IDisposable
{
    private readonly MetricData _data = new();

    [Fact]
    public void EachMonth_CountsEveryBand_WithZeros_AtItsBoundaries()
    {
        // At 2025-01-31: 7 days (0-1), 8 (1-2), 126 (12-18), 127 (18-52), 729 (104+). At 2025-02-28 each has waited 28 days more.
        _data.Insert("referrals",
            "'A', 'P', 'POD', NULL, TIMESTAMP '2025-01-24 10:00', 'routine', NULL",
            "'B', 'P', 'POD', NULL, TIMESTAMP '2025-01-23 10:00', 'routine', NULL",
            "'C', 'P', 'POD', NULL, TIMESTAMP '2024-09-27 10:00', 'routine', NULL",
            "'D', 'P', 'POD', NULL, TIMESTAMP '2024-09-26 10:00', 'routine', TIMESTAMP '2025-02-10 10:00'", // discharged in February
            "'E', 'P', 'CRISIS-N', NULL, TIMESTAMP '2023-01-23 10:00', 'routine', NULL");

        var history = WaitingBandHistoryQuery.Read(_data.Database, new MonthRange(new YearMonth(2025, 1), new YearMonth(2025, 2)));
        var pod = WaitingBandHistoryQuery.Read(_data.Database, new MonthRange(new YearMonth(2025, 1), new YearMonth(2025, 1)), "POD");

        Assert.Equal(16, history.Count);
        long In(string month, string band) => history.Single(h => h.Month.ToString() == month && h.Band == band).Waiting;
        Assert.Equal([1L, 1, 0, 0, 1, 1, 0, 1], WaitBands.SitRepBands.Select(b => In("2025-01", b.Band)));
        Assert.Equal([0L, 0, 0, 2, 0, 1, 0, 1], WaitBands.SitRepBands.Select(b => In("2025-02", b.Band))); // 35 and 36 days (4-12), 154, 757
        Assert.Equal(0, pod.Single(h => h.Band == "104+").Waiting);
    }

    public void Dispose() => _data.Dispose();
}
