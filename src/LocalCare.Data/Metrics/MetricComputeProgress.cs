namespace LocalCare.Data.Metrics;

/// <summary>Where a computation is: the metric being computed, how many are done, of how many steps.</summary>
public sealed record MetricComputeProgress(string Step, int Done, int Total);
