using LocalCare.Core.Generation;
using LocalCare.Core.Metrics;
using LocalCare.Warehouse.Tests.Metrics;
using LocalCare.Warehouse.WaitingLists;

namespace LocalCare.Warehouse.Tests.WaitingLists;

/// <summary>Every month's census in one pass equals the census of each month read on its own.</summary>
public sealed class WaitingHistogramQueryTests : IDisposable
{
    private readonly MetricData _data = new();

    [Fact]
    public void TheHistogram_OfEachMonth_IsThatMonthsCensus()
    {
        _data.Insert("referrals",
            "'A', 'P', 'POD', 'INT-A', TIMESTAMP '2025-01-31 23:59:59', 'routine', NULL",
            "'B', 'P', 'POD', 'INT-A', TIMESTAMP '2025-01-02 09:00', 'routine', TIMESTAMP '2025-01-31 23:59:59'",
            "'C', 'P', 'POD', NULL, TIMESTAMP '2024-11-02 09:00', 'urgent', NULL",
            "'D', 'P', 'POD', NULL, TIMESTAMP '2024-11-02 18:00', 'routine', NULL",
            "'E', 'P', 'CRISIS-N', 'INT-B', TIMESTAMP '2024-12-02 09:00', 'crisis', NULL",
            "'F', 'P', 'CRISIS-N', 'INT-B', TIMESTAMP '2024-12-15 09:00', 'routine', NULL");
        _data.Insert("contacts", "'S1', 'F', 'P', 'CRISIS-N', 'INT-B', TIMESTAMP '2025-02-10 10:00', '5', NULL, NULL");
        var range = new MonthRange(new YearMonth(2024, 11), new YearMonth(2025, 2));

        var histogram = WaitingHistogramQuery.Read(_data.Database, range);

        foreach (var month in range.Months)
        {
            var expected = WaitingCensusQuery.Read(_data.Database, month)
                .GroupBy(w => (w.ServiceCode, w.NeighbourhoodCode, w.DaysWaited)).Select(g => $"{g.Key.ServiceCode} {g.Key.NeighbourhoodCode} {g.Key.DaysWaited} {g.Count()}").Order();
            var actual = histogram.Where(h => h.Month == month).Select(h => $"{h.ServiceCode} {h.NeighbourhoodCode} {h.DaysWaited} {h.Count}").Order();
            Assert.Equal(expected, actual);
        }

        Assert.Contains(histogram, h => h.Month == new YearMonth(2025, 1) && h.ServiceCode == "POD" && h.NeighbourhoodCode is null && h.DaysWaited == 90 && h.Count == 2);
    }

    public void Dispose() => _data.Dispose();
}
