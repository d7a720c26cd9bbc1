using System.Text.Json.Nodes;
using static LocalCare.Warehouse.Tests.Fhir.FhirFiles;

namespace LocalCare.Warehouse.Tests.Fhir;

/// <summary>ServiceRequest → referrals.csv, one element at a time.</summary>
public sealed class ReferralMappingTests
{
    [Theory]
    [InlineData("routine", "routine")]
    [InlineData("urgent", "urgent")]
    [InlineData("asap", "urgent")]
    [InlineData("stat", "crisis")]
    [InlineData("whenever", "whenever")]
    public void Read_WhenPriorityIsGiven_MapsItToUrgency(string priority, string urgency)
    {
        var request = ServiceRequest();
        request["priority"] = priority;

        Assert.Equal(urgency, SingleRow(request)["urgency"]);
    }

    [Fact]
    public void Read_WhenPriorityIsMissing_LeavesUrgencyEmptyForTheImportToReject()
    {
        var request = ServiceRequest();
        request.Remove("priority");

        Assert.Null(SingleRow(request)["urgency"]);
    }

    [Theory]
    [InlineData("2025-07-01T09:00:00Z", "2025-07-01T10:00:00")]
    [InlineData("2025-12-01T09:00:00Z", "2025-12-01T09:00:00")]
    [InlineData("2025-07-01T09:00:00+01:00", "2025-07-01T09:00:00")]
    [InlineData("2025-12-01T09:00:00+01:00", "2025-12-01T08:00:00")]
    [InlineData("2025-07-01T09:00:00-04:00", "2025-07-01T14:00:00")]
    [InlineData("2025-03-30T00:59:59Z", "2025-03-30T00:59:59")]
    [InlineData("2025-03-30T01:00:00Z", "2025-03-30T02:00:00")]
    [InlineData("2025-10-26T00:30:00Z", "2025-10-26T01:30:00")]
    [InlineData("2025-10-26T01:30:00Z", "2025-10-26T01:30:00")]
    [InlineData("2025-06-30T23:30:00Z", "2025-07-01T00:30:00")]
    [InlineData("2025-01-15T10:20:30.987+00:00", "2025-01-15T10:20:30")]
    [InlineData("2025-06-01", "2025-06-01T00:00:00")]
    [InlineData("2025-06", "2025-06")]
    public void Read_WhenAuthoredOnIsGiven_ReceivedAtIsUkLocalTime(string authoredOn, string receivedAt)
    {
        var request = ServiceRequest();
        request["authoredOn"] = authoredOn;

        Assert.Equal(receivedAt, SingleRow(request)["received_at"]);
    }

    [Theory]
    [InlineData("completed", "2025-08-01T12:00:00+01:00", "2025-08-01T12:00:00")]
    [InlineData("revoked", "2025-02-01T12:00:00Z", "2025-02-01T12:00:00")]
    [InlineData("active", "2025-08-01T12:00:00+01:00", null)]
    [InlineData("on-hold", "2025-08-01T12:00:00+01:00", null)]
    public void Read_WhenOccurrencePeriodEnds_DischargesOnlyClosedReferrals(string status, string end, string? dischargedAt)
    {
        var request = ServiceRequest();
        request["status"] = status;
        request["occurrencePeriod"] = new JsonObject { ["start"] = "2025-06-03", ["end"] = end };

        Assert.Equal(dischargedAt, SingleRow(request)["discharged_at"]);
    }

    [Fact]
    public void Read_WhenACompletedReferralHasNoEnd_ImportsItOpenWithAWarning()
    {
        var request = ServiceRequest();
        request["status"] = "completed";

        var result = ReadNdjson(request);

        Assert.Null(Assert.Single(Assert.Single(result.Tables).Rows).Fields["discharged_at"]);
        Assert.Equal(["test.ndjson: 1 completed or revoked ServiceRequest has no occurrencePeriod.end; imported without discharged_at"], result.Warnings);
    }

    [Fact]
    public void Read_WhenThereIsNoIdentifier_RejectsTheResourceOnReferralId()
    {
        var request = ServiceRequest();
        request.Remove("identifier");

        var result = ReadNdjson(request);

        Assert.Equal(["test.ndjson:1: referral_id: ServiceRequest sr-1 has no identifier; referral_id is its identifier.value"], result.Errors.Select(e => e.ToString()));
        Assert.Empty(Assert.Single(result.Tables).Rows);
    }

    [Theory]
    [InlineData("old:A", "official:B", "usual:C", "C")]
    [InlineData("old:A", "official:B", "secondary:C", "B")]
    [InlineData("temp:A", ":B", "secondary:C", "B")]
    [InlineData("old:A", "temp:B", "secondary:C", "C")]
    public void Read_WhenThereAreSeveralIdentifiers_PrefersUsualThenOfficial(string first, string second, string third, string referralId)
    {
        var request = ServiceRequest();
        request["identifier"] = new JsonArray([.. new[] { first, second, third }.Select(Identifier)]);

        Assert.Equal(referralId, SingleRow(request)["referral_id"]);
    }

    [Theory]
    [InlineData("Patient/P-77", "P-77")]
    [InlineData("https://epr.example.org/fhir/Patient/P-77", "P-77")]
    [InlineData("Patient/P-77/_history/3", "P-77")]
    public void Read_WhenSubjectIsAPatientReference_PersonIdIsItsId(string reference, string personId)
    {
        var request = ServiceRequest();
        request["subject"] = new JsonObject { ["reference"] = reference };

        Assert.Equal(personId, SingleRow(request)["person_id"]);
    }

    [Fact]
    public void Read_WhenSubjectIsAnIdentifier_PersonIdIsItsValue()
    {
        var request = ServiceRequest();
        request["subject"] = new JsonObject { ["identifier"] = new JsonObject { ["system"] = "https://epr.example.org/Id/pseudonym", ["value"] = "P-88" } };

        Assert.Equal("P-88", SingleRow(request)["person_id"]);
    }

    [Theory]
    [InlineData("Group/5", "subject 'Group/5' is a Group, not a Patient")]
    [InlineData("#p1", "subject '#p1' points to a contained resource; give it as Patient/id")]
    [InlineData("urn:uuid:0c8f2f44-8f5e-4ad4-9d0e-2f9e1f6b7a10", "subject 'urn:uuid:0c8f2f44-8f5e-4ad4-9d0e-2f9e1f6b7a10' can only be resolved inside a Bundle; give it as Patient/id")]
    public void Read_WhenSubjectCannotBeRead_RejectsTheResourceOnPersonId(string reference, string reason)
    {
        var request = ServiceRequest();
        request["subject"] = new JsonObject { ["reference"] = reference };

        Assert.Equal($"test.ndjson:1: person_id: ServiceRequest sr-1: {reason}", SingleError(request));
    }

    [Fact]
    public void Read_WhenSubjectIsAnNhsNumber_RefusesIt()
    {
        var request = ServiceRequest();
        request["subject"] = new JsonObject { ["identifier"] = new JsonObject { ["system"] = "https://fhir.nhs.uk/Id/nhs-number", ["value"] = "9434765919" } };

        Assert.Equal(
            "test.ndjson:1: person_id: ServiceRequest sr-1: subject is an NHS number; person_id must be the pseudonymised person identifier",
            SingleError(request));
    }

    [Theory]
    [InlineData("""[{"reference":"Organization/PODIATRY"}]""", "PODIATRY")]
    [InlineData("""[{"reference":"PractitionerRole/12"},{"reference":"HealthcareService/MSK"}]""", "MSK")]
    [InlineData("""[{"reference":"Organization/x-17","identifier":{"value":"MSK"}}]""", "MSK")]
    [InlineData("""[{"display":"Podiatry"}]""", null)]
    [InlineData("""[]""", null)]
    public void Read_WhenPerformersAreGiven_ServiceCodeIsTheFirstService(string performers, string? serviceCode)
    {
        var request = ServiceRequest();
        request["performer"] = JsonNode.Parse(performers);
        if (request["performer"]!.AsArray().Count == 0)
        {
            request.Remove("performer");
        }

        Assert.Equal(serviceCode, SingleRow(request)["service_code"]);
    }

    [Fact]
    public void Read_WhenNoPerformerIsAService_RejectsTheResourceOnServiceCode()
    {
        var request = ServiceRequest();
        request["performer"] = JsonNode.Parse("""[{"reference":"Practitioner/7"},{"reference":"PractitionerRole/12"}]""");

        Assert.Equal(
            "test.ndjson:1: service_code: ServiceRequest sr-1 has no performer that is a HealthcareService or Organization (found Practitioner/7, PractitionerRole/12)",
            SingleError(request));
    }

    [Fact]
    public void Read_WhenLocationCodeIsGiven_ItIsTheNeighbourhood()
    {
        var request = ServiceRequest();
        request["locationCode"] = JsonNode.Parse("""[{"coding":[{"code":"INT-CC","display":"Cheetham and Crumpsall"}]}]""");

        Assert.Equal("INT-CC", SingleRow(request)["neighbourhood_code"]);
        Assert.Null(SingleRow(ServiceRequest())["neighbourhood_code"]);
    }

    private static JsonNode Identifier(string useAndValue)
    {
        var (use, value) = (useAndValue.Split(':')[0], useAndValue.Split(':')[1]);
        var identifier = new JsonObject { ["value"] = value };
        if (use.Length > 0)
        {
            identifier["use"] = use;
        }

        return identifier;
    }
}
