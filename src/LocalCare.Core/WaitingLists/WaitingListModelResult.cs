namespace LocalCare.Core.WaitingLists;

/// <summary>Every quantity of the waiting-list model (weeks throughout), the regime, and a plain-English reading of each for the page.</summary>
/// <param name="QueueLoad">Demand ÷ capacity: over 1, the list grows; null when the capacity is 0 (nothing is removed).</param>
/// <param name="TargetMeanWait">The mean wait, in weeks, that keeps waits within the target: target ÷ factor.</param>
/// <param name="TargetQueueSize">The list size that goes with that mean wait: demand × target ÷ factor (Little's law).</param>
/// <param name="ReliefCapacity">Removals a week that bring the list to its target size in the time to target.</param>
/// <param name="TargetCapacity">Removals a week that hold the mean wait at the target mean wait once there.</param>
/// <param name="Pressure">2 × mean wait ÷ target: over 1, the list will breach its target; null without a mean wait.</param>
/// <param name="Regime">Relief first (the list is more than twice its target size), else steady.</param>
/// <param name="ReliefDemand">The demand the relief capacity used: the demand, or the demand raised for the uncertainty of its estimate.</param>
/// <param name="Readings">One sentence per quantity, for people.</param>
public sealed record WaitingListModelResult(
    double? QueueLoad,
    double TargetMeanWait,
    double TargetQueueSize,
    double ReliefCapacity,
    double TargetCapacity,
    double? Pressure,
    WaitingListRegime Regime,
    double ReliefDemand,
    WaitingListModelReadings Readings);
