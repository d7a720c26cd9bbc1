using System.Runtime.CompilerServices;
using LocalCare.Core.Inputs;
using LocalCare.Warehouse.Imports;

// The tests read NDJSON lazily to show it is streamed, and check the value conversions on their own.
[assembly: InternalsVisibleTo("LocalCare.Warehouse.Tests")]

namespace LocalCare.Warehouse.Fhir;

/// <summary>The FHIR file shapes <c>localcare import</c> reads.</summary>
public enum FhirFormat
{
    /// <summary>One JSON Bundle of type transaction, batch, collection or searchset; rows are numbered by entry (1-based).</summary>
    Bundle,

    /// <summary>Bulk-export NDJSON: one resource per line, blank lines skipped; rows are numbered by line (1-based).</summary>
    Ndjson,
}

/// <summary>What a FHIR file became: one table per extract present (referrals, contacts), problems, and warnings.</summary>
/// <param name="Tables">Referrals then Contacts, each only when the file holds resources of that kind; rows in source order.</param>
/// <param name="Errors">
/// User mistakes, one per problem: a file-level error (line 0) when the file is not valid JSON or FHIR, is not a Bundle or
/// is a Bundle of another type (then there are no tables); otherwise the NDJSON line or Bundle entry that cannot become a row.
/// </param>
/// <param name="Warnings">One line per kind of thing skipped or assumed, with a count: <c>referrals.json: skipped 3 Patient resources: ...</c>.</param>
public sealed record FhirReadResult(IReadOnlyList<TextTable> Tables, IReadOnlyList<InputError> Errors, IReadOnlyList<string> Warnings);

/// <summary>
/// Reads FHIR R4 JSON Bundles and bulk-export NDJSON of ServiceRequest, Appointment and Encounter into the rows of
/// referrals.csv and contacts.csv (mapping: <see cref="FhirMapper"/> and docs/fhir-mapping.md). Nothing is validated
/// against the contract here: the import does that, exactly as for CSV rows.
/// </summary>
/// <remarks>
/// <see cref="TextRow.Line"/> is the 1-based NDJSON line, or the 1-based position of the entry in the Bundle's
/// <c>entry</c> array; messages about a Bundle entry also say "entry N". The parser (Hl7.Fhir.R4) runs in its
/// backwards-compatible mode: elements, codes and resource types it does not know are accepted (newer FHIR versions,
/// local additions), while broken JSON, wrong data types, malformed dates and missing mandatory elements are errors.
/// </remarks>
public static partial class FhirExtract
{
    /// <summary>Reads a Bundle (<c>.json</c>) or NDJSON (<c>.ndjson</c>) file; the format follows the extension.</summary>
    public static FhirReadResult Read(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.SequentialScan);
        return Read(stream, Path.GetFileName(path), FormatOf(path));
    }

    /// <summary>Reads a Bundle or NDJSON from a stream (left open); <paramref name="fileName"/> is the name used in messages.</summary>
    public static FhirReadResult Read(Stream stream, string fileName, FhirFormat format) => format switch
    {
        FhirFormat.Ndjson => ReadNdjson(stream, fileName),
        _ => ReadBundle(stream, fileName),
    };

    /// <summary><see cref="FhirFormat.Ndjson"/> for <c>.ndjson</c>, otherwise <see cref="FhirFormat.Bundle"/>.</summary>
    public static FhirFormat FormatOf(string path) =>
        Path.GetExtension(path).Equals(".ndjson", StringComparison.OrdinalIgnoreCase) ? FhirFormat.Ndjson : FhirFormat.Bundle;

    /// <summary>True for an <c>.ndjson</c> file, or a <c>.json</c> file that starts with <c>{</c> and names a <c>"resourceType"</c> early on.</summary>
    public static bool LooksLikeFhir(string path)
    {
        var extension = Path.GetExtension(path);
        if (extension.Equals(".ndjson", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (!extension.Equals(".json", StringComparison.OrdinalIgnoreCase) || !File.Exists(path))
        {
            return false;
        }

        using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        var buffer = new char[64 * 1024];
        var head = buffer.AsSpan(0, reader.ReadBlock(buffer));
        return head.TrimStart() is ['{', ..] && head.Contains("\"resourceType\"", StringComparison.Ordinal);
    }
}
