using LocalCare.Core.Generation;

namespace LocalCare.Core.Metrics;

/// <summary>The months a computation covers, first to last inclusive.</summary>
public readonly record struct MonthRange
{
    public MonthRange(YearMonth from, YearMonth to)
    {
        if (to < from)
        {
            throw new ArgumentException($"The range ends ({to}) before it starts ({from}).", nameof(to));
        }

        From = from;
        To = to;
    }

    public YearMonth From { get; }

    public YearMonth To { get; }

    public int Count => To.Index - From.Index + 1;

    public IEnumerable<YearMonth> Months => Enumerable.Range(From.Index, Count).Select(YearMonth.FromIndex);

    public bool Contains(YearMonth month) => month >= From && month <= To;

    /// <summary>The last complete month before <paramref name="today"/>: the default end of <c>localcare compute</c>.</summary>
    public static YearMonth LastCompleteMonth(DateOnly today) => YearMonth.Of(today).AddMonths(-1);

    public override string ToString() => $"{From} to {To}";
}
