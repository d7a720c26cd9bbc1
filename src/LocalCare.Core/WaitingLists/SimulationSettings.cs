namespace LocalCare.Core.WaitingLists;

/// <summary>What a simulation of one service's waiting list starts from and runs for; the capacity is chosen per run or scenario.</summary>
/// <param name="InitialDaysWaited">Each person waiting at the census and how many whole days they had waited (0 or more).</param>
/// <param name="Demand">Referrals a week, arriving at random (a Poisson process; 0 or more).</param>
/// <param name="Weeks">Weeks to simulate after the census (1 to <see cref="MaxWeeks"/>).</param>
/// <param name="WithdrawalProbability">The chance, each week, that a person waiting leaves the list without being seen (0 to 1).</param>
/// <param name="Replications">How many times to run it (1 to <see cref="MaxReplications"/>).</param>
/// <param name="Seed">The same seed and settings give the same results.</param>
public sealed record SimulationSettings(
    IReadOnlyList<int> InitialDaysWaited,
    double Demand,
    int Weeks,
    double WithdrawalProbability = 0,
    int Replications = SimulationSettings.DefaultReplications,
    int Seed = SimulationSettings.DefaultSeed)
{
    public const int DefaultReplications = 200;
    public const int DefaultSeed = 1;
    public const int MaxWeeks = 520;
    public const int MaxReplications = 10_000;

    /// <summary>The most referrals a run may expect (demand × weeks): each is an int in memory, per thread.</summary>
    public const double MaxExpectedReferrals = 20_000_000;
}
