namespace LocalCare.Core.Spc;

/// <summary>One group's mean, process limits and near-limit lines, computed from its baseline values as spc.md and NHSRplotthedots do.</summary>
/// <param name="Mean">Mean of the baseline values.</param>
/// <param name="AverageMovingRange">Mean moving range after screening; 0 when screening leaves none.</param>
public sealed record SpcLimits(double Mean, double AverageMovingRange)
{
    /// <summary>Process limits are the mean ± this many average moving ranges.</summary>
    public const double LimitFactor = 2.66;

    /// <summary>A moving range at or above this many average moving ranges is screened out.</summary>
    public const double ScreenFactor = 3.267;

    // Written as NHSRplotthedots writes it (2 * (limit / 3)): (2.0 / 3) * 2.66 can round differently.
    private const double NearFactor = 2 * (LimitFactor / 3);

    public double Lpl => Mean - (LimitFactor * AverageMovingRange);

    public double Upl => Mean + (LimitFactor * AverageMovingRange);

    public double NearLpl => Mean - (NearFactor * AverageMovingRange);

    public double NearUpl => Mean + (NearFactor * AverageMovingRange);

    /// <summary>The limits of a baseline of at least two values (fewer have no moving range, so no limits).</summary>
    public static SpcLimits Of(IReadOnlyList<double> baseline, bool screenOutliers)
    {
        if (baseline.Count < 2)
        {
            throw new ArgumentException("Limits need at least two values.", nameof(baseline));
        }

        var movingRanges = new double[baseline.Count - 1];
        for (var i = 1; i < baseline.Count; i++)
        {
            movingRanges[i - 1] = Math.Abs(baseline[i] - baseline[i - 1]);
        }

        var averageMovingRange = RMean.Of(movingRanges);
        if (screenOutliers)
        {
            // One pass; the threshold is computed once from the unscreened average.
            var threshold = ScreenFactor * averageMovingRange;
            var kept = movingRanges.Where(range => range < threshold).ToList();

            // Only a constant baseline leaves none (0 < 0 is false); its limits collapse onto the mean.
            averageMovingRange = kept.Count == 0 ? 0 : RMean.Of(kept);
        }

        return new SpcLimits(RMean.Of(baseline), averageMovingRange);
    }
}
