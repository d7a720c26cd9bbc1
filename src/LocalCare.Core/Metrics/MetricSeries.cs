using LocalCare.Core.Spc;

namespace LocalCare.Core.Metrics;

/// <summary>
/// A metric's stored readings at one unit, in month order, charted the Making Data Count way: improvement from the metric's
/// direction, and the target of the latest month with a value for the assurance icon. The chart covers the latest
/// <see cref="DefaultPoints"/> months with a value (or all of them): its limits and icons come from exactly the points drawn.
/// </summary>
public sealed class MetricSeries
{
    /// <summary>How many points a chart or a trend line shows unless all are asked for.</summary>
    public const int DefaultPoints = 24;

    /// <param name="metric">The metric.</param>
    /// <param name="unit">The unit the readings are for.</param>
    /// <param name="readings">The metric's stored readings at the unit, in any order.</param>
    /// <param name="window">How many of the latest months with a value to chart; null for all.</param>
    public MetricSeries(MetricDefinition metric, string unit, IReadOnlyList<MetricReading> readings, int? window = DefaultPoints)
    {
        Metric = metric;
        Unit = unit;
        Readings = readings.OrderBy(r => r.Month).ToList();
        var valued = Readings.Where(r => r.Value is not null).ToList();
        Latest = valued.LastOrDefault();
        ValueCount = valued.Count;
        var charted = window is { } n && valued.Count > n ? Readings.Where(r => r.Month >= valued[^n].Month) : Readings;
        Spc = SpcCalculator.Calculate(
            charted.Select(r => new SpcInputPoint(r.Month.ToString(), r.Value)).ToList(),
            new SpcOptions(ImprovementOf(metric.Direction), Latest?.Target));
        PointsByMonth = Spc.Points.ToDictionary(p => p.Period, StringComparer.Ordinal);
    }

    public MetricDefinition Metric { get; }

    public string Unit { get; }

    /// <summary>Every stored month, oldest first (a month with no value is kept: it has no SPC point).</summary>
    public IReadOnlyList<MetricReading> Readings { get; }

    /// <summary>The latest month with a value; null when the unit has none.</summary>
    public MetricReading? Latest { get; }

    /// <summary>How many months have a value (the chart may show fewer).</summary>
    public int ValueCount { get; }

    /// <summary>The chart of the charted months: the points drawn, their limits and the icons.</summary>
    public SpcResult Spc { get; }

    /// <summary>The charted points by month; a month before the chart's window has none.</summary>
    public IReadOnlyDictionary<string, SpcPoint> PointsByMonth { get; }

    /// <summary>The target the assurance icon uses: the latest month's.</summary>
    public double? Target => Latest?.Target;

    /// <summary>The target of each charted month, for the target line (targets may change from one plan year to the next).</summary>
    public IReadOnlyDictionary<string, double?> TargetsByMonth() =>
        Readings.ToDictionary(r => r.Month.ToString(), r => r.Target, StringComparer.Ordinal);

    /// <summary>Higher is better → increase; lower is better → decrease.</summary>
    public static ImprovementDirection ImprovementOf(Direction direction) =>
        direction == Direction.HigherIsBetter ? ImprovementDirection.Increase : ImprovementDirection.Decrease;

    /// <summary>
    /// Where a metric goes when exceptions come first: concern before anything else, then consistent fail, then hit and miss;
    /// lower is sooner. Metrics with no value go last.
    /// </summary>
    public int ExceptionRank()
    {
        if (Latest is null)
        {
            return 9;
        }

        var concern = Spc.Variation is Variation.ConcernHigh or Variation.ConcernLow ? 0 : 3;
        var assurance = Spc.Assurance switch
        {
            Assurance.ConsistentFail => 0,
            Assurance.Inconsistent => 1,
            _ => 2,
        };
        return concern + assurance;
    }

    /// <summary>True when the metric is an exception: a concern, or a target it will fail or only sometimes meet.</summary>
    public bool IsException => ExceptionRank() < 5;
}
