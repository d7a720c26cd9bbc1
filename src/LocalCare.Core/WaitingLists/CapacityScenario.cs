namespace LocalCare.Core.WaitingLists;

/// <summary>One capacity to simulate, by name, for the side-by-side comparison (waiting-lists.md: current, target, relief and the user's).</summary>
/// <param name="Name">Unique among the scenarios compared.</param>
/// <param name="Capacity">Removals a week (0 or more).</param>
public sealed record CapacityScenario(string Name, double Capacity)
{
    public const string Current = "current";
    public const string Target = "target";
    public const string Relief = "relief";
    public const string User = "user";

    /// <summary>
    /// The spec's four: the current capacity, the model's target and relief capacities, and <paramref name="userCapacity"/> when given.
    /// A relief capacity below 0 (possible only when the list is far under its target size) becomes 0: nobody can be removed faster than never.
    /// </summary>
    public static IReadOnlyList<CapacityScenario> Standard(double currentCapacity, WaitingListModelResult model, double? userCapacity = null)
    {
        List<CapacityScenario> scenarios =
        [
            new(Current, currentCapacity),
            new(Target, model.TargetCapacity),
            new(Relief, Math.Max(0, model.ReliefCapacity)),
        ];
        if (userCapacity is { } user)
        {
            scenarios.Add(new(User, user));
        }

        return scenarios;
    }
}
