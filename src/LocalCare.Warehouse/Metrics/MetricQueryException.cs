namespace LocalCare.Warehouse.Metrics;

/// <summary>A metric query that could not run or returned something other than base rows; the message completes "the query …".</summary>
public sealed class MetricQueryException(string message) : Exception(message);
