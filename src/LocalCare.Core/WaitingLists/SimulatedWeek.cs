namespace LocalCare.Core.WaitingLists;

/// <summary>One week's spread over replications: the list size and how many have waited over 18, 52, 65 and 78 weeks, at the week's end.</summary>
public sealed record SimulatedWeek(
    int Week,
    SimulatedRange QueueSize,
    SimulatedRange Over18Weeks,
    SimulatedRange Over52Weeks,
    SimulatedRange Over65Weeks,
    SimulatedRange Over78Weeks);
