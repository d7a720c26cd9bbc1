using Hl7.Fhir.Model;
using LocalCare.Warehouse.Imports;

namespace LocalCare.Warehouse.Fhir;

/// <summary>Builds one row: every contract column present (null until set), problems collected against their column.</summary>
internal sealed class FhirRowBuilder(ExtractKind kind, IReadOnlyList<string> columns, Resource resource, FhirPlace place)
{
    private readonly Dictionary<string, string?> _fields = columns.ToDictionary(c => c, _ => (string?)null, StringComparer.Ordinal);
    private readonly List<(string Column, string Reason)> _problems = [];

    public FhirPlace Place => place;

    public FhirNotice? Notice { get; set; }

    public string? this[string column]
    {
        set => _fields[column] = value;
    }

    /// <summary>The row's key from the resource's preferred identifier; a resource without one cannot become a row.</summary>
    public void Key(string column, Identifier? identifier)
    {
        if (FhirValues.Text(identifier?.Value) is { } value)
        {
            _fields[column] = value;
        }
        else
        {
            Problem(column, $"has no identifier; {column} is its identifier.value");
        }
    }

    /// <summary>A field read from a reference; <paramref name="element"/> names the FHIR element in the message.</summary>
    public void Reference(string column, string element, ReferenceKey key)
    {
        if (key.Problem is { } problem)
        {
            _problems.Add((column, $"{place.Label(resource)}: {element} {problem}"));
        }
        else
        {
            _fields[column] = key.Value;
        }
    }

    /// <summary>A problem told against one column, after the resource's name: <c>Appointment a-1 (entry 3) has no identifier</c>.</summary>
    public void Problem(string column, string what) => _problems.Add((column, $"{place.Label(resource)} {what}"));

    public FhirMapped Build() => new(kind, _problems.Count == 0 ? _fields : null, _problems, Notice);
}
