using LocalCare.Core.Generation;

namespace LocalCare.Data.Metrics;

/// <summary>Which stored values to read: any of metric, unit and month range (null = all).</summary>
public sealed record MetricFilter(string? MetricId = null, string? Unit = null, YearMonth? From = null, YearMonth? To = null);
