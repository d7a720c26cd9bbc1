namespace LocalCare.Warehouse.Tests.Metrics;

/// <summary>Crisis response within 2 hours: the window is received_at to received_at + 120 minutes, both ends in.</summary>
public sealed class CrisisResponseTests : IDisposable
{
    private readonly MetricData _data = new();

    [Fact]
    public void ACrisisReferral_CountsWhenAnAttendedContactIsWithin120MinutesOfReceipt()
    {
        _data.Insert("referrals",
            "'K1', 'P1', 'CRISIS-N', 'INT-A', TIMESTAMP '2025-03-01 10:00:00', 'crisis', NULL", // seen at exactly 120 minutes
            "'K2', 'P2', 'CRISIS-N', 'INT-A', TIMESTAMP '2025-03-02 10:00:00', 'crisis', NULL", // seen at 120 minutes and 1 second
            "'K3', 'P3', 'CRISIS-N', 'INT-B', TIMESTAMP '2025-03-03 10:00:00', 'crisis', NULL", // seen at receipt exactly
            "'K4', 'P4', 'CRISIS-N', NULL, TIMESTAMP '2025-03-04 10:00:00', 'crisis', NULL", // contact before receipt
            "'K5', 'P5', 'CRISIS-N', 'INT-B', TIMESTAMP '2025-03-05 10:00:00', 'crisis', NULL", // did not attend within the window
            "'K6', 'P6', 'CRISIS-N', 'INT-B', TIMESTAMP '2025-03-31 23:00:00', 'crisis', NULL", // seen in April, inside the window: a March referral
            "'U1', 'P7', 'CRISIS-N', 'INT-A', TIMESTAMP '2025-03-06 10:00:00', 'urgent', NULL"); // not crisis
        _data.Insert("contacts",
            "'A1', 'K1', 'P1', 'CRISIS-N', 'INT-A', TIMESTAMP '2025-03-01 12:00:00', '5', NULL, NULL",
            "'A2', 'K2', 'P2', 'CRISIS-N', 'INT-A', TIMESTAMP '2025-03-02 12:00:01', '5', NULL, NULL",
            "'A3', 'K3', 'P3', 'CRISIS-N', 'INT-B', TIMESTAMP '2025-03-03 10:00:00', '6', NULL, NULL",
            "'A3b', 'K3', 'P3', 'CRISIS-N', 'INT-B', TIMESTAMP '2025-03-03 10:30:00', '5', NULL, NULL", // a second contact: still one referral
            "'A4', 'K4', 'P4', 'CRISIS-N', NULL, TIMESTAMP '2025-03-04 09:59:00', '5', NULL, NULL",
            "'A5', 'K5', 'P5', 'CRISIS-N', 'INT-B', TIMESTAMP '2025-03-05 10:30:00', '3', NULL, NULL",
            "'A6', 'K6', 'P6', 'CRISIS-N', 'INT-B', TIMESTAMP '2025-04-01 00:30:00', '5', NULL, NULL",
            "'A7', 'U1', 'P7', 'CRISIS-N', 'INT-A', TIMESTAMP '2025-03-06 10:10:00', '5', NULL, NULL");

        var values = _data.Values("crisis-response-2h", "2025-03", "2025-04");

        MetricAssert.Ratio(values, "lco", "2025-03", 3, 6); // K1, K3, K6 of K1..K6
        MetricAssert.Ratio(values, "neighbourhood:INT-A", "2025-03", 1, 2);
        MetricAssert.Ratio(values, "neighbourhood:INT-B", "2025-03", 2, 3);
        MetricAssert.Ratio(values, "locality:NORTH", "2025-03", 3, 5); // K4 has no neighbourhood
        MetricAssert.Missing(values, "lco", "2025-04");
    }

    public void Dispose() => _data.Dispose();
}
