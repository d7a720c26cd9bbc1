using LocalCare.Warehouse.Tests.Metrics;
using LocalCare.Warehouse.WaitingLists;

namespace LocalCare.Warehouse.Tests.WaitingLists;

/// <summary>A service's weekly demand and clock stops, and the variation of the gaps between them.</summary>
public sealed class WaitingFlowQueryTests : IDisposable
{
    private readonly MetricData _data = new();

    [Fact]
    public void Flow_CountsReferralsAndClockStopsByWeek_AndTheirCoefficientsOfVariation()
    {
        _data.Insert("referrals",
            "'R0', 'P0', 'POD', NULL, TIMESTAMP '2024-12-20 09:00', 'routine', TIMESTAMP '2025-01-06 00:00:00'", // discharged while waiting: a stop in week 1
            "'R1', 'P1', 'POD', NULL, TIMESTAMP '2025-01-06 09:00', 'routine', NULL",
            "'R2', 'P2', 'POD', NULL, TIMESTAMP '2025-01-08 09:00', 'urgent', TIMESTAMP '2025-01-14 12:00'", // discharged before being seen
            "'R3', 'P3', 'POD', NULL, TIMESTAMP '2025-01-13 09:00', 'routine', NULL", // did not attend: no stop
            "'R4', 'P4', 'POD', NULL, TIMESTAMP '2025-01-07 09:00', 'crisis', NULL", // crisis: neither demand nor capacity
            "'R5', 'P5', 'POD', NULL, TIMESTAMP '2025-01-20 00:00', 'routine', NULL", // after the window
            "'X1', 'P6', 'CRISIS-N', NULL, TIMESTAMP '2025-01-07 09:00', 'routine', NULL"); // another service
        _data.Insert("contacts",
            "'C1', 'R1', 'P1', 'POD', NULL, TIMESTAMP '2025-01-07 10:00', '5', NULL, NULL",
            "'C1b', 'R1', 'P1', 'POD', NULL, TIMESTAMP '2025-01-08 10:00', '5', NULL, NULL", // a second attended contact: still one stop
            "'C2', 'R2', 'P2', 'POD', NULL, TIMESTAMP '2025-01-16 10:00', '5', NULL, NULL",
            "'C3', 'R3', 'P3', 'POD', NULL, TIMESTAMP '2025-01-13 10:00', '3', NULL, NULL",
            "'C4', 'R4', 'P4', 'POD', NULL, TIMESTAMP '2025-01-07 10:00', '5', NULL, NULL");

        var flow = WaitingFlowQuery.Read(_data.Database, "POD", new DateOnly(2025, 1, 6), 2);

        Assert.Equal([(new DateOnly(2025, 1, 6), 2L, 2L), (new DateOnly(2025, 1, 13), 1L, 1L)], flow.Weeks.Select(w => (w.WeekStart, w.Demand, w.Capacity)));
        Assert.Equal(3, flow.Referrals);
        Assert.Equal(1.0, flow.Weeks[0].QueueLoad);

        // Arrivals 6th, 8th and 13th at 09:00: gaps of 2 and 5 days. Stops 6th 00:00, 7th 10:00, 14th 12:00: gaps of 34 and 170 hours.
        Assert.Equal(Cv(2, 5), flow.CvDemand!.Value, 12);
        Assert.Equal(Cv(34 / 24.0, 170 / 24.0), flow.CvCapacity!.Value, 12);
    }

    [Fact]
    public void AWindow_MustStartOnAMonday()
    {
        Assert.Throws<ArgumentException>(() => WaitingFlowQuery.Read(_data.Database, "POD", new DateOnly(2025, 1, 7), 2));
    }

    /// <summary>Two gaps: the sample standard deviation is |a − b| / √2, the mean (a + b) / 2.</summary>
    private static double Cv(double a, double b) => Math.Abs(a - b) / Math.Sqrt(2) / ((a + b) / 2);

    public void Dispose() => _data.Dispose();
}
