using System.Globalization;
using LocalCare.Core.Generation;

namespace LocalCare.Core.Metrics;

/// <summary>
/// A metric's rebase periods: the months (<c>YYYY-MM</c>) where its process changed and the SPC limits start again (spc.md). Stored
/// on the metric as a comma-separated list, oldest first, each month once.
/// </summary>
public static class MetricRebases
{
    /// <summary>The stored list as months; text that is not a month is skipped (the editor never stores it).</summary>
    public static IReadOnlyList<string> Of(string? stored) =>
        [.. (stored ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(p => YearMonth.TryParse(p, out _)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    /// <summary>
    /// Reads what a user typed (months separated by commas, spaces or new lines; empty for none) as the list to store, or the
    /// reason it cannot be: a part that is not a month <c>YYYY-MM</c>.
    /// </summary>
    public static bool TryParse(string? text, out IReadOnlyList<string> periods, out string? error)
    {
        var parts = (text ?? "").Split([',', ' ', '\n', '\r', '\t', ';'], StringSplitOptions.RemoveEmptyEntries);
        var months = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var part in parts)
        {
            if (!YearMonth.TryParse(part, out var month))
            {
                periods = [];
                error = $"'{part}' is not a month: write each rebase month as YYYY-MM, for example 2024-04";
                return false;
            }

            months.Add(month.ToString());
        }

        periods = [.. months];
        error = null;
        return true;
    }

    /// <summary>The list as stored: comma-separated, oldest first.</summary>
    public static string ToStored(IEnumerable<string> periods) => string.Join(",", periods.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));

    /// <summary>The months as a reader sees them ("April 2024, October 2025"), or "none".</summary>
    public static string Describe(IReadOnlyList<string> periods) =>
        periods.Count == 0 ? "none" : string.Join(", ", periods.Select(p => YearMonth.Parse(p).FirstDay.ToString("MMMM yyyy", CultureInfo.InvariantCulture)));
}
