namespace LocalCare.Core.WaitingLists;

/// <summary>One scenario's name, capacity and results, for the side-by-side comparison.</summary>
public sealed record ScenarioResult(string Name, double Capacity, SimulationResult Result);
