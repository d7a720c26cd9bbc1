using System.Diagnostics;

namespace LocalCare.Warehouse.Fhir;

/// <summary>Something worth one warning line per file, counted: <c>skipped 3 Patient resources</c>.</summary>
internal readonly record struct FhirNotice(FhirNoticeKind Kind, string ResourceType)
{
    public string Describe(string file, int count)
    {
        var many = count != 1;
        var things = ResourceType + (many ? "s" : "");
        return Kind switch
        {
            FhirNoticeKind.NotImported => $"{file}: skipped {count} {ResourceType} resource{(many ? "s" : "")}: only ServiceRequest, Appointment and Encounter are imported",
            FhirNoticeKind.EnteredInError => $"{file}: skipped {count} {things} with status entered-in-error",
            FhirNoticeKind.CancelledWithoutReason => $"{file}: {count} cancelled {things} {(many ? "have" : "has")} no cancelationReason; recorded as cancelled by the provider (attendance 4)",
            FhirNoticeKind.CancelledEncounter => $"{file}: {count} cancelled {things} recorded as cancelled by the provider (attendance 4): an R4 Encounter does not say who cancelled",
            FhirNoticeKind.ClosedWithoutEnd => $"{file}: {count} completed or revoked {things} {(many ? "have" : "has")} no occurrencePeriod.end; imported without discharged_at",
            FhirNoticeKind.EntryWithoutResource => $"{file}: skipped {count} Bundle {(many ? "entries" : "entry")} without a resource (such as DELETE requests)",
            _ => throw new UnreachableException($"No words for {Kind}."),
        };
    }
}

internal enum FhirNoticeKind
{
    NotImported,
    EnteredInError,
    CancelledWithoutReason,
    CancelledEncounter,
    ClosedWithoutEnd,
    EntryWithoutResource,
}
