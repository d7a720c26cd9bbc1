namespace LocalCare.Core.WaitingLists;

/// <summary>Sample quantiles as R's <c>quantile(x, p, type = 7)</c> (its default) computes them, and so NHSRwaitinglist's users expect.</summary>
public static class Quantiles
{
    /// <summary>
    /// The type 7 quantile of values already sorted ascending x<sub>1</sub> ≤ … ≤ x<sub>n</sub>: with i = 1 + (n − 1) × p,
    /// j = ⌊i⌋ and h = i − j, it is (1 − h) × x<sub>j</sub> + h × x<sub>j+1</sub>. The median of 1, 2, 3, 4 is 2.5; its 10th percentile is 1.3.
    /// </summary>
    public static double OfSorted(ReadOnlySpan<double> sorted, double p)
    {
        if (sorted.IsEmpty)
        {
            throw new ArgumentException("A quantile needs at least one value.", nameof(sorted));
        }

        if (!(p is >= 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(p), p, "A quantile's probability is from 0 to 1.");
        }

        // R's own arithmetic, step for step (1-based index, then (1 − h) × low + h × high), so results agree to the last digit.
        var index = 1 + ((sorted.Length - 1) * p);
        var low = (int)Math.Floor(index);
        var h = index - low;
        var lower = sorted[low - 1];
        if (h == 0)
        {
            return lower; // exactly on a value: an infinite neighbour (a replication that never cleared) does not leak in
        }

        var upper = sorted[low];
        return upper == lower ? lower : ((1 - h) * lower) + (h * upper);
    }

    /// <summary>The type 7 quantile of <paramref name="values"/> in any order (they are copied and sorted).</summary>
    public static double Of(IEnumerable<double> values, double p)
    {
        var sorted = values.ToArray();
        Array.Sort(sorted);
        return OfSorted(sorted, p);
    }
}
