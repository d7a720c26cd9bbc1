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

/// <summary>Text forms of <see cref="MetricKind"/>.</summary>
public static class MetricKinds
{
    public static string ToCode(this MetricKind kind) => kind switch
    {
        MetricKind.Ratio => "ratio",
        MetricKind.Count => "count",
        MetricKind.Mean => "mean",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
