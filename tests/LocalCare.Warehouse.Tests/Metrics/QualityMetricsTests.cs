namespace LocalCare.Warehouse.Tests.Metrics;

/// <summary>Incidents, experience and virtual-ward metrics.</summary>
public sealed class QualityMetricsTests : IDisposable
{
    private readonly MetricData _data = new();

    [Fact]
    public void PressureUlcers_CountsCategory3And4AcquiredInCare_AndZeroInQuietMonths()
    {
        // incident_id, occurred_at, service_code, neighbourhood_code, category, grade, acquired_in_care
        _data.Insert("incidents",
            "'I1', TIMESTAMP '2025-01-05 10:00', 'POD', 'INT-A', 'pressure_ulcer', 'cat3', true",
            "'I2', TIMESTAMP '2025-01-31 23:59:59', 'POD', 'INT-A', 'pressure_ulcer', 'cat4', true",
            "'I3', TIMESTAMP '2025-01-06 10:00', 'POD', 'INT-A', 'pressure_ulcer', 'cat4', false",
            "'I4', TIMESTAMP '2025-01-07 10:00', 'POD', 'INT-A', 'pressure_ulcer', 'cat4', NULL",
            "'I5', TIMESTAMP '2025-01-08 10:00', 'POD', 'INT-A', 'pressure_ulcer', 'cat2', true",
            "'I6', TIMESTAMP '2025-03-01 00:00', 'POD', NULL, 'pressure_ulcer', 'cat3', true");

        var values = _data.Values("pressure-ulcers-cat3-4", "2025-01", "2025-03");

        MetricAssert.Count(values, "lco", "2025-01", 2);
        MetricAssert.Count(values, "lco", "2025-02", 0); // nothing counted: 0, not missing
        MetricAssert.Count(values, "lco", "2025-03", 1);
        MetricAssert.Count(values, "neighbourhood:INT-A", "2025-03", 0);
        MetricAssert.Missing(values, "neighbourhood:INT-B", "2025-01"); // never had one
    }

    [Fact]
    public void SeriousFalls_CountsModerateSevereAndDeath()
    {
        _data.Insert("incidents",
            "'F1', TIMESTAMP '2025-01-05 10:00', 'POD', 'INT-B', 'fall', 'moderate', NULL",
            "'F2', TIMESTAMP '2025-01-06 10:00', 'POD', 'INT-B', 'fall', 'severe', NULL",
            "'F3', TIMESTAMP '2025-01-07 10:00', 'POD', 'INT-B', 'fall', 'death', NULL",
            "'F4', TIMESTAMP '2025-01-08 10:00', 'POD', 'INT-B', 'fall', 'low', NULL",
            "'F5', TIMESTAMP '2025-01-09 10:00', 'POD', 'INT-B', 'medication', 'severe', NULL");

        var values = _data.Values("serious-falls", "2025-01", "2025-01");

        MetricAssert.Count(values, "neighbourhood:INT-B", "2025-01", 3);
        MetricAssert.Count(values, "locality:NORTH", "2025-01", 3);
    }

    [Fact]
    public void ExperienceScores_AreMeansPerInstrument_AndFftPositiveLeavesOutDontKnow()
    {
        // response_id, responded_at, service_code, neighbourhood_code, instrument, score
        _data.Insert("experience",
            "'E1', DATE '2025-01-01', 'POD', 'INT-A', 'wmtm', 80",
            "'E2', DATE '2025-01-31', 'POD', 'INT-A', 'wmtm', 95",
            "'E3', DATE '2025-01-15', 'POD', NULL, 'qcr', 70.5",
            "'E4', DATE '2025-01-15', 'POD', 'INT-A', 'fft', 1",
            "'E5', DATE '2025-01-15', 'POD', 'INT-A', 'fft', 2",
            "'E6', DATE '2025-01-15', 'POD', 'INT-A', 'fft', 3",
            "'E7', DATE '2025-01-15', 'POD', 'INT-A', 'fft', 5",
            "'E8', DATE '2025-01-15', 'POD', 'INT-A', 'fft', 6");

        MetricAssert.Ratio(_data.Values("wmtm-score", "2025-01", "2025-01"), "lco", "2025-01", 175, 2);
        MetricAssert.Ratio(_data.Values("qcr-score", "2025-01", "2025-01"), "service:POD", "2025-01", 70.5, 1);
        MetricAssert.Missing(_data.Values("qcr-score", "2025-01", "2025-01"), "neighbourhood:INT-A", "2025-01");
        MetricAssert.Ratio(_data.Values("fft-positive", "2025-01", "2025-01"), "neighbourhood:INT-A", "2025-01", 2, 4);
    }

    [Fact]
    public void HospitalAtHomeUtilisation_SumsBedDaysOverTheMonth()
    {
        // date, ward_code, capacity_beds, occupied_beds (occupied may exceed capacity)
        _data.Insert("virtual_ward",
            "DATE '2025-01-01', 'HAH-N', 10, 8",
            "DATE '2025-01-31', 'HAH-N', 10, 12",
            "DATE '2025-02-01', 'HAH-N', 20, 5");

        var values = _data.Values("hah-utilisation", "2025-01", "2025-02");

        MetricAssert.Ratio(values, "service:HAH-N", "2025-01", 20, 20);
        MetricAssert.Ratio(values, "lco", "2025-02", 5, 20);
        MetricAssert.Missing(values, "locality:NORTH", "2025-01");
    }

    public void Dispose() => _data.Dispose();
}
