using System.Globalization;
using System.Text.RegularExpressions;

namespace LocalCare.Core.Plans;

/// <summary>
/// Codes of year-bound plan things carry their year: <c>P2425-SAFE</c>, <c>D2425-CH-07</c>, <c>K2425-QUALITY</c>,
/// <c>TP2425-CHTP</c> (one or two letters, the two years' last two digits, then the rest). Rolling forward keeps the rest and
/// changes the year.
/// </summary>
public static partial class PlanCodes
{
    /// <summary>"2425" for 2024/25.</summary>
    public static string YearPart(PlanYear year) => string.Create(CultureInfo.InvariantCulture, $"{year.StartYear % 100:00}{(year.StartYear + 1) % 100:00}");

    /// <summary>The same code for <paramref name="to"/>: <c>P2425-SAFE</c> becomes <c>P2526-SAFE</c>; a code without the year gets it appended.</summary>
    public static string ForYear(string code, PlanYear from, PlanYear to)
    {
        var match = YearCode().Match(code);
        return match.Success && match.Groups["year"].Value == YearPart(from)
            ? match.Groups["letter"].Value + YearPart(to) + match.Groups["rest"].Value
            : $"{code}-{YearPart(to)}";
    }

    /// <summary>The plan year a code carries (<c>K2425-QUALITY</c>: 2024/25, taken as this century's); null for a code without one.</summary>
    public static PlanYear? YearOf(string code)
    {
        var match = YearCode().Match(code);
        if (!match.Success)
        {
            return null;
        }

        var year = match.Groups["year"].Value;
        var start = int.Parse(year[..2], CultureInfo.InvariantCulture);
        return (start + 1) % 100 == int.Parse(year[2..], CultureInfo.InvariantCulture) ? new PlanYear(2000 + start) : null;
    }

    /// <summary>A priority's code from its short code: <c>P2425-SAFE</c>.</summary>
    public static string Priority(PlanYear year, string shortCode) => $"P{YearPart(year)}-{shortCode}";

    /// <summary>A transformation programme's code from its short code: <c>TP2425-CHTP</c>.</summary>
    public static string Programme(PlanYear year, string shortCode) => $"TP{YearPart(year)}-{shortCode}";

    /// <summary>The next free deliverable code of a workplan in a year: <c>D2425-CH-31</c> after <c>D2425-CH-30</c>.</summary>
    public static string NextDeliverable(PlanYear year, string workplanCode, IEnumerable<string> existingCodes)
    {
        var prefix = $"D{YearPart(year)}-{workplanCode}-";
        var used = existingCodes
            .Where(c => c.StartsWith(prefix, StringComparison.Ordinal))
            .Select(c => int.TryParse(c[prefix.Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0)
            .DefaultIfEmpty(0)
            .Max();
        return string.Create(CultureInfo.InvariantCulture, $"{prefix}{used + 1:00}");
    }

    /// <summary>A short code a person types for a priority: 2 to 12 of A–Z, 0–9 and hyphens, starting with a letter.</summary>
    public static bool IsShortCode(string? text) => text is not null && ShortCode().IsMatch(text);

    [GeneratedRegex(@"^(?<letter>[A-Z]{1,2})(?<year>\d{4})(?<rest>-.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex YearCode();

    [GeneratedRegex(@"^[A-Z][A-Z0-9-]{1,11}$", RegexOptions.CultureInvariant)]
    private static partial Regex ShortCode();
}
