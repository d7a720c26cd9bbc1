using System.Text.Json.Serialization;

namespace LocalCare.Core.Metrics;

/// <summary>One stored value with its target: exactly metrics.md's JSON element.</summary>
/// <param name="Metric">The metric's id.</param>
/// <param name="Month">YYYY-MM.</param>
/// <param name="Unit">lco, locality:X, neighbourhood:X or service:X.</param>
/// <param name="Numerator">The sum of the numerators of the rows under the unit.</param>
/// <param name="Denominator">Null for counts.</param>
/// <param name="Value">Numerator for counts, else numerator / denominator; null when the denominator is 0.</param>
/// <param name="Target">The target for the unit in the month's plan year; null for none.</param>
/// <param name="Met">The value compared with the target in the metric's direction; null without a target or a value.</param>
public sealed record MetricValueJson(
    [property: JsonPropertyName("metric")] string Metric,
    [property: JsonPropertyName("month")] string Month,
    [property: JsonPropertyName("unit")] string Unit,
    [property: JsonPropertyName("numerator")] double Numerator,
    [property: JsonPropertyName("denominator")] double? Denominator,
    [property: JsonPropertyName("value")] double? Value,
    [property: JsonPropertyName("target")] double? Target,
    [property: JsonPropertyName("met")] bool? Met)
{
    public static MetricValueJson From(MetricReading r) =>
        new(r.MetricId, r.Month.ToString(), r.Unit, r.Numerator, r.Denominator, r.Value, r.Target, r.Met);
}
