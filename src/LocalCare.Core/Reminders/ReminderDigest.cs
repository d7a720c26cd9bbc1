namespace LocalCare.Core.Reminders;

/// <summary>
/// One user's reminders on a date: what is overdue (due before the date), oldest first, then what falls due from the date to
/// <see cref="LookAheadDays"/> days after it, soonest first; later items wait for a later digest.
/// </summary>
public sealed record ReminderDigest(string UserName, DateOnly Date, IReadOnlyList<ReminderItem> Overdue, IReadOnlyList<ReminderItem> DueSoon)
{
    /// <summary>How far ahead a digest looks: two weeks, so each item shows up in about ten working days' digests before it is due.</summary>
    public const int LookAheadDays = 14;

    /// <summary>The last day whose items a digest on <paramref name="date"/> lists as due soon.</summary>
    public static DateOnly LastDayAhead(DateOnly date) => date.AddDays(LookAheadDays);

    public int Count => Overdue.Count + DueSoon.Count;

    public bool IsEmpty => Count == 0;

    /// <summary>Every item, overdue first, in digest order.</summary>
    public IReadOnlyList<ReminderItem> Items => [.. Overdue, .. DueSoon];

    /// <summary>The digest of <paramref name="userName"/> on <paramref name="date"/> from any items (other users' are ignored; the user name is compared ignoring case).</summary>
    public static ReminderDigest For(string userName, DateOnly date, IEnumerable<ReminderItem> items)
    {
        var own = items.Where(i => string.Equals(i.UserName, userName, StringComparison.OrdinalIgnoreCase)).ToList();
        return new ReminderDigest(userName, date, Window(own, date, overdue: true), Window(own, date, overdue: false));
    }

    /// <summary>The digest of every user with at least one item in the window, by user name.</summary>
    public static IReadOnlyList<ReminderDigest> ForEveryone(DateOnly date, IEnumerable<ReminderItem> items) =>
        [.. items.Where(i => i.UserName is not null)
            .GroupBy(i => i.UserName!, StringComparer.OrdinalIgnoreCase)
            .Select(g => For(g.First().UserName!, date, g))
            .Where(d => !d.IsEmpty)
            .OrderBy(d => d.UserName, StringComparer.OrdinalIgnoreCase)];

    /// <summary>Whether an item belongs in a digest on <paramref name="date"/> at all: overdue, or due within the look-ahead.</summary>
    public static bool InWindow(ReminderItem item, DateOnly date) => item.Due <= LastDayAhead(date);

    private static List<ReminderItem> Window(IEnumerable<ReminderItem> items, DateOnly date, bool overdue) =>
        [.. items.Where(i => i.IsOverdueOn(date) == overdue && InWindow(i, date))
            .OrderBy(i => i.Due).ThenBy(i => i.Kind).ThenBy(i => i.Title, StringComparer.Ordinal)];
}
