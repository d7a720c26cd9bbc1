namespace LocalCare.Core.WaitingLists;

/// <summary>A one-line plain-English reading of each quantity of <see cref="WaitingListModelResult"/>.</summary>
public sealed record WaitingListModelReadings(
    string QueueLoad,
    string TargetMeanWait,
    string TargetQueueSize,
    string ReliefCapacity,
    string TargetCapacity,
    string Pressure,
    string Regime);
