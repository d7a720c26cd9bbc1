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
    /// <summary>Equal when every figure and every band are (a record compares the band list by reference).</summary>
    public bool Equals(WaitingSnapshot? other) =>
        other is not null && Total == other.Total && Bands.SequenceEqual(other.Bands) && MeanDays == other.MeanDays && MedianDays == other.MedianDays
        && LongestDays == other.LongestDays && Over18Weeks == other.Over18Weeks && Over52Weeks == other.Over52Weeks && Over65Weeks == other.Over65Weeks
        && Over78Weeks == other.Over78Weeks && Over104Weeks == other.Over104Weeks;

    public override int GetHashCode() => HashCode.Combine(Total, MeanDays, MedianDays, LongestDays, Over18Weeks, Over52Weeks, Over104Weeks);

    /// <summary>Nobody waiting.</summary>
    public static WaitingSnapshot Empty { get; } = new DaysWaitedHistogram().Snapshot();

    /// <summary>The snapshot of a list given as each waiting person's whole days waited at the census (none negative).</summary>
    public static WaitingSnapshot Of(IReadOnlyCollection<int> daysWaited) => OfCounts(daysWaited.Select(d => (d, 1)));

    /// <summary>
    /// The snapshot of a list given as how many have waited each number of days (a histogram: what one query over many months
    /// returns). The median is R's: the middle value, or the mean of the middle two of an even count.
    /// </summary>
    public static WaitingSnapshot OfCounts(IEnumerable<(int Days, int Count)> histogram)
    {
        var days = new DaysWaitedHistogram();
        foreach (var (waited, count) in histogram)
        {
            days.Add(waited, count);
        }

        return days.Snapshot();
    }
}
