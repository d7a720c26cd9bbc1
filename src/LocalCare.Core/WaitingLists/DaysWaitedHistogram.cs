namespace LocalCare.Core.WaitingLists;

/// <summary>
/// How many of one list have waited each whole number of days, dense by day: adding is O(1) and the snapshot report is one pass
/// in days order, with no sort (the census of every month adds millions of waits).
/// </summary>
public sealed class DaysWaitedHistogram
{
    /// <summary>The long waits the snapshot counts, in weeks, in <see cref="WaitingSnapshot"/>'s parameters' order.</summary>
    private static readonly int[] ReportedLongWaits = [18, 52, 65, 78, 104];

    private int[] _counts = new int[128];
    private int _longest = -1;
    private int _total;

    /// <summary>How many have been added.</summary>
    public int Total => _total;

    /// <summary>Adds <paramref name="count"/> people who have waited <paramref name="days"/> whole days (never negative).</summary>
    public void Add(int days, int count = 1)
    {
        if (days < 0)
        {
            // A referral received after the census is not waiting at it: a negative wait is a caller's mistake.
            throw new ArgumentOutOfRangeException(nameof(days), days, "Days waited cannot be negative.");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (days >= _counts.Length)
        {
            Array.Resize(ref _counts, Math.Max(days + 1, _counts.Length * 2));
        }

        _counts[days] += count;
        _total += count;
        if (count > 0 && days > _longest)
        {
            _longest = days;
        }
    }

    /// <summary>Empties the histogram, keeping its storage for the next list.</summary>
    public void Clear()
    {
        Array.Clear(_counts, 0, _longest + 1);
        _longest = -1;
        _total = 0;
    }

    /// <summary>The snapshot report of the list (waiting-lists.md); the median is R's: the middle value, or the mean of the middle two.</summary>
    public WaitingSnapshot Snapshot()
    {
        var bands = WaitBands.SitRepBands;
        var bandCounts = new int[bands.Count];
        var over = new int[ReportedLongWaits.Length];
        long sum = 0; // a long: a million waits of 10,000 days would overflow an int
        int? lowerMiddle = null, upperMiddle = null;
        var (lowerIndex, upperIndex) = ((_total - 1) / 2, _total / 2);
        var band = 0;
        var seen = 0;
        for (var days = 0; days <= _longest; days++)
        {
            var count = _counts[days];
            if (count == 0)
            {
                continue;
            }

            while (bands[band].MaxDays is { } max && days > max)
            {
                band++;
            }

            bandCounts[band] += count;
            sum += (long)days * count;
            for (var i = 0; i < over.Length; i++)
            {
                if (WaitBands.IsOver(days, ReportedLongWaits[i]))
                {
                    over[i] += count;
                }
            }

            seen += count;
            lowerMiddle ??= seen > lowerIndex ? days : null;
            upperMiddle ??= seen > upperIndex ? days : null;
        }

        return new WaitingSnapshot(
            _total,
            [.. bands.Select((b, i) => new BandCount(b.Band, bandCounts[i]))],
            _total == 0 ? null : (double)sum / _total,
            _total == 0 ? null : (lowerMiddle!.Value + upperMiddle!.Value) / 2.0,
            _total == 0 ? null : _longest,
            over[0],
            over[1],
            over[2],
            over[3],
            over[4]);
    }
}
