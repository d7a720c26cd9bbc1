namespace LocalCare.Core.WaitingLists;

/// <summary>One week's spread over replications: the list size and how many have waited over 18, 52, 65 and 78 weeks, at the week's end.</summary>
public sealed record SimulatedWeek(
    int Week,
    SimulatedRange QueueSize,
    SimulatedRange Over18Weeks,
    SimulatedRange Over52Weeks,
    SimulatedRange Over65Weeks,
    SimulatedRange Over78Weeks)
{
    /// <summary>The count waiting over <paramref name="weeks"/> weeks: one of <see cref="WaitingListSimulator.LongWaitWeeks"/>.</summary>
    public SimulatedRange Over(int weeks) => weeks switch
    {
        18 => Over18Weeks,
        52 => Over52Weeks,
        65 => Over65Weeks,
        78 => Over78Weeks,
        _ => throw new WaitingListInputException($"The simulation does not count waits over {weeks} weeks (it counts {string.Join(", ", WaitingListSimulator.LongWaitWeeks)})."),
    };
}
