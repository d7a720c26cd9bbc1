namespace LocalCare.Core.WaitingLists;

/// <summary>
/// The week a long-wait count first reaches 0 (0: already none at the census), as percentiles over replications. A replication that never
/// clears within the horizon counts as later than every week, so a percentile that depends on one is null ("not within the horizon").
/// </summary>
/// <param name="OverWeeks">The threshold: waiting more than this many weeks.</param>
/// <param name="P10">The 10th percentile week; null when not within the horizon.</param>
/// <param name="Median">The median week; null when not within the horizon.</param>
/// <param name="P90">The 90th percentile week; null when not within the horizon.</param>
/// <param name="Cleared">How many replications reached 0 within the horizon.</param>
public sealed record ClearanceWeek(int OverWeeks, double? P10, double? Median, double? P90, int Cleared);
