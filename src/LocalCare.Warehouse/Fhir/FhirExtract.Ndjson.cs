using System.Text;
using Hl7.Fhir.Model;
using LocalCare.Core.Inputs;

namespace LocalCare.Warehouse.Fhir;

/// <summary>Bulk-export NDJSON: read line by line, never whole, each line parsed and mapped on its own.</summary>
public static partial class FhirExtract
{
    /// <summary>One non-blank NDJSON line: its resource, or why the parser rejected it.</summary>
    internal sealed record NdjsonLine(int Line, Resource? Resource, IReadOnlyList<InputError> Errors);

    private static FhirReadResult ReadNdjson(Stream stream, string file)
    {
        var tables = new FhirTables(file);
        foreach (var line in NdjsonLines(stream, file))
        {
            if (line.Resource is null)
            {
                tables.Errors(line.Errors);
            }
            else
            {
                tables.Add(line.Line, FhirMapper.Map(line.Resource, new FhirPlace(line.Line, InBundle: false, FhirReferences.None)));
            }
        }

        return tables.Result();
    }

    /// <summary>
    /// The lines of an NDJSON stream as they are read (lazily; the stream is left open). A line the parser rejects is an
    /// error on that line, and the lines after it are still read, so one run reports every bad line.
    /// </summary>
    internal static IEnumerable<NdjsonLine> NdjsonLines(Stream stream, string file)
    {
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 64 * 1024, leaveOpen: true);
        var number = 0;
        while (reader.ReadLine() is { } text)
        {
            number++;
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            var (resource, problems) = Parse(text);
            yield return new NdjsonLine(number, resource, problems.Select(p => new InputError(file, number, null, Describe(p, singleLine: true))).ToList());
        }
    }
}
