namespace LocalCare.Core.WaitingLists;

/// <summary>Who is waiting and how long, at one census (waiting-lists.md's snapshot report): the total, each SitRep band, and the long waits.</summary>
/// <param name="Total">How many are waiting.</param>
/// <param name="Bands">Every SitRep band in order, zeros included.</param>
/// <param name="MeanDays">The mean days waited; null when nobody is waiting.</param>
/// <param name="MedianDays">The median days waited (R's median: the mean of the middle two of an even count); null when nobody is waiting.</param>
/// <param name="LongestDays">The longest wait in days; null when nobody is waiting.</param>
/// <param name="Over18Weeks">Waiting more than 18 weeks (127 days or more).</param>
/// <param name="Over52Weeks">Waiting more than 52 weeks (365 days or more).</param>
/// <param name="Over65Weeks">Waiting more than 65 weeks (456 days or more).</param>
/// <param name="Over78Weeks">Waiting more than 78 weeks (547 days or more).</param>
/// <param name="Over104Weeks">Waiting more than 104 weeks (729 days or more).</param>
public sealed record WaitingSnapshot(
    int Total,
    IReadOnlyList<BandCount> Bands,
    double? MeanDays,
    double? MedianDays,
    int? LongestDays,
    int Over18Weeks,
    int Over52Weeks,
    int Over65Weeks,
    int Over78Weeks,
    int Over104Weeks)
{
    /// <summary>The snapshot of a list given as each waiting person's whole days waited at the census (none negative).</summary>
    public static WaitingSnapshot Of(IReadOnlyCollection<int> daysWaited) =>
        OfCounts(daysWaited.GroupBy(d => d).Select(g => (g.Key, g.Count())));

    /// <summary>
    /// The snapshot of a list given as how many have waited each number of days (a histogram: what one query over many months
    /// returns). The median is R's: the middle value, or the mean of the middle two of an even count.
    /// </summary>
    public static WaitingSnapshot OfCounts(IEnumerable<(int Days, int Count)> histogram)
    {
        var sorted = histogram.Where(h => h.Count > 0).OrderBy(h => h.Days).ToList();
        var counts = WaitBands.SitRepBands.ToDictionary(b => b.Band, _ => 0, StringComparer.Ordinal);
        var over = new int[ReportedLongWaits.Length];
        long sum = 0; // a long: a million waits of 10,000 days would overflow an int
        var total = 0;
        foreach (var (days, count) in sorted)
        {
            counts[WaitBands.SitRep(days)] += count; // also rejects a negative wait
            sum += (long)days * count;
            total += count;
            for (var i = 0; i < over.Length; i++)
            {
                over[i] += WaitBands.IsOver(days, ReportedLongWaits[i]) ? count : 0;
            }
        }

        return new WaitingSnapshot(
            total,
            [.. WaitBands.SitRepBands.Select(b => new BandCount(b.Band, counts[b.Band]))],
            total == 0 ? null : (double)sum / total,
            total == 0 ? null : (At(sorted, (total - 1) / 2) + At(sorted, total / 2)) / 2.0,
            total == 0 ? null : sorted[^1].Days,
            over[0],
            over[1],
            over[2],
            over[3],
            over[4]);
    }

    /// <summary>The long waits the snapshot counts, in weeks, in its parameters' order.</summary>
    private static readonly int[] ReportedLongWaits = [18, 52, 65, 78, 104];

    /// <summary>The days of the waiter at 0-based position <paramref name="index"/> in days order.</summary>
    private static double At(List<(int Days, int Count)> sorted, int index)
    {
        foreach (var (days, count) in sorted)
        {
            if (index < count)
            {
                return days;
            }

            index -= count;
        }

        throw new ArgumentOutOfRangeException(nameof(index));
    }
}
