using Hl7.Fhir.Model;
using LocalCare.Warehouse.Imports;

namespace LocalCare.Warehouse.Fhir;

/// <summary>Appointment and Encounter → rows of contacts.csv (the rules are on <see cref="FhirMapper"/>).</summary>
internal static partial class FhirMapper
{
    private static readonly HashSet<string> InPersonClasses = ["AMB", "HH", "FLD", "IMP", "EMER", "ACUTE", "NONAC", "OBSENC", "PRENC", "SS"];

    private static FhirMapped Contact(Appointment appointment, FhirPlace place)
    {
        var status = FhirValues.Literal(appointment.StatusElement);
        if (IsEnteredInError(status))
        {
            return FhirMapped.Skipped(new(FhirNoticeKind.EnteredInError, appointment.TypeName));
        }

        var references = place.References;
        var actors = appointment.Participant.Select(p => p.Actor).OfType<ResourceReference>().ToList();
        var row = new FhirRowBuilder(ExtractKind.Contacts, ContactColumns, appointment, place);
        row.Key("contact_id", FhirValues.PreferredIdentifier(appointment.Identifier));
        BasedOn(row, appointment.BasedOn);
        // The patient is the first Patient actor; an actor of unknown type (an unresolved urn:uuid) is tried last, so its problem is told.
        var person = actors.FirstOrDefault(a => FhirReferences.IsPerson(references.TypeOf(a)))
            ?? actors.FirstOrDefault(a => references.TypeOf(a) is null && FhirValues.Text(a.Reference) is not null);
        row.Reference("person_id", "participant.actor", references.Person(person));
        if (actors.FirstOrDefault(a => FhirReferences.IsService(references.TypeOf(a))) is { } service)
        {
            row.Reference("service_code", "participant.actor", references.Service(service));
        }
        else
        {
            row["service_code"] = FhirValues.FirstCode(appointment.ServiceType);
        }

        var start = FhirValues.Literal(appointment.StartElement);
        row["scheduled_at"] = FhirValues.UkDateTime(start);
        row["attendance"] = status switch
        {
            "proposed" or "pending" or "booked" or "waitlist" => "0",
            "arrived" or "checked-in" or "fulfilled" => "5",
            "noshow" => "3",
            "cancelled" => CancelledBy(appointment.CancelationReason, row),
            _ => status,
        };
        row["contact_mode"] = ContactMode(appointment.AppointmentType is { } type ? [type] : [], null);
        row["duration_minutes"] = FhirValues.Literal(appointment.MinutesDurationElement)
            ?? FhirValues.MinutesBetween(start, FhirValues.Literal(appointment.EndElement));
        return row.Build();
    }

    private static FhirMapped Contact(Encounter encounter, FhirPlace place)
    {
        var status = FhirValues.Literal(encounter.StatusElement);
        if (IsEnteredInError(status))
        {
            return FhirMapped.Skipped(new(FhirNoticeKind.EnteredInError, encounter.TypeName));
        }

        var references = place.References;
        var row = new FhirRowBuilder(ExtractKind.Contacts, ContactColumns, encounter, place);
        row.Key("contact_id", FhirValues.PreferredIdentifier(encounter.Identifier));
        BasedOn(row, encounter.BasedOn);
        row.Reference("person_id", "subject", references.Person(encounter.Subject));
        if (encounter.ServiceProvider is { } provider)
        {
            row.Reference("service_code", "serviceProvider", references.Service(provider));
        }
        else
        {
            row["service_code"] = FhirValues.FirstCode(encounter.ServiceType is { } serviceType ? [serviceType] : []);
        }

        var start = FhirValues.Literal(encounter.Period?.StartElement);
        row["scheduled_at"] = FhirValues.UkDateTime(start);
        row["attendance"] = status switch
        {
            "planned" => "0",
            "arrived" or "triaged" or "in-progress" or "onleave" or "finished" => "5",
            "cancelled" => CancelledEncounter(row),
            "unknown" => null,
            _ => status,
        };
        row["contact_mode"] = ContactMode(encounter.Type, encounter.Class);
        row["duration_minutes"] = FhirValues.Minutes(encounter.Length)
            ?? FhirValues.MinutesBetween(start, FhirValues.Literal(encounter.Period?.EndElement));
        return row.Build();
    }

    /// <summary>referral_id from the first basedOn that is (or may be) a ServiceRequest; none = not linked.</summary>
    private static void BasedOn(FhirRowBuilder row, List<ResourceReference> basedOn)
    {
        var references = row.Place.References;
        if (basedOn.FirstOrDefault(b => references.TypeOf(b) is not { } type || FhirReferences.IsReferral(type)) is { } referral)
        {
            row.Reference("referral_id", "basedOn", references.Referral(referral));
        }
    }

    /// <summary>2 when the reason is the patient, otherwise 4; no reason at all is counted in a warning.</summary>
    private static string CancelledBy(CodeableConcept? reason, FhirRowBuilder row)
    {
        if (reason is null || (FhirValues.Text(reason.Text) is null && reason.Coding.All(c => FhirValues.Text(c.Code) is null && FhirValues.Text(c.Display) is null)))
        {
            row.Notice = new(FhirNoticeKind.CancelledWithoutReason, "Appointment");
            return "4";
        }

        var codes = reason.Coding.Where(c => c.System == CancellationReasonSystem).Select(c => FhirValues.Text(c.Code)).OfType<string>().ToList();
        if (codes.Count > 0)
        {
            return codes.Any(c => c == "pat" || c.StartsWith("pat-", StringComparison.Ordinal)) ? "2" : "4";
        }

        var texts = reason.Coding.Select(c => c.Display).Append(reason.Text).OfType<string>();
        return texts.Any(t => t.Contains("patient", StringComparison.OrdinalIgnoreCase)) ? "2" : "4";
    }

    private static string CancelledEncounter(FhirRowBuilder row)
    {
        row.Notice = new(FhirNoticeKind.CancelledEncounter, "Encounter");
        return "4";
    }

    /// <summary>telephone, video or face_to_face from codes and texts; null when they say nothing about the mode.</summary>
    private static string? ContactMode(IEnumerable<CodeableConcept> concepts, Coding? encounterClass)
    {
        var codings = concepts.SelectMany(c => c.Coding).Append(encounterClass).OfType<Coding>().ToList();
        var codes = codings.Select(c => c.Code?.Trim().ToUpperInvariant()).OfType<string>().ToList();
        var texts = codings.Select(c => c.Display).Concat(concepts.Select(c => c.Text)).OfType<string>().ToList();
        bool Says(string word) => texts.Any(t => t.Contains(word, StringComparison.OrdinalIgnoreCase));

        if (codes.Any(c => c is "TEL" or "TELEPHONE" or "PHONE") || Says("phone"))
        {
            return "telephone";
        }

        if (codes.Any(c => c is "VR" or "VIDEO") || Says("video"))
        {
            return "video";
        }

        return codes.Any(InPersonClasses.Contains) || Says("face") ? "face_to_face" : null;
    }
}
