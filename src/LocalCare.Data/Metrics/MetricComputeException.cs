namespace LocalCare.Data.Metrics;

/// <summary>A metric whose query failed during a computation; nothing was stored.</summary>
public sealed class MetricComputeException(string metricId, string problem) : Exception($"Metric {metricId}: the query {problem}. Nothing was stored.")
{
    public string MetricId { get; } = metricId;
}
