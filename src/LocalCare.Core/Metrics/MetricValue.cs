using LocalCare.Core.Generation;

namespace LocalCare.Core.Metrics;

/// <summary>A metric's value at one unit for one month, as computed (metrics.md): numerator, denominator and their quotient.</summary>
public sealed class MetricValue
{
    public required string MetricId { get; init; }

    /// <summary><c>lco</c>, <c>locality:X</c>, <c>neighbourhood:X</c> or <c>service:X</c>.</summary>
    public required string Unit { get; init; }

    public required YearMonth Month { get; init; }

    public required double Numerator { get; init; }

    /// <summary>Null for counts.</summary>
    public double? Denominator { get; init; }

    /// <summary>Numerator for counts, else numerator / denominator; null when the denominator is 0.</summary>
    public double? Value { get; init; }

    /// <summary>The value metrics.md gives a numerator and a denominator of a metric of <paramref name="kind"/>.</summary>
    public static double? ValueOf(MetricKind kind, double numerator, double? denominator) => kind switch
    {
        MetricKind.Count => numerator,
        _ when denominator is null or 0 => null,
        _ => numerator / denominator,
    };
}
