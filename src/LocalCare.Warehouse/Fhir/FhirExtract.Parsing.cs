using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Hl7.Fhir.Utility;

namespace LocalCare.Warehouse.Fhir;

/// <summary>Parsing with Hl7.Fhir.R4, and the parser's complaints in words a user can act on.</summary>
public static partial class FhirExtract
{
    private static readonly FhirJsonDeserializer Deserializer =
        new(new DeserializerSettings().UsingMode(DeserializationMode.BackwardsCompatible));

    /// <summary>One thing the parser rejected: its message, and where (the JSON line and position, 1-based, and the FHIR path).</summary>
    internal sealed record ParseProblem(string Message, bool IsJson, string? Path, long? Line, long? Position);

    internal static (Resource? Resource, IReadOnlyList<ParseProblem> Problems) Parse(ReadOnlySpan<byte> utf8Json)
    {
        try
        {
            var reader = new Utf8JsonReader(utf8Json);
            return (Deserializer.DeserializeResource(ref reader), []);
        }
        catch (Exception e) when (Problems(e) is { } problems)
        {
            return (null, problems);
        }
    }

    internal static (Resource? Resource, IReadOnlyList<ParseProblem> Problems) Parse(string json)
    {
        try
        {
            return (Deserializer.DeserializeResource(json), []);
        }
        catch (Exception e) when (Problems(e) is { } problems)
        {
            return (null, problems);
        }
    }

    private static List<ParseProblem>? Problems(Exception exception) => exception switch
    {
        DeserializationFailedException failed => failed.Exceptions.Select(Problem).ToList(),
        JsonException json => [new(JsonPosition().Replace(json.Message, ""), true, null, json.LineNumber + 1, json.BytePositionInLine + 1)],
        InvalidOperationException or FormatException => [new(exception.Message, false, null, null, null)],
        _ => null,
    };

    private static ParseProblem Problem(Exception issue) => issue is ExtendedCodedException coded
        ? new(coded.BaseErrorMessage.TrimEnd('.'), false, coded.InstancePath, coded.LineNumber, coded.Position)
        : new(issue.Message.TrimEnd('.'), false, null, null, null);

    /// <summary>
    /// The reason of an error: <c>not valid JSON at line 3, position 11: ...</c>, or <c>entry 4 is not valid FHIR: ...
    /// (at start, line 40, position 18)</c>. In NDJSON the line is the error's own, so only the position is told.
    /// </summary>
    internal static string Describe(ParseProblem problem, bool singleLine)
    {
        var line = singleLine || problem.Line is null ? null : $"line {problem.Line}";
        var position = problem.Position is null ? null : $"position {problem.Position}";
        var at = string.Join(", ", new[] { line, position }.OfType<string>());
        if (problem.IsJson)
        {
            return at.Length > 0 ? $"not valid JSON at {at}: {problem.Message}" : $"not valid JSON: {problem.Message}";
        }

        var path = problem.Path;
        var entry = path is null ? null : BundleEntryPath().Match(path);
        var subject = "not valid FHIR";
        if (entry is { Success: true })
        {
            subject = $"entry {int.Parse(entry.Groups["index"].Value, CultureInfo.InvariantCulture) + 1} is not valid FHIR";
            path = entry.Groups["rest"].Value is { Length: > 0 } rest ? rest : null;
        }

        var where = string.Join(", ", new[] { path is null ? null : $"at {path}", at.Length > 0 ? at : null }.OfType<string>());
        return where.Length > 0 ? $"{subject}: {problem.Message} ({where})" : $"{subject}: {problem.Message}";
    }

    [GeneratedRegex(@"\s*LineNumber: \d+ \| BytePositionInLine: \d+\.?\s*$")]
    private static partial Regex JsonPosition();

    [GeneratedRegex(@"^Bundle\.entry\[(?<index>\d+)\](\.resource)?\.?(?<rest>.*)$")]
    private static partial Regex BundleEntryPath();
}
