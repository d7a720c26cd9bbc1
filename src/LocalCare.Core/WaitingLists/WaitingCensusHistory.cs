using LocalCare.Core.Metrics;
using LocalCare.Core.Organisation;

namespace LocalCare.Core.WaitingLists;

/// <summary>
/// The census of every month of a range in one pass over the referrals' waits: each month's per-unit snapshots (SitRep bands,
/// mean, median, longest, long waits), the same as each month's census summarised on its own by <see cref="WaitingCensusByUnit"/>.
/// </summary>
public static class WaitingCensusHistory
{
    public static IReadOnlyList<WaitingCensusMonth> Of(MonthRange range, IReadOnlyList<WaitingSpanGroup> groups, OrganisationTree organisation)
    {
        var months = range.Months.ToArray();
        var (starts, groupOf, receivedDay) = ByMonth(months.Length, groups);
        var census = new WaitingCensusByUnit(organisation);
        var unitsOf = groups.Select(g => census.UnitsOf(g.ServiceCode, g.NeighbourhoodCode)).ToArray();
        var result = new List<WaitingCensusMonth>(months.Length);
        for (var month = 0; month < months.Length; month++)
        {
            census.Clear();
            var censusDay = months[month].LastDay.DayNumber;
            for (var entry = starts[month]; entry < starts[month + 1]; entry++)
            {
                var days = censusDay - receivedDay[entry];
                foreach (var unit in unitsOf[groupOf[entry]])
                {
                    unit.Add(days);
                }
            }

            result.Add(new WaitingCensusMonth(months[month], census.Snapshots()));
        }

        return result;
    }

    /// <summary>
    /// Every (month, referral) a referral waits at, grouped by month (a counting sort): month m's entries run from
    /// <c>Starts[m]</c> to <c>Starts[m + 1]</c>, each the referral's group and the day it was received. One pass counts, one places.
    /// </summary>
    private static (int[] Starts, int[] GroupOf, int[] ReceivedDay) ByMonth(int monthCount, IReadOnlyList<WaitingSpanGroup> groups)
    {
        var starts = new int[monthCount + 1];
        foreach (var group in groups)
        {
            for (var i = 0; i < group.Count; i++)
            {
                Check(group, i, monthCount);
                for (var month = group.FirstMonth[i]; month <= group.LastMonth[i]; month++)
                {
                    starts[month + 1]++;
                }
            }
        }

        for (var month = 0; month < monthCount; month++)
        {
            starts[month + 1] += starts[month];
        }

        var next = starts[..monthCount];
        var groupOf = new int[starts[monthCount]];
        var receivedDay = new int[starts[monthCount]];
        for (var g = 0; g < groups.Count; g++)
        {
            var group = groups[g];
            for (var i = 0; i < group.Count; i++)
            {
                for (var month = group.FirstMonth[i]; month <= group.LastMonth[i]; month++)
                {
                    var at = next[month]++;
                    groupOf[at] = g;
                    receivedDay[at] = group.ReceivedDay[i];
                }
            }
        }

        return (starts, groupOf, receivedDay);
    }

    private static void Check(WaitingSpanGroup group, int i, int monthCount)
    {
        if (group.FirstMonth[i] < 0 || group.LastMonth[i] >= monthCount || group.FirstMonth[i] > group.LastMonth[i])
        {
            throw new ArgumentException($"A wait of {group.ServiceCode} spans months {group.FirstMonth[i]} to {group.LastMonth[i]}, outside the range's 0 to {monthCount - 1}.", nameof(group));
        }
    }
}
