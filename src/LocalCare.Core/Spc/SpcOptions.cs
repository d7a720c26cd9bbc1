namespace LocalCare.Core.Spc;

/// <summary>How to read a series: the improvement direction, an optional target, rebases, a baseline and outlier screening.</summary>
/// <param name="Improvement">Which way is better; <see cref="ImprovementDirection.Neither"/> gives neutral signals and no assurance.</param>
/// <param name="Target">The target the assurance icon compares with the latest group's limits; null for none.</param>
/// <param name="Baseline">Limits use only the first N points of each group (N at least <see cref="SpcCalculator.MinimumBaseline"/>); null for all.</param>
/// <param name="RebasePeriods">Periods that each start a new group with its own limits.</param>
/// <param name="ScreenOutliers">Drop moving ranges at or above 3.267 × their mean before the limits; false matches the Making Data Count Excel tool.</param>
public sealed record SpcOptions(
    ImprovementDirection Improvement,
    double? Target = null,
    int? Baseline = null,
    IReadOnlyList<string>? RebasePeriods = null,
    bool ScreenOutliers = true);
