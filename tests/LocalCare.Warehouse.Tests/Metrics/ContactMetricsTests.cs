namespace LocalCare.Warehouse.Tests.Metrics;

/// <summary>Known answers, worked by hand from metrics.md, for the metrics counted from contacts.</summary>
public sealed class ContactMetricsTests : IDisposable
{
    private readonly MetricData _data = new();

    public ContactMetricsTests()
    {
        _data.Insert("referrals", "'R1', 'P1', 'POD', 'INT-A', TIMESTAMP '2024-12-01 09:00', 'routine', NULL");

        // contact_id, referral_id, person_id, service_code, neighbourhood_code, scheduled_at, attendance, contact_mode, duration_minutes
        _data.Insert("contacts",
            "'C1', 'R1', 'P1', 'POD', 'INT-A', TIMESTAMP '2025-01-01 00:00:00', '5', 'face_to_face', 30", // linked, attended, first second of January
            "'C2', 'R-GONE', 'P2', 'POD', 'INT-A', TIMESTAMP '2025-01-10 10:00', '6', 'video', 20", // referral not in the warehouse: not linked
            "'C3', NULL, 'P3', 'POD', 'INT-B', TIMESTAMP '2025-01-11 10:00', '5', NULL, NULL", // no referral: not linked
            "'C4', 'R1', 'P1', 'POD', NULL, TIMESTAMP '2025-01-31 23:59:59', '3', NULL, NULL", // did not attend, no neighbourhood, last second of January
            "'C5', 'R1', 'P1', 'POD', 'INT-A', TIMESTAMP '2025-01-12 10:00', '7', NULL, NULL",
            "'C6', 'R1', 'P1', 'POD', 'INT-A', TIMESTAMP '2025-01-13 10:00', '2', NULL, NULL", // cancelled by patient
            "'C7', 'R1', 'P1', 'POD', 'INT-A', TIMESTAMP '2025-01-14 10:00', '4', NULL, NULL", // cancelled by provider
            "'C8', 'R1', 'P1', 'POD', 'INT-B', TIMESTAMP '2025-01-15 10:00', '0', NULL, NULL", // future appointment
            "'C9', 'R1', 'P1', 'POD', 'INT-B', TIMESTAMP '2025-01-16 10:00', NULL, NULL, NULL", // not outcomed
            "'C10', 'R1', 'P1', 'CRISIS-N', 'INT-B', TIMESTAMP '2025-02-01 00:00:00', '5', NULL, NULL", // February
            "'C11', NULL, 'P4', 'CRISIS-N', NULL, TIMESTAMP '2025-01-20 10:00', '5', NULL, NULL");
    }

    [Fact]
    public void ContactsLinkedToAReferral_CountsOnlyAttendedContactsWhoseReferralIsKnown()
    {
        var values = _data.Values("contacts-linked-to-referral", "2025-01", "2025-02");

        // January, attended: C1 (linked), C2 (unknown referral), C3 (none), C11 (none, crisis service, no neighbourhood).
        MetricAssert.Ratio(values, "lco", "2025-01", 1, 4);
        MetricAssert.Ratio(values, "service:POD", "2025-01", 1, 3);
        MetricAssert.Ratio(values, "service:CRISIS-N", "2025-01", 0, 1);
        MetricAssert.Ratio(values, "neighbourhood:INT-A", "2025-01", 1, 2);
        MetricAssert.Ratio(values, "neighbourhood:INT-B", "2025-01", 0, 1);
        MetricAssert.Ratio(values, "locality:NORTH", "2025-01", 1, 3); // C11 has no neighbourhood: lco and service only
        MetricAssert.Ratio(values, "lco", "2025-02", 1, 1);
        MetricAssert.Missing(values, "service:POD", "2025-02");
    }

    [Fact]
    public void OutcomedAppointments_LeavesCancellationsOut_AndCountsNullAndZeroAsNotOutcomed()
    {
        var values = _data.Values("outcomed-appointments", "2025-01", "2025-01");

        // POD January: outcomed C1(5) C2(6) C3(5) C4(3) C5(7); not outcomed C8(0) C9(null); C6(2) C7(4) left out.
        MetricAssert.Ratio(values, "service:POD", "2025-01", 5, 7);
        MetricAssert.Ratio(values, "lco", "2025-01", 6, 8);
        MetricAssert.Ratio(values, "neighbourhood:INT-B", "2025-01", 1, 3); // C3, C8, C9
    }

    [Fact]
    public void DnaRate_IsDidNotAttendOverOutcomedAttendances()
    {
        var values = _data.Values("dna-rate", "2025-01", "2025-01");

        // POD: 3 and 7 are C4 and C5; of C1, C2, C3, C4, C5.
        MetricAssert.Ratio(values, "service:POD", "2025-01", 2, 5);
        MetricAssert.Ratio(values, "neighbourhood:INT-A", "2025-01", 1, 3); // C1, C2, C5; C4 has no neighbourhood
        MetricAssert.Ratio(values, "lco", "2025-01", 2, 6);
    }

    [Fact]
    public void ActivityAgainstPlan_IsPerService_AndCountsOnlyServicesWithAPlan()
    {
        _data.Insert("activity_plan", "DATE '2025-01-01', 'POD', 4", "DATE '2025-02-01', 'POD', 0");

        var values = _data.Values("activity-vs-plan", "2025-01", "2025-02");

        MetricAssert.Ratio(values, "service:POD", "2025-01", 3, 4); // C1, C2, C3 attended
        MetricAssert.Ratio(values, "lco", "2025-01", 3, 4); // CRISIS-N attended C11 but has no plan
        MetricAssert.Missing(values, "service:CRISIS-N", "2025-01");
        MetricAssert.Missing(values, "neighbourhood:INT-A", "2025-01");
        MetricAssert.Missing(values, "locality:NORTH", "2025-01");
        MetricAssert.Ratio(values, "service:POD", "2025-02", 0, 0); // a plan of 0: no value
    }

    public void Dispose() => _data.Dispose();
}
