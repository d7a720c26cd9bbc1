using System.Globalization;
using System.Text.RegularExpressions;
using Hl7.Fhir.Model;

namespace LocalCare.Warehouse.Fhir;

/// <summary>FHIR primitive values turned into the text formats of data-contract.md.</summary>
internal static partial class FhirValues
{
    /// <summary>The NHS number's identifier system: never a pseudonymised person_id.</summary>
    public const string NhsNumberSystem = "https://fhir.nhs.uk/Id/nhs-number";

    private static readonly TimeZoneInfo UkTime = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    /// <summary>The raw text of a primitive as it stood in the JSON (also for codes the model does not know), or null.</summary>
    public static string? Literal(PrimitiveType? primitive) =>
        Text(Convert.ToString(primitive?.JsonValue, CultureInfo.InvariantCulture));

    /// <summary>Null for a missing or blank value, otherwise the value as it is.</summary>
    public static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    /// <summary>
    /// A FHIR date, dateTime or instant as a contract date-time: <c>YYYY-MM-DDTHH:MM:SS</c> in UK local time (Europe/London),
    /// no offset. A value with an offset is converted to UK time (GMT or BST as it was on that date); a date alone is
    /// midnight; a time without an offset is taken as UK time already; fractions of a second are dropped. A partial date
    /// (<c>2025</c>, <c>2025-06</c>) has no contract form and is returned as it is, so the import names it.
    /// </summary>
    public static string? UkDateTime(string? value)
    {
        if (Text(value) is not { } text)
        {
            return null;
        }

        var match = DateTimePattern().Match(text);
        if (!match.Success)
        {
            return text;
        }

        if (!match.Groups["time"].Success)
        {
            return match.Groups["date"].Value + "T00:00:00";
        }

        if (!match.Groups["offset"].Success)
        {
            return DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local) ? Format(local) : text;
        }

        return Instant(text) is { } instant ? Format(TimeZoneInfo.ConvertTime(instant, UkTime).DateTime) : text;
    }

    /// <summary>A dateTime or instant with an offset as a point in time; null when it has none.</summary>
    public static DateTimeOffset? Instant(string? value)
    {
        var match = DateTimePattern().Match(value ?? "");
        return match.Success && match.Groups["offset"].Success
            && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant)
            ? instant
            : null;
    }

    /// <summary>Whole minutes from start to end, when both are points in time and end is not before start.</summary>
    public static string? MinutesBetween(string? start, string? end) =>
        Instant(start) is { } from && Instant(end) is { } to && to >= from
            ? Whole((decimal)(to - from).TotalMinutes)
            : null;

    /// <summary>
    /// A Duration (Encounter.length) in whole minutes: UCUM <c>min</c>, <c>h</c>, <c>s</c> or <c>d</c> (the code, else the
    /// unit text, also <c>minutes</c> and <c>hours</c>), rounded half away from zero. Another unit comes back as
    /// "value unit" so the import names it.
    /// </summary>
    public static string? Minutes(Quantity? length)
    {
        if (length?.Value is not { } value)
        {
            return null;
        }

        var unit = (Text(length.Code) ?? Text(length.Unit) ?? "min").Trim().ToLowerInvariant();
        decimal? minutes = unit switch
        {
            "min" or "mins" or "minute" or "minutes" => value,
            "h" or "hour" or "hours" => value * 60,
            "s" or "second" or "seconds" => value / 60,
            "d" or "day" or "days" => value * 1440,
            _ => null,
        };
        return minutes is { } m ? Whole(m) : string.Create(CultureInfo.InvariantCulture, $"{value} {unit}");
    }

    /// <summary>
    /// The identifier that names the record: the first with <c>use</c> usual, else official, else one with no use,
    /// else secondary, temp, then old; blank values are passed over.
    /// </summary>
    public static Identifier? PreferredIdentifier(IEnumerable<Identifier>? identifiers) =>
        identifiers?
            .Where(i => Text(i.Value) is not null)
            .OrderBy(i => Literal(i.UseElement) switch
            {
                "usual" => 0,
                "official" => 1,
                null => 2,
                "secondary" => 3,
                "temp" => 4,
                _ => 5,
            })
            .FirstOrDefault();

    /// <summary>The first code of a CodeableConcept list (<c>[0].coding[0].code</c>).</summary>
    public static string? FirstCode(IEnumerable<CodeableConcept>? concepts) =>
        Text(concepts?.FirstOrDefault()?.Coding.FirstOrDefault()?.Code);

    private static string Whole(decimal minutes) =>
        decimal.Round(minutes, MidpointRounding.AwayFromZero).ToString("0", CultureInfo.InvariantCulture);

    private static string Format(DateTime local) =>
        local.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<date>\d{4}-\d{2}-\d{2})(T(?<time>\d{2}:\d{2}(:\d{2}(\.\d+)?)?)(?<offset>Z|[+-]\d{2}:\d{2})?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DateTimePattern();
}
