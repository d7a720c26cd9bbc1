using Hl7.Fhir.Model;
using LocalCare.Warehouse.Imports;

namespace LocalCare.Warehouse.Fhir;

/// <summary>Where a resource came from: its row number (NDJSON line, or entry position in a Bundle) and the Bundle's references.</summary>
internal sealed record FhirPlace(int Line, bool InBundle, FhirReferences References)
{
    /// <summary>How messages name a resource: <c>ServiceRequest sr-1 (entry 12)</c> in a Bundle, <c>ServiceRequest sr-1</c> in NDJSON.</summary>
    public string Label(Resource resource)
    {
        var name = FhirValues.Text(resource.Id) is { } id ? $"{resource.TypeName} {id}" : resource.TypeName;
        return InBundle ? $"{name} (entry {Line})" : name;
    }
}

/// <summary>What one resource became: a row of an extract, problems with it (then no row), or nothing (skipped).</summary>
internal sealed record FhirMapped(
    ExtractKind? Kind,
    IReadOnlyDictionary<string, string?>? Fields,
    IReadOnlyList<(string Column, string Reason)> Problems,
    FhirNotice? Notice)
{
    public static FhirMapped Skipped(FhirNotice notice) => new(null, null, [], notice);
}
