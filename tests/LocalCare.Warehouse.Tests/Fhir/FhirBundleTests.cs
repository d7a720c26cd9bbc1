using System.Text.Json.Nodes;
using LocalCare.Warehouse.Fhir;
using LocalCare.Warehouse.Imports;
using static LocalCare.Warehouse.Tests.Fhir.FhirFiles;

namespace LocalCare.Warehouse.Tests.Fhir;

public sealed class FhirBundleTests
{
    [Fact]
    public void Read_WhenTransactionBundle_MapsEachEntryToARowNumberedByEntry()
    {
        var result = FhirExtract.Read(Fixture("transaction-bundle.json"));

        Assert.Empty(result.Errors);
        Assert.Equal([ExtractKind.Referrals, ExtractKind.Contacts], result.Tables.Select(t => t.Kind));
        Assert.All(result.Tables, t => Assert.Equal("transaction-bundle.json", t.File));
        Assert.Equal(
            [
                "2: referral_id=REF-2025-0001 | person_id=P-100234 | service_code=CRISIS-N | neighbourhood_code=INT-ABC | received_at=2025-06-15T00:30:00 | urgency=crisis | discharged_at=(null)",
                "3: referral_id=REF-2025-0002 | person_id=P-200871 | service_code=MSK | neighbourhood_code=(null) | received_at=2025-01-20T09:15:00 | urgency=routine | discharged_at=2025-03-31T16:45:00",
            ],
            Rows(result, ExtractKind.Referrals));
        Assert.Equal(
            [
                "4: contact_id=APT-0001 | referral_id=REF-2025-0001 | person_id=P-100234 | service_code=CRISIS-N | neighbourhood_code=(null) | scheduled_at=2025-06-15T02:00:00 | attendance=5 | contact_mode=face_to_face | duration_minutes=45",
                "5: contact_id=APT-0002 | referral_id=REF-2025-0002 | person_id=P-200871 | service_code=MSK | neighbourhood_code=(null) | scheduled_at=2025-01-28T10:30:00 | attendance=2 | contact_mode=video | duration_minutes=30",
                "6: contact_id=ENC-0001 | referral_id=REF-2025-0002 | person_id=P-200871 | service_code=MSK | neighbourhood_code=(null) | scheduled_at=2025-02-11T14:00:00 | attendance=5 | contact_mode=face_to_face | duration_minutes=40",
                "7: contact_id=ENC-0002 | referral_id=(null) | person_id=P-100234 | service_code=CRISIS-N | neighbourhood_code=(null) | scheduled_at=2025-10-26T01:30:00 | attendance=0 | contact_mode=telephone | duration_minutes=60",
            ],
            Rows(result, ExtractKind.Contacts));
    }

    [Fact]
    public void Read_WhenBundleHoldsOtherResources_WarnsOncePerTypeWithACount()
    {
        var result = FhirExtract.Read(Fixture("transaction-bundle.json"));

        Assert.Equal(
            [
                "transaction-bundle.json: skipped 2 Patient resources: only ServiceRequest, Appointment and Encounter are imported",
                "transaction-bundle.json: skipped 1 Practitioner resource: only ServiceRequest, Appointment and Encounter are imported",
                "transaction-bundle.json: skipped 1 Bundle entry without a resource (such as DELETE requests)",
            ],
            result.Warnings);
    }

    [Fact]
    public void Read_WhenRowsComeFromABundle_KeysAreTheContractColumns()
    {
        var result = FhirExtract.Read(Fixture("transaction-bundle.json"));

        Assert.Equal(
            ["referral_id", "person_id", "service_code", "neighbourhood_code", "received_at", "urgency", "discharged_at"],
            result.Tables[0].Rows[0].Fields.Keys);
        Assert.Equal(
            ["contact_id", "referral_id", "person_id", "service_code", "neighbourhood_code", "scheduled_at", "attendance", "contact_mode", "duration_minutes"],
            result.Tables[1].Rows[0].Fields.Keys);
    }

    [Theory]
    [InlineData("batch")]
    [InlineData("collection")]
    [InlineData("searchset")]
    public void Read_WhenBundleTypeIsAccepted_MapsItsEntries(string type)
    {
        var result = ReadBundle(Bundle(type, Appointment(), ServiceRequest()));

        Assert.Empty(result.Errors);
        Assert.Equal([(ExtractKind.Referrals, 2), (ExtractKind.Contacts, 1)], result.Tables.Select(t => (t.Kind, Assert.Single(t.Rows).Line)));
    }

    [Fact]
    public void Read_WhenBundleTypeIsHistory_RejectsTheFile()
    {
        var result = FhirExtract.Read(Fixture("history-bundle.json"));

        Assert.Equal(
            ["history-bundle.json: Bundle type 'history' cannot be imported: use a transaction, batch, collection or searchset Bundle"],
            result.Errors.Select(e => e.ToString()));
        Assert.Equal(0, result.Errors[0].Line);
        Assert.Empty(result.Tables);
    }

    [Theory]
    [InlineData("document")]
    [InlineData("message")]
    [InlineData("transaction-response")]
    [InlineData("batch-response")]
    public void Read_WhenBundleTypeIsNotForImport_RejectsTheFile(string type)
    {
        var result = ReadBundle(Bundle(type, Appointment()));

        Assert.Equal(
            [$"bundle.json: Bundle type '{type}' cannot be imported: use a transaction, batch, collection or searchset Bundle"],
            result.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void Read_WhenJsonIsBroken_SaysWhereInTheFile()
    {
        var result = FhirExtract.Read(Fixture("broken.json"));

        Assert.Equal(
            ["broken.json: not valid JSON at line 8, position 19: 'b' is an invalid start of a value."],
            result.Errors.Select(e => e.ToString()));
        Assert.Empty(result.Tables);
    }

    [Fact]
    public void Read_WhenAnEntryIsNotValidFhir_RejectsTheFileNamingTheEntry()
    {
        var appointment = Appointment();
        appointment["start"] = "2025-06-02 10:00";

        var result = ReadBundle(Bundle("transaction", ServiceRequest(), appointment));

        Assert.Equal(
            ["bundle.json: entry 2 is not valid FHIR: string '2025-06-02 10:00' is not a correct literal for a instant (at start, line 1, position 475)"],
            result.Errors.Select(e => e.ToString()));
        Assert.Empty(result.Tables);
    }

    [Fact]
    public void Read_WhenTheFileIsOneResource_SaysToUseNdjson()
    {
        var result = ReadBundle(ServiceRequest());

        Assert.Equal(
            ["bundle.json: expected a Bundle but found ServiceRequest: put single resources in an .ndjson file, one per line"],
            result.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void Read_WhenAReferenceNamesNoEntry_RejectsThatEntryOnItsField()
    {
        var appointment = Appointment();
        appointment["participant"]![0]!["actor"] = new JsonObject { ["reference"] = "urn:uuid:0c8f2f44-8f5e-4ad4-9d0e-2f9e1f6b7a10" };

        var result = ReadBundle(Bundle("transaction", ServiceRequest(), appointment));

        Assert.Equal(
            ["bundle.json:2: person_id: Appointment a-1 (entry 2): participant.actor 'urn:uuid:0c8f2f44-8f5e-4ad4-9d0e-2f9e1f6b7a10' is not the fullUrl of an entry in this Bundle"],
            result.Errors.Select(e => e.ToString()));
        Assert.Equal([1, 0], result.Tables.Select(t => t.Rows.Count));
    }

    [Fact]
    public void Read_WhenAReferenceResolvesToTheWrongType_SaysWhatItIs()
    {
        var bundle = Bundle("transaction", ServiceRequest());
        bundle["entry"]!.AsArray().Add(new JsonObject
        {
            ["fullUrl"] = "urn:uuid:0c8f2f44-8f5e-4ad4-9d0e-2f9e1f6b7a10",
            ["resource"] = new JsonObject { ["resourceType"] = "Practitioner", ["active"] = true },
        });
        bundle["entry"]![0]!["resource"]!["subject"] = new JsonObject { ["reference"] = "urn:uuid:0c8f2f44-8f5e-4ad4-9d0e-2f9e1f6b7a10" };

        var result = ReadBundle(bundle);

        Assert.Equal(
            ["bundle.json:1: person_id: ServiceRequest sr-1 (entry 1): subject 'urn:uuid:0c8f2f44-8f5e-4ad4-9d0e-2f9e1f6b7a10' is a Practitioner, not a Patient"],
            result.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void Read_WhenTheBundlesPatientHasOnlyAnNhsNumber_RefusesItAsPersonId()
    {
        var bundle = Bundle("transaction", ServiceRequest());
        bundle["entry"]!.AsArray().Add(new JsonObject
        {
            ["fullUrl"] = "urn:uuid:0c8f2f44-8f5e-4ad4-9d0e-2f9e1f6b7a10",
            ["resource"] = new JsonObject
            {
                ["resourceType"] = "Patient",
                ["identifier"] = new JsonArray(new JsonObject { ["system"] = "https://fhir.nhs.uk/Id/nhs-number", ["value"] = "9434765919" }),
            },
        });
        bundle["entry"]![0]!["resource"]!["subject"] = new JsonObject { ["reference"] = "urn:uuid:0c8f2f44-8f5e-4ad4-9d0e-2f9e1f6b7a10" };

        var result = ReadBundle(bundle);

        Assert.Equal(
            ["bundle.json:1: person_id: ServiceRequest sr-1 (entry 1): subject 'urn:uuid:0c8f2f44-8f5e-4ad4-9d0e-2f9e1f6b7a10' is a Patient known only by NHS number; person_id must be the pseudonymised person identifier"],
            result.Errors.Select(e => e.ToString()));
    }
}
