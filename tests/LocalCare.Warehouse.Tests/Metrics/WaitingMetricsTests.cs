namespace LocalCare.Warehouse.Tests.Metrics;

/// <summary>
/// The waiting metrics at January 2025's census, 2025-01-31 23:59:59: who is waiting (metrics.md) and the week boundaries
/// (days waited = 2025-01-31 − the date received; "more than N weeks" is more than 7N days).
/// </summary>
public sealed class WaitingMetricsTests : IDisposable
{
    private readonly MetricData _data = new();

    public WaitingMetricsTests()
    {
        // referral_id, person_id, service_code, neighbourhood_code, received_at, urgency, discharged_at
        _data.Insert("referrals",
            "'W0', 'P', 'POD', 'INT-A', TIMESTAMP '2025-01-31 23:59:59', 'routine', NULL", // received at the census second: waiting, 0 days
            "'W-next', 'P', 'POD', 'INT-A', TIMESTAMP '2025-02-01 00:00:00', 'routine', NULL", // after the census
            "'W-disch', 'P', 'POD', 'INT-A', TIMESTAMP '2025-01-02 09:00', 'routine', TIMESTAMP '2025-01-31 23:59:59'", // discharged at the census second
            "'W-disch-after', 'P', 'POD', 'INT-A', TIMESTAMP '2025-01-02 09:00', 'routine', TIMESTAMP '2025-02-01 00:00:00'", // discharged after it: waiting
            "'W-seen', 'P', 'POD', 'INT-A', TIMESTAMP '2025-01-02 09:00', 'urgent', NULL", // attended at the census second
            "'W-dna', 'P', 'POD', 'INT-B', TIMESTAMP '2025-01-02 09:00', 'urgent', NULL", // did not attend: still waiting
            "'W-seen-later', 'P', 'POD', 'INT-B', TIMESTAMP '2025-01-02 09:00', 'routine', NULL", // attended in February: waiting in January
            "'W-crisis', 'P', 'CRISIS-N', 'INT-B', TIMESTAMP '2025-01-02 09:00', 'crisis', NULL", // crisis referrals never wait
            "'W126', 'P', 'POD', 'INT-B', TIMESTAMP '2024-09-27 08:00', 'routine', NULL",
            "'W127', 'P', 'POD', 'INT-B', TIMESTAMP '2024-09-26 23:00', 'routine', NULL",
            "'W364', 'P', 'POD', NULL, TIMESTAMP '2024-02-02 12:00', 'routine', NULL", // unknown neighbourhood
            "'W365', 'P', 'POD', NULL, TIMESTAMP '2024-02-01 12:00', 'routine', NULL",
            "'W455', 'P', 'CRISIS-N', 'INT-A', TIMESTAMP '2023-11-03 12:00', 'routine', NULL",
            "'W456', 'P', 'CRISIS-N', 'INT-A', TIMESTAMP '2023-11-02 12:00', 'routine', NULL",
            "'W546', 'P', 'CRISIS-N', 'INT-A', TIMESTAMP '2023-08-04 12:00', 'routine', NULL",
            "'W547', 'P', 'CRISIS-N', 'INT-A', TIMESTAMP '2023-08-03 12:00', 'routine', NULL");
        _data.Insert("contacts",
            "'S1', 'W-seen', 'P', 'POD', 'INT-A', TIMESTAMP '2025-01-31 23:59:59', '5', NULL, NULL",
            "'S2', 'W-dna', 'P', 'POD', 'INT-B', TIMESTAMP '2025-01-20 10:00', '3', NULL, NULL",
            "'S3', 'W-seen-later', 'P', 'POD', 'INT-B', TIMESTAMP '2025-02-03 10:00', '6', NULL, NULL");
    }

    [Fact]
    public void PeopleWaiting_FollowsTheCensusSecond()
    {
        var values = _data.Values("waiting-list-size", "2025-01", "2025-02");

        // Waiting: W0, W-disch-after, W-dna, W-seen-later, W126, W127, W364, W365, W455, W456, W546, W547.
        MetricAssert.Count(values, "lco", "2025-01", 12);
        MetricAssert.Count(values, "service:POD", "2025-01", 8);
        MetricAssert.Count(values, "neighbourhood:INT-A", "2025-01", 6); // W0, W-disch-after, W455..W547
        MetricAssert.Count(values, "neighbourhood:INT-B", "2025-01", 4); // W-dna, W-seen-later, W126, W127
        MetricAssert.Count(values, "locality:NORTH", "2025-01", 10); // W364 and W365 have no neighbourhood

        // February: W-next joins; W-disch-after and W-seen-later have left.
        MetricAssert.Count(values, "lco", "2025-02", 11);
    }

    [Fact]
    public void WaitingWithin18Weeks_Includes126DaysAndExcludes127()
    {
        var values = _data.Values("waiting-within-18-weeks", "2025-01", "2025-01");

        MetricAssert.Ratio(values, "neighbourhood:INT-B", "2025-01", 3, 4); // W-dna, W-seen-later, W126; not W127
        MetricAssert.Ratio(values, "lco", "2025-01", 5, 12);
    }

    [Fact]
    public void WaitingOver52Weeks_Excludes364DaysAndIncludes365()
    {
        var values = _data.Values("waiting-over-52-weeks", "2025-01", "2025-01");

        MetricAssert.Count(values, "service:POD", "2025-01", 1); // W365
        MetricAssert.Count(values, "lco", "2025-01", 5); // W365, W455, W456, W546, W547
        MetricAssert.Count(values, "neighbourhood:INT-B", "2025-01", 0);
    }

    [Fact]
    public void WaitingOver65And78Weeks_AreMoreThan455And546Days()
    {
        var over65 = _data.Values("waiting-over-65-weeks", "2025-01", "2025-01");
        var over78 = _data.Values("waiting-over-78-weeks", "2025-01", "2025-01");

        MetricAssert.Count(over65, "lco", "2025-01", 3); // W456, W546, W547
        MetricAssert.Count(over78, "lco", "2025-01", 1); // W547
        MetricAssert.Count(over78, "locality:NORTH", "2025-01", 1);
    }

    public void Dispose() => _data.Dispose();
}
