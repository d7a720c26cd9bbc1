using Hl7.Fhir.Model;

namespace LocalCare.Warehouse.Fhir;

/// <summary>
/// Turns FHIR R4 resources into rows of referrals.csv and contacts.csv, as text in the CSV's formats; the import then
/// validates them exactly as CSV rows (codes, enums, ranges, keys). docs/fhir-mapping.md is the user's version of this.
/// </summary>
/// <remarks>
/// <para><b>ServiceRequest → referrals.</b>
/// referral_id = the preferred identifier's value (use usual, else official, else the first without a use; see
/// <see cref="FhirValues.PreferredIdentifier"/>); person_id = subject (<c>Patient/X</c> → X, or subject.identifier.value);
/// service_code = the first performer that is a HealthcareService or Organization (or of unknown type): its
/// identifier.value, else the id in its reference; neighbourhood_code = <c>locationCode[0].coding[0].code</c> (not in the
/// contract's mapping: the person's INT, coded as the organisation's neighbourhood code), else null;
/// received_at = authoredOn; urgency: routine → routine, urgent → urgent, asap → urgent, stat → crisis;
/// discharged_at = occurrencePeriod.end when status is completed or revoked, else null (a completed or revoked request
/// without an end is imported open, with a warning). Status entered-in-error: skipped, with a warning.</para>
/// <para><b>Appointment → contacts.</b>
/// contact_id = the preferred identifier; referral_id = the first basedOn that is a ServiceRequest; person_id = the first
/// participant whose actor is a Patient; service_code = the first participant actor that is a HealthcareService or
/// Organization (identifier first, as for performer), else <c>serviceType[0].coding[0].code</c>; scheduled_at = start;
/// duration_minutes = minutesDuration, else end − start; attendance: booked, pending, proposed, waitlist → 0;
/// arrived, checked-in, fulfilled → 5; noshow → 3; cancelled → 2 when cancelationReason is the patient (a code <c>pat</c>
/// or <c>pat-…</c> of http://terminology.hl7.org/CodeSystem/appointment-cancellation-reason, or, without such a code,
/// a text or display containing "patient"), otherwise 4 (a cancellation with no reason is counted in a warning);
/// entered-in-error: skipped, with a warning. contact_mode from appointmentType (see below); neighbourhood_code is null.</para>
/// <para><b>Encounter → contacts.</b>
/// contact_id = the preferred identifier; referral_id = the first basedOn that is a ServiceRequest; person_id = subject;
/// service_code = serviceProvider (identifier first), else <c>serviceType.coding[0].code</c>; scheduled_at = period.start;
/// duration_minutes = length in minutes (UCUM min, h, s or d; rounded), else period.end − period.start;
/// attendance: planned → 0; arrived, triaged, in-progress, onleave, finished → 5; cancelled → 4 (an R4 Encounter has no
/// cancellation reason, and reasonCode is the clinical reason, so it is not read; counted in a warning);
/// unknown → null (not outcomed); entered-in-error: skipped, with a warning. neighbourhood_code is null.</para>
/// <para><b>contact_mode</b> from the codes and texts of Encounter.type and Encounter.class, or Appointment.appointmentType:
/// a code TEL, or "phone" in a text → telephone; code VR, or "video" → video; an in-person Encounter class (AMB, HH, FLD,
/// IMP, EMER, ACUTE, NONAC, OBSENC, PRENC, SS) or "face" in a text → face_to_face; otherwise null (not recorded).</para>
/// <para><b>Values that cannot be mapped</b> are passed through as they are, so the import rejects the row naming the
/// value: a status or priority outside the lists above, a partial date (<c>2025-06</c>), a length in weeks. A resource
/// that cannot become a row at all is an error against the field it lacks, and no row: no identifier (the key), a
/// reference that cannot be read (contained, an unresolved <c>urn:uuid:</c>, the wrong resource type), a performer list
/// with no service in it, an NHS number given as the person. Date-times: see <see cref="FhirValues.UkDateTime"/>.
/// References: see <see cref="FhirReferences"/>. Other resource types are skipped, counted in one warning per type.</para>
/// </remarks>
internal static partial class FhirMapper
{
    public static readonly IReadOnlyList<string> ReferralColumns =
        ["referral_id", "person_id", "service_code", "neighbourhood_code", "received_at", "urgency", "discharged_at"];

    public static readonly IReadOnlyList<string> ContactColumns =
        ["contact_id", "referral_id", "person_id", "service_code", "neighbourhood_code", "scheduled_at", "attendance", "contact_mode", "duration_minutes"];

    /// <summary>The cancellation reasons of FHIR R4 (<c>pat</c>, <c>pat-…</c> = patient; <c>prov</c>, <c>prov-…</c> and others = provider).</summary>
    public const string CancellationReasonSystem = "http://terminology.hl7.org/CodeSystem/appointment-cancellation-reason";

    public static FhirMapped Map(Resource resource, FhirPlace place) => resource switch
    {
        ServiceRequest request => Referral(request, place),
        Appointment appointment => Contact(appointment, place),
        Encounter encounter => Contact(encounter, place),
        _ => FhirMapped.Skipped(new(FhirNoticeKind.NotImported, resource.TypeName)),
    };

    private static bool IsEnteredInError(string? status) => status == "entered-in-error";
}
