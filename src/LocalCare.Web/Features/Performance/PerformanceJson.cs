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
        series.Charted.Select(p => new TrendPoint(p.Period, p.Value, p.PointType.ToCode())).ToList());
}

/// <summary>A point of a trend line: its month, value and SPC point type.</summary>
public sealed record TrendPoint(string Month, double Value, string PointType);
