using System.Globalization;

namespace LocalCare.Core.WaitingLists;

/// <summary>How long a wait is, in the bands of the Community Health Services SitRep and in whole weeks (waiting-lists.md).</summary>
public static class WaitBands
{
    /// <summary>The label of the open-ended top band, in both kinds of band.</summary>
    public const string Over104Weeks = "104+";

    /// <summary>The last whole-week band before <see cref="Over104Weeks"/> is <c>103-104</c>.</summary>
    public const int LastWeeklyBand = 104;

    /// <summary>The SitRep bands in order, each with the most days it holds (null: no bound).</summary>
    public static IReadOnlyList<(string Band, int? MaxDays)> SitRepBands { get; } =
    [
        ("0-1", 7), ("1-2", 14), ("2-4", 28), ("4-12", 84), ("12-18", 126), ("18-52", 364), ("52-104", 728), (Over104Weeks, null),
    ];

    /// <summary>The SitRep band of a wait of <paramref name="days"/> whole days: <c>0-1</c> for 0–7 days … <c>104+</c> for 729 days or more.</summary>
    public static string SitRep(int days)
    {
        CheckDays(days);
        foreach (var (band, maxDays) in SitRepBands)
        {
            if (maxDays is null || days <= maxDays)
            {
                return band;
            }
        }

        return Over104Weeks; // unreachable: the last band has no bound
    }

    /// <summary>The week number of a wait: max(1, ⌈days / 7⌉), so 0–7 days is week 1, 8–14 days week 2, 729 days week 105.</summary>
    public static int WeekNumber(int days)
    {
        CheckDays(days);
        return Math.Max(1, (days + 6) / 7);
    }

    /// <summary>The weekly band of a wait: <c>0-1</c>, <c>1-2</c>, …, <c>103-104</c>, then <c>104+</c> (week number over 104).</summary>
    public static string Weekly(int days)
    {
        var week = WeekNumber(days);
        return week > LastWeeklyBand ? Over104Weeks : string.Create(CultureInfo.InvariantCulture, $"{week - 1}-{week}");
    }

    /// <summary>Every weekly band in order: <c>0-1</c> … <c>103-104</c>, <c>104+</c>.</summary>
    public static IReadOnlyList<string> WeeklyBands { get; } =
        [.. Enumerable.Range(1, LastWeeklyBand).Select(w => string.Create(CultureInfo.InvariantCulture, $"{w - 1}-{w}")), Over104Weeks];

    /// <summary>
    /// "Waiting more than <paramref name="weeks"/> weeks": more than 7 × weeks days, so exactly 126 days is within 18 weeks and 127 is over.
    /// </summary>
    public static bool IsOver(int days, int weeks)
    {
        CheckDays(days);
        ArgumentOutOfRangeException.ThrowIfNegative(weeks);
        return days > 7 * weeks;
    }

    private static void CheckDays(int days)
    {
        if (days < 0)
        {
            // A referral received after the census is not waiting at it: a negative wait is a caller's mistake, not a band.
            throw new ArgumentOutOfRangeException(nameof(days), days, "Days waited cannot be negative.");
        }
    }
}
