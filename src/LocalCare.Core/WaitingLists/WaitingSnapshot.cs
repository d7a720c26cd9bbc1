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
    public static WaitingSnapshot Of(IReadOnlyCollection<int> daysWaited)
    {
        var counts = WaitBands.SitRepBands.ToDictionary(b => b.Band, _ => 0, StringComparer.Ordinal);
        long sum = 0; // a long: a million waits of 10,000 days would overflow an int
        foreach (var days in daysWaited)
        {
            counts[WaitBands.SitRep(days)]++; // also rejects a negative wait
            sum += days;
        }

        var sorted = daysWaited.Select(d => (double)d).ToArray();
        Array.Sort(sorted);
        int Over(int weeks) => daysWaited.Count(d => WaitBands.IsOver(d, weeks));
        return new WaitingSnapshot(
            daysWaited.Count,
            [.. WaitBands.SitRepBands.Select(b => new BandCount(b.Band, counts[b.Band]))],
            sorted.Length == 0 ? null : (double)sum / sorted.Length,
            sorted.Length == 0 ? null : Quantiles.OfSorted(sorted, 0.5),
            sorted.Length == 0 ? null : (int)sorted[^1],
            Over(18),
            Over(52),
            Over(65),
            Over(78),
            Over(104));
    }
}
