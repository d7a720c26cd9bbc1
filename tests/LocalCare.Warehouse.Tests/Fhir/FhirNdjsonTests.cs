using LocalCare.Warehouse.Fhir;
using LocalCare.Warehouse.Imports;
using static LocalCare.Warehouse.Tests.Fhir.FhirFiles;

namespace LocalCare.Warehouse.Tests.Fhir;

public sealed class FhirNdjsonTests
{
    [Fact]
    public void Read_WhenServiceRequestExport_NumbersRowsByLineSkippingBlankLines()
    {
        var result = FhirExtract.Read(Fixture("ServiceRequest.ndjson"));

        Assert.Empty(result.Errors);
        Assert.Equal(
            [
                "1: referral_id=REF-N-1001 | person_id=P-300112 | service_code=CRISIS-S | neighbourhood_code=INT-WYTH | received_at=2025-11-03T08:05:00 | urgency=urgent | discharged_at=(null)",
                "3: referral_id=REF-N-1002 | person_id=P-300113 | service_code=PODIATRY | neighbourhood_code=INT-BCPD | received_at=2025-07-30T16:20:00 | urgency=urgent | discharged_at=2025-08-01T12:00:00",
                "5: referral_id=REF-N-1004 | person_id=P-300114 | service_code=HOME-PATH-C | neighbourhood_code=(null) | received_at=2025-09-12T00:00:00 | urgency=routine | discharged_at=(null)",
            ],
            Rows(result, ExtractKind.Referrals));
        Assert.Equal(
            [
                "ServiceRequest.ndjson: skipped 1 ServiceRequest with status entered-in-error",
                "ServiceRequest.ndjson: 1 completed or revoked ServiceRequest has no occurrencePeriod.end; imported without discharged_at",
            ],
            result.Warnings);
    }

    [Fact]
    public void Read_WhenAppointmentExport_MapsStatusesAndCancellations()
    {
        var result = FhirExtract.Read(Fixture("Appointment.ndjson"));

        Assert.Empty(result.Errors);
        Assert.Equal(
            [
                "1: contact_id=APT-N-1 | referral_id=REF-N-1001 | person_id=P-300112 | service_code=CRISIS-S | neighbourhood_code=(null) | scheduled_at=2025-11-10T09:00:00 | attendance=0 | contact_mode=telephone | duration_minutes=20",
                "2: contact_id=APT-N-2 | referral_id=REF-N-1002 | person_id=P-300113 | service_code=PODIATRY | neighbourhood_code=(null) | scheduled_at=2025-07-31T09:30:00 | attendance=3 | contact_mode=(null) | duration_minutes=(null)",
                "3: contact_id=APT-N-3 | referral_id=(null) | person_id=P-300114 | service_code=HOME-PATH-C | neighbourhood_code=(null) | scheduled_at=2025-12-24T14:00:00 | attendance=4 | contact_mode=(null) | duration_minutes=(null)",
                "4: contact_id=APT-N-4 | referral_id=(null) | person_id=P-300114 | service_code=HOME-PATH-C | neighbourhood_code=(null) | scheduled_at=2025-12-27T10:00:00 | attendance=4 | contact_mode=(null) | duration_minutes=(null)",
            ],
            Rows(result, ExtractKind.Contacts));
        Assert.Equal(
            ["Appointment.ndjson: 1 cancelled Appointment has no cancelationReason; recorded as cancelled by the provider (attendance 4)"],
            result.Warnings);
    }

    [Fact]
    public void Read_WhenEncounterExport_MapsStatusesAndSkipsEnteredInError()
    {
        var result = FhirExtract.Read(Fixture("Encounter.ndjson"));

        Assert.Empty(result.Errors);
        Assert.Equal(
            [
                "1: contact_id=ENC-N-1 | referral_id=REF-N-1001 | person_id=P-300112 | service_code=CRISIS-S | neighbourhood_code=(null) | scheduled_at=2025-11-10T09:05:00 | attendance=5 | contact_mode=face_to_face | duration_minutes=25",
                "3: contact_id=ENC-N-2 | referral_id=(null) | person_id=P-300113 | service_code=PODIATRY | neighbourhood_code=(null) | scheduled_at=2025-08-14T10:00:00 | attendance=4 | contact_mode=face_to_face | duration_minutes=(null)",
            ],
            Rows(result, ExtractKind.Contacts));
        Assert.Equal(
            [
                "Encounter.ndjson: 1 cancelled Encounter recorded as cancelled by the provider (attendance 4): an R4 Encounter does not say who cancelled",
                "Encounter.ndjson: skipped 1 Encounter with status entered-in-error",
            ],
            result.Warnings);
    }

    [Fact]
    public void Read_WhenALineIsNotJson_ReportsThatLineAndReadsTheRest()
    {
        var result = ReadNdjsonText(
            ServiceRequest().ToJsonString() + "\n" +
            "{\"resourceType\":\"ServiceRequest\",\"status\":active}\n" +
            Appointment().ToJsonString() + "\n");

        Assert.Equal(
            ["test.ndjson:2: not valid JSON at position 43: 'a' is an invalid start of a value."],
            result.Errors.Select(e => e.ToString()));
        Assert.Equal([(ExtractKind.Referrals, 1), (ExtractKind.Contacts, 3)], result.Tables.Select(t => (t.Kind, Assert.Single(t.Rows).Line)));
    }

    [Fact]
    public void Read_WhenALineIsNotValidFhir_ReportsThatLineWithTheParsersMessage()
    {
        var request = ServiceRequest();
        request["authoredOn"] = "2025-06-02T09:00:00";

        var error = SingleError(request);

        Assert.Equal(
            "test.ndjson:1: not valid FHIR: string '2025-06-02T09:00:00' is not a correct literal for a dateTime (at ServiceRequest.authoredOn, position 207)",
            error);
    }

    [Fact]
    public void Read_WhenResourceTypesAreMixed_ReturnsATablePerExtractAndSkipsTheRest()
    {
        var result = ReadNdjsonText(
            Appointment().ToJsonString() + "\n" +
            """{"resourceType":"Patient","id":"P-1"}""" + "\n" +
            ServiceRequest().ToJsonString() + "\n" +
            """{"resourceType":"Observation","status":"final","code":{"text":"Pulse"}}""" + "\n");

        Assert.Empty(result.Errors);
        Assert.Equal([(ExtractKind.Referrals, 3), (ExtractKind.Contacts, 1)], result.Tables.Select(t => (t.Kind, Assert.Single(t.Rows).Line)));
        Assert.Equal(
            [
                "test.ndjson: skipped 1 Patient resource: only ServiceRequest, Appointment and Encounter are imported",
                "test.ndjson: skipped 1 Observation resource: only ServiceRequest, Appointment and Encounter are imported",
            ],
            result.Warnings);
    }

    [Fact]
    public void NdjsonLines_ReadsTheStreamAsItGoes()
    {
        using var stream = new GeneratedNdjson(50_000);
        using var lines = FhirExtract.NdjsonLines(stream, "big.ndjson").GetEnumerator();

        Assert.True(lines.MoveNext());

        Assert.Equal(1, lines.Current.Line);
        Assert.InRange(stream.BytesRead, 1, 128 * 1024);
    }

    [Fact]
    public void Read_When50000Lines_MapsEveryRowInOrder()
    {
        using var stream = new GeneratedNdjson(50_000);

        var result = FhirExtract.Read(stream, "big.ndjson", FhirFormat.Ndjson);

        Assert.Empty(result.Errors);
        Assert.Empty(result.Warnings);
        var rows = Assert.Single(result.Tables).Rows;
        Assert.Equal(Enumerable.Range(1, 50_000), rows.Select(r => r.Line));
        Assert.Equal(Enumerable.Range(1, 50_000).Select(n => $"APT-{n}"), rows.Select(r => r.Fields["contact_id"]));
        Assert.Equal(
            [
                "1: contact_id=APT-1 | referral_id=REF-0 | person_id=P-1 | service_code=MCR-ICT-N | neighbourhood_code=(null) | scheduled_at=2025-01-01T00:00:00 | attendance=0 | contact_mode=(null) | duration_minutes=30",
                "20001: contact_id=APT-20001 | referral_id=REF-5000 | person_id=P-61 | service_code=MCR-ICT-N | neighbourhood_code=(null) | scheduled_at=2025-05-19T22:20:00 | attendance=3 | contact_mode=(null) | duration_minutes=30",
                "50000: contact_id=APT-50000 | referral_id=REF-12500 | person_id=P-150 | service_code=MCR-ICT-N | neighbourhood_code=(null) | scheduled_at=2025-12-14T05:10:00 | attendance=5 | contact_mode=(null) | duration_minutes=30",
            ],
            new[] { rows[0], rows[20_000], rows[49_999] }.Select(r => Render(r, FhirMapper.ContactColumns)));
    }
}
