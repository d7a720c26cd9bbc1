namespace LocalCare.Core.WaitingLists;

/// <summary>A simulation's results at one capacity: per week, the spread over replications of the list size and long waits, and when each long wait clears.</summary>
/// <param name="Capacity">Removals a week simulated.</param>
/// <param name="Demand">Referrals a week simulated.</param>
/// <param name="Replications">How many replications the percentiles are over.</param>
/// <param name="Seed">The seed that reproduces these results.</param>
/// <param name="Weeks">Week 0 (the census, the same in every replication) to the last week, each at the end of its last day.</param>
/// <param name="Clearances">For each of over 18, 52, 65 and 78 weeks, the week that count first reaches 0.</param>
public sealed record SimulationResult(
    double Capacity,
    double Demand,
    int Replications,
    int Seed,
    IReadOnlyList<SimulatedWeek> Weeks,
    IReadOnlyList<ClearanceWeek> Clearances);
