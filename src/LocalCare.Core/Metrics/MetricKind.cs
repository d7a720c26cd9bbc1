namespace LocalCare.Core.Metrics;

/// <summary>How a metric's value is formed from its numerator and denominator (metrics.md).</summary>
public enum MetricKind
{
    /// <summary>numerator / denominator, a fraction shown as a percentage.</summary>
    Ratio,

    /// <summary>The numerator alone.</summary>
    Count,

    /// <summary>numerator / denominator, shown as a number (a mean score).</summary>
    Mean,
}
