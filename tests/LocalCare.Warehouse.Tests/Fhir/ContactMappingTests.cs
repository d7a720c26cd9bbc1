using System.Text.Json.Nodes;
using static LocalCare.Warehouse.Tests.Fhir.FhirFiles;

namespace LocalCare.Warehouse.Tests.Fhir;

/// <summary>Appointment and Encounter → contacts.csv, one element at a time.</summary>
public sealed class ContactMappingTests
{
    [Theory]
    [InlineData("proposed", "0")]
    [InlineData("pending", "0")]
    [InlineData("booked", "0")]
    [InlineData("waitlist", "0")]
    [InlineData("arrived", "5")]
    [InlineData("checked-in", "5")]
    [InlineData("fulfilled", "5")]
    [InlineData("noshow", "3")]
    [InlineData("on-hold", "on-hold")]
    public void Read_WhenAppointmentStatusIsGiven_MapsItToAttendance(string status, string attendance)
    {
        var appointment = Appointment();
        appointment["status"] = status;

        Assert.Equal(attendance, SingleRow(appointment)["attendance"]);
    }

    [Theory]
    [InlineData("""{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/appointment-cancellation-reason","code":"pat"}]}""", "2")]
    [InlineData("""{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/appointment-cancellation-reason","code":"pat-mv","display":"Patient: Moved"}]}""", "2")]
    [InlineData("""{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/appointment-cancellation-reason","code":"prov"}]}""", "4")]
    [InlineData("""{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/appointment-cancellation-reason","code":"maint","display":"Equipment maintenance: patient moved"}]}""", "4")]
    [InlineData("""{"text":"Patient phoned to cancel"}""", "2")]
    [InlineData("""{"coding":[{"system":"https://epr.example.org/CodeSystem/cancellation","code":"C2","display":"Cancelled by patient"}]}""", "2")]
    [InlineData("""{"text":"Clinician off sick"}""", "4")]
    public void Read_WhenAppointmentIsCancelled_TheReasonSaysWhoCancelled(string reason, string attendance)
    {
        var appointment = Appointment();
        appointment["status"] = "cancelled";
        appointment["cancelationReason"] = JsonNode.Parse(reason);

        var result = ReadNdjson(appointment);

        Assert.Equal(attendance, Assert.Single(Assert.Single(result.Tables).Rows).Fields["attendance"]);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Read_WhenACancelledAppointmentHasNoReason_CountsItAsTheProvidersWithAWarning()
    {
        var appointment = Appointment();
        appointment["status"] = "cancelled";

        var result = ReadNdjson(appointment, appointment);

        Assert.Equal(["4", "4"], Assert.Single(result.Tables).Rows.Select(r => r.Fields["attendance"]));
        Assert.Equal(["test.ndjson: 2 cancelled Appointments have no cancelationReason; recorded as cancelled by the provider (attendance 4)"], result.Warnings);
    }

    [Theory]
    [InlineData("planned", "0")]
    [InlineData("arrived", "5")]
    [InlineData("triaged", "5")]
    [InlineData("in-progress", "5")]
    [InlineData("onleave", "5")]
    [InlineData("finished", "5")]
    [InlineData("cancelled", "4")]
    [InlineData("unknown", null)]
    [InlineData("done", "done")]
    public void Read_WhenEncounterStatusIsGiven_MapsItToAttendance(string status, string? attendance)
    {
        var encounter = Encounter();
        encounter["status"] = status;

        Assert.Equal(attendance, SingleRow(encounter)["attendance"]);
    }

    [Theory]
    [InlineData("Appointment")]
    [InlineData("Encounter")]
    [InlineData("ServiceRequest")]
    public void Read_WhenEnteredInError_SkipsTheResourceWithAWarning(string type)
    {
        var resource = type switch { "Appointment" => Appointment(), "Encounter" => Encounter(), _ => ServiceRequest() };
        resource["status"] = "entered-in-error";

        var result = ReadNdjson(resource);

        Assert.Empty(result.Tables);
        Assert.Empty(result.Errors);
        Assert.Equal([$"test.ndjson: skipped 1 {type} with status entered-in-error"], result.Warnings);
    }

    [Theory]
    [InlineData("AMB", null, "face_to_face")]
    [InlineData("HH", null, "face_to_face")]
    [InlineData("IMP", null, "face_to_face")]
    [InlineData("VR", null, "video")]
    [InlineData("VR", "Telephone consultation", "telephone")]
    [InlineData("AMB", "Video clinic", "video")]
    [InlineData("XYZ", null, null)]
    public void Read_WhenEncounterClassAndTypeAreGiven_MapsContactMode(string classCode, string? typeText, string? contactMode)
    {
        var encounter = Encounter();
        encounter["class"] = new JsonObject { ["system"] = "http://terminology.hl7.org/CodeSystem/v3-ActCode", ["code"] = classCode };
        if (typeText is not null)
        {
            encounter["type"] = new JsonArray(new JsonObject { ["text"] = typeText });
        }

        Assert.Equal(contactMode, SingleRow(encounter)["contact_mode"]);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("""{"coding":[{"code":"ROUTINE"}]}""", null)]
    [InlineData("""{"coding":[{"code":"VR"}]}""", "video")]
    [InlineData("""{"coding":[{"code":"TEL"}]}""", "telephone")]
    [InlineData("""{"text":"Face-to-face clinic"}""", "face_to_face")]
    public void Read_WhenAppointmentTypeIsGiven_MapsContactMode(string? appointmentType, string? contactMode)
    {
        var appointment = Appointment();
        if (appointmentType is not null)
        {
            appointment["appointmentType"] = JsonNode.Parse(appointmentType);
        }

        Assert.Equal(contactMode, SingleRow(appointment)["contact_mode"]);
    }

    [Theory]
    [InlineData(40, "min", "40")]
    [InlineData(1.5, "h", "90")]
    [InlineData(90, "s", "2")]
    [InlineData(1, "d", "1440")]
    [InlineData(2, "wk", "2 wk")]
    public void Read_WhenEncounterLengthIsGiven_DurationIsInWholeMinutes(double value, string unit, string duration)
    {
        var encounter = Encounter();
        encounter["length"] = new JsonObject { ["value"] = value, ["system"] = "http://unitsofmeasure.org", ["code"] = unit };

        Assert.Equal(duration, SingleRow(encounter)["duration_minutes"]);
    }

    [Fact]
    public void Read_WhenThereIsNoLength_DurationIsTheTimeBetweenStartAndEnd()
    {
        var encounter = Encounter();
        encounter["period"] = new JsonObject { ["start"] = "2025-03-30T00:40:00Z", ["end"] = "2025-03-30T02:10:00+01:00" };
        var appointment = Appointment();
        appointment["end"] = "2025-06-02T10:35:00+01:00";

        Assert.Equal("30", SingleRow(encounter)["duration_minutes"]);
        Assert.Equal("35", SingleRow(appointment)["duration_minutes"]);
    }

    [Theory]
    [InlineData("""[{"reference":"ServiceRequest/REF-9"}]""", "REF-9")]
    [InlineData("""[{"reference":"CarePlan/4"},{"reference":"ServiceRequest/REF-9"}]""", "REF-9")]
    [InlineData("""[{"type":"ServiceRequest","identifier":{"value":"REF-9"}}]""", "REF-9")]
    [InlineData("""[{"reference":"CarePlan/4"}]""", null)]
    public void Read_WhenBasedOnIsGiven_ReferralIdIsTheServiceRequest(string basedOn, string? referralId)
    {
        var encounter = Encounter();
        encounter["basedOn"] = JsonNode.Parse(basedOn);
        var appointment = Appointment();
        appointment["basedOn"] = JsonNode.Parse(basedOn);

        Assert.Equal(referralId, SingleRow(encounter)["referral_id"]);
        Assert.Equal(referralId, SingleRow(appointment)["referral_id"]);
    }

    [Fact]
    public void Read_WhenThereIsNoBasedOn_TheContactIsNotLinked()
    {
        Assert.Null(SingleRow(Encounter())["referral_id"]);
        Assert.Null(SingleRow(Appointment())["referral_id"]);
    }

    [Fact]
    public void Read_WhenNoParticipantIsAService_ServiceCodeIsTheServiceType()
    {
        var appointment = Appointment();
        appointment["participant"]!.AsArray().RemoveAt(1);
        appointment["serviceType"] = JsonNode.Parse("""[{"coding":[{"code":"DIABETES-N"}]}]""");
        var encounter = Encounter();
        encounter.Remove("serviceProvider");
        encounter["serviceType"] = JsonNode.Parse("""{"coding":[{"code":"STROKE-NEURO"}]}""");

        Assert.Equal("DIABETES-N", SingleRow(appointment)["service_code"]);
        Assert.Equal("STROKE-NEURO", SingleRow(encounter)["service_code"]);
    }

    [Fact]
    public void Read_WhenAContactHasNoIdentifier_RejectsItOnContactId()
    {
        var encounter = Encounter();
        encounter["identifier"] = new JsonArray(new JsonObject { ["system"] = "https://epr.example.org/Id/contact" });

        Assert.Equal("test.ndjson:1: contact_id: Encounter e-1 has no identifier; contact_id is its identifier.value", SingleError(encounter));
    }
}
