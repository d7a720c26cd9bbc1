using LocalCare.Core.Spc;

namespace LocalCare.Core.Metrics;

/// <summary>
/// A metric's stored readings at one unit, in month order, charted the Making Data Count way, by the same rule as the board
/// packs (board-packs.md): the series runs from the first month with a value, with the metric's rebase periods and screening on;
/// improvement comes from the metric's direction and the assurance icon uses the target of the latest month with a value. The
/// picture shows the latest <see cref="DefaultPoints"/> points (spc.md) or all of them; the limits and icons are the whole
/// series', so the metric page, the summary and a pack for the same month agree.
/// </summary>
public sealed class MetricSeries
{
    /// <summary>How many points a chart or a trend line shows unless all are asked for.</summary>
    public const int DefaultPoints = 24;

    /// <param name="metric">The metric.</param>
    /// <param name="unit">The unit the readings are for.</param>
    /// <param name="readings">The metric's stored readings at the unit, in any order.</param>
    /// <param name="window">How many of the latest months with a value to draw; null for all. The limits do not depend on it.</param>
    public MetricSeries(MetricDefinition metric, string unit, IReadOnlyList<MetricReading> readings, int? window = DefaultPoints)
    {
        Metric = metric;
        Unit = unit;
        Readings = readings.OrderBy(r => r.Month).ToList();
        var valued = Readings.Where(r => r.Value is not null).ToList();
        Latest = valued.LastOrDefault();
        ValueCount = valued.Count;
        Spc = Chart(metric.Direction, Readings, MetricRebases.Of(metric.RebasePeriods), Latest?.Target);
        PointsByMonth = Spc.Points.ToDictionary(p => p.Period, StringComparer.Ordinal);
        var from = window is { } n && valued.Count > n ? valued[^n].Month.ToString() : null;
        Charted = from is null ? Spc.Points : [.. Spc.Points.Where(p => string.CompareOrdinal(p.Period, from) >= 0)];
    }

    /// <summary>
    /// The SPC chart of a metric's series by the packs' rule: from the first reading with a value (a later month without one stays
    /// in, with no point), rebased at those of <paramref name="rebasePeriods"/> inside the series, screening on.
    /// </summary>
    public static SpcResult Chart(Direction direction, IReadOnlyList<MetricReading> ordered, IReadOnlyList<string> rebasePeriods, double? target)
    {
        var first = ordered.ToList().FindIndex(r => r.Value is not null);
        var series = first < 0 ? [] : ordered.Skip(first).ToList();
        // A rebase before the first value (or after the last month) is not part of this series.
        var periods = series.Select(r => r.Month.ToString()).ToHashSet(StringComparer.Ordinal);
        return SpcCalculator.Calculate(
            [.. series.Select(r => new SpcInputPoint(r.Month.ToString(), r.Value))],
            new SpcOptions(ImprovementOf(direction), target, RebasePeriods: [.. rebasePeriods.Where(periods.Contains)], ScreenOutliers: true));
    }

    public MetricDefinition Metric { get; }

    public string Unit { get; }

    /// <summary>Every stored month, oldest first (a month with no value is kept: it has no SPC point).</summary>
    public IReadOnlyList<MetricReading> Readings { get; }

    /// <summary>The latest month with a value; null when the unit has none.</summary>
    public MetricReading? Latest { get; }

    /// <summary>How many months have a value (the chart may show fewer).</summary>
    public int ValueCount { get; }

    /// <summary>The chart of the whole series: every point, its limits, and the icons of the latest point.</summary>
    public SpcResult Spc { get; }

    /// <summary>The points drawn: the latest of <see cref="Spc"/>'s within the window (all of them when there is no window).</summary>
    public IReadOnlyList<SpcPoint> Charted { get; }

    /// <summary>Every point by month; a month before the first value has none.</summary>
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
