using System.Text.Json.Serialization;

namespace LocalCare.Core.Spc;

/// <summary>An SPC chart: exactly spc.md's JSON shape (<c>localcare spc --format json</c> and <c>GET /api/metrics/{id}/spc</c>).</summary>
/// <param name="Points">Every month with a value, oldest first.</param>
/// <param name="Mean">The latest group's mean; null without points.</param>
/// <param name="Lpl">The latest group's lower process limit; null with fewer than 2 points.</param>
/// <param name="Upl">The latest group's upper process limit; null with fewer than 2 points.</param>
/// <param name="Variation">common_cause, improvement_high, improvement_low, concern_high, concern_low, neutral_high or neutral_low; null without points.</param>
/// <param name="Assurance">consistent_pass, consistent_fail or inconsistent; null without a target.</param>
/// <param name="Warnings">Sentences for the reader, e.g. that the limits are not yet reliable.</param>
public sealed record SpcJson(
    [property: JsonPropertyName("points")] IReadOnlyList<SpcPointJson> Points,
    [property: JsonPropertyName("mean")] double? Mean,
    [property: JsonPropertyName("lpl")] double? Lpl,
    [property: JsonPropertyName("upl")] double? Upl,
    [property: JsonPropertyName("variation")] string? Variation,
    [property: JsonPropertyName("assurance")] string? Assurance,
    [property: JsonPropertyName("warnings")] IReadOnlyList<string> Warnings)
{
    /// <summary>
    /// A chart as spc.md writes it; a number beyond what JSON can hold (an overflowing range of huge values) is null, as the
    /// CLI writes it. The CLI and the API both write this.
    /// </summary>
    public static SpcJson From(SpcResult result) => new(
        result.Points.Select(p => new SpcPointJson(p.Period, p.Value, Finite(p.Mean), Finite(p.Lpl), Finite(p.Upl), p.Label.ToCode(), p.PointType.ToCode())).ToList(),
        Finite(result.Mean),
        Finite(result.Lpl),
        Finite(result.Upl),
        result.Variation?.ToCode(),
        result.Assurance?.ToCode(),
        result.Warnings);

    private static double? Finite(double? value) => value is { } v && double.IsFinite(v) ? v : null;
}
