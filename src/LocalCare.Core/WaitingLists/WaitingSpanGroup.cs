namespace LocalCare.Core.WaitingLists;

/// <summary>
/// The referrals of one service and neighbourhood that wait at one or more censuses of a month range, one entry each:
/// the day it was received (<see cref="DateOnly.DayNumber"/>) and the first and last census it waits at, as 0-based
/// indices into the range's months. A referral waits at every census between the two (its clock runs until it stops).
/// </summary>
public sealed record WaitingSpanGroup(string ServiceCode, string? NeighbourhoodCode, int[] ReceivedDay, int[] FirstMonth, int[] LastMonth)
{
    public int Count => ReceivedDay.Length;
}
