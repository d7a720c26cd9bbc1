using System.Text.Json.Serialization;

namespace LocalCare.Core.Spc;

/// <summary>One point of <see cref="SpcJson"/>.</summary>
/// <param name="Period">YYYY-MM.</param>
/// <param name="Value">The month's value.</param>
/// <param name="Mean">Its group's mean.</param>
/// <param name="Lpl">Its group's lower process limit; null with fewer than 2 points.</param>
/// <param name="Upl">Its group's upper process limit; null with fewer than 2 points.</param>
/// <param name="Label">The special-cause rule that applies (spc.md), or common_cause.</param>
/// <param name="PointType">common_cause, special_cause_improvement, special_cause_concern, special_cause_neutral_high or special_cause_neutral_low.</param>
public sealed record SpcPointJson(
    [property: JsonPropertyName("period")] string Period,
    [property: JsonPropertyName("value")] double Value,
    [property: JsonPropertyName("mean")] double? Mean,
    [property: JsonPropertyName("lpl")] double? Lpl,
    [property: JsonPropertyName("upl")] double? Upl,
    [property: JsonPropertyName("label")] string Label,
    [property: JsonPropertyName("point_type")] string PointType);
