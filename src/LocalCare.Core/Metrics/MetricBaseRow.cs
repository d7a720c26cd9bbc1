using LocalCare.Core.Generation;

namespace LocalCare.Core.Metrics;

/// <summary>
/// One row of a metric's SQL at the base grain of metrics.md: a month, a service and a neighbourhood (null = unknown),
/// with the numerator and the denominator (null for counts).
/// </summary>
public readonly record struct MetricBaseRow(YearMonth Month, string ServiceCode, string? NeighbourhoodCode, double Numerator, double? Denominator);
