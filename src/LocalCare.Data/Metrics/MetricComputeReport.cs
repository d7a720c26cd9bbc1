using LocalCare.Core.Metrics;

namespace LocalCare.Data.Metrics;

/// <summary>What a computation stored: its months, how many values, and how many per metric.</summary>
public sealed record MetricComputeReport(MonthRange Range, int Values, IReadOnlyList<(string Metric, int Values)> PerMetric);
