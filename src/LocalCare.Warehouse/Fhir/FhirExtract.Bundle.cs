using Hl7.Fhir.Model;
using LocalCare.Core.Inputs;

namespace LocalCare.Warehouse.Fhir;

/// <summary>A JSON Bundle: parsed whole (a Bundle is one JSON document), then mapped entry by entry.</summary>
public static partial class FhirExtract
{
    /// <summary>Bundle types whose entries are resources to import. history, document, message and the responses are not.</summary>
    public static readonly IReadOnlyList<string> BundleTypes = ["transaction", "batch", "collection", "searchset"];

    private static FhirReadResult ReadBundle(Stream stream, string file)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var json = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        if (json.StartsWith("\uFEFF"u8))
        {
            json = json[3..];
        }

        var (resource, problems) = Parse(json);
        if (problems.Count > 0)
        {
            return Rejected(problems.Select(p => new InputError(file, 0, null, Describe(p, singleLine: false))));
        }

        if (resource is not Bundle bundle)
        {
            return Rejected([new InputError(file, 0, null,
                $"expected a Bundle but found {resource?.TypeName ?? "no resource"}: put single resources in an .ndjson file, one per line")]);
        }

        var type = FhirValues.Literal(bundle.TypeElement);
        if (type is null || !BundleTypes.Contains(type))
        {
            return Rejected([new InputError(file, 0, null,
                $"Bundle type '{type}' cannot be imported: use a {string.Join(", ", BundleTypes.SkipLast(1))} or {BundleTypes[^1]} Bundle")]);
        }

        var references = new FhirReferences(bundle.Entry.Where(e => e.Resource is not null).Select(e => (e.FullUrl, e.Resource!)));
        var tables = new FhirTables(file);
        for (var i = 0; i < bundle.Entry.Count; i++)
        {
            var line = i + 1;
            if (bundle.Entry[i].Resource is { } entryResource)
            {
                tables.Add(line, FhirMapper.Map(entryResource, new FhirPlace(line, InBundle: true, references)));
            }
            else
            {
                tables.Count(new FhirNotice(FhirNoticeKind.EntryWithoutResource, "Bundle"));
            }
        }

        return tables.Result();
    }

    private static FhirReadResult Rejected(IEnumerable<InputError> errors) => new([], errors.ToList(), []);
}
