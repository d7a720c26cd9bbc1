using System.Text.Json.Serialization;
using LocalCare.Core.Metrics;
using LocalCare.Core.Spc;

namespace LocalCare.Web.Features.Performance;

/// <summary>A metric's definition as <c>GET /api/metrics</c> lists it.</summary>
/// <param name="Id">Stable id, e.g. <c>crisis-response-2h</c>.</param>
/// <param name="Name">As people read it.</param>
/// <param name="Kind">ratio, count or mean.</param>
/// <param name="Direction">higher or lower (which way is better).</param>
/// <param name="Definition">The numerator and denominator in words.</param>
/// <param name="DefaultTarget">The target seeded for the LCO each plan year, as stored (0.95 for 95%); null for none.</param>
/// <param name="Board">The code of the board that watches it.</param>
/// <param name="Source">built-in, custom (an analyst's SQL) or manual (entered, or imported from metric_values.csv).</param>
public sealed record MetricInfo(string Id, string Name, string Kind, string Direction, string Definition, double? DefaultTarget, string Board, string Source)
{
    public static MetricInfo From(MetricDefinition metric) => new(
        metric.Id, metric.Name, metric.Kind.ToCode(), metric.Direction.ToCode(), metric.Definition, metric.DefaultTarget, metric.BoardCode,
        MetricDetail.MetricSource(metric));
}

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

/// <summary>An SPC chart: exactly spc.md's JSON shape (the CLI's <c>localcare spc --format json</c>).</summary>
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
    /// CLI writes it. The CLI's writer (LocalCare.Cli/Output/SpcOutput.cs) is not reachable from the web: see docs/performance-pages.md.
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

/// <summary>One row of the performance summary (<c>GET /api/performance</c>).</summary>
/// <param name="Metric">The metric's id.</param>
/// <param name="Name">The metric's name.</param>
/// <param name="Board">The code of the board that watches it.</param>
/// <param name="Unit">The unit the row is for.</param>
/// <param name="Month">The latest month with a value (YYYY-MM); null when the unit has none.</param>
/// <param name="Value">That month's value as stored (0.934 for 93.4%).</param>
/// <param name="ValueText">As people read it ("93.4%").</param>
/// <param name="Target">The target of that month, as stored; null for none.</param>
/// <param name="TargetText">As people read it ("≥ 95.0%", "none").</param>
/// <param name="Met">Whether that month met its target; null without a target.</param>
/// <param name="Variation">The variation icon's code (spc.md); null without values.</param>
/// <param name="Assurance">The assurance icon's code; null without a target.</param>
/// <param name="Exception">True for a concern, or a target consistently failed or only sometimes met.</param>
/// <param name="Trend">The values charted (the latest 24 months with a value), oldest first.</param>
public sealed record PerformanceRow(
    string Metric, string Name, string Board, string Unit, string? Month, double? Value, string ValueText, double? Target, string TargetText, bool? Met,
    string? Variation, string? Assurance, bool Exception, IReadOnlyList<TrendPoint> Trend)
{
    public static PerformanceRow From(MetricSeries series) => new(
        series.Metric.Id, series.Metric.Name, series.Metric.BoardCode, series.Unit, series.Latest?.Month.ToString(), series.Latest?.Value,
        series.Metric.Format(series.Latest?.Value), series.Target, series.Metric.FormatTarget(series.Target), series.Latest?.Met,
        series.Latest is null ? null : series.Spc.Variation?.ToCode(), series.Spc.Assurance?.ToCode(), series.IsException,
        series.Spc.Points.Select(p => new TrendPoint(p.Period, p.Value, p.PointType.ToCode())).ToList());
}

/// <summary>A point of a trend line: its month, value and SPC point type.</summary>
public sealed record TrendPoint(string Month, double Value, string PointType);
