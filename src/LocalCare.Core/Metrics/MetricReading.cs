using LocalCare.Core.Generation;

namespace LocalCare.Core.Metrics;

/// <summary>A stored metric value with the target that applies to it and whether it met it: one element of metrics.md's JSON.</summary>
public sealed record MetricReading(string MetricId, YearMonth Month, string Unit, double Numerator, double? Denominator, double? Value, double? Target, bool? Met);
