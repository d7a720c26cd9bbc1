namespace LocalCare.Core.Risks;

/// <summary>
/// A board's risk appetite: the highest current score (1–25) it is content to leave to the register. A risk is <em>above
/// appetite</em> when its current score is strictly greater than the appetite (a risk at the appetite is within it), and then
/// it goes in the board's pack.
/// </summary>
public static class RiskAppetite
{
    public const int Min = 1;
    public const int Max = 25;

    /// <summary>The appetite of a board that sets none: the top of the high band, so extreme risks (15+) reach it.</summary>
    public const int Default = 12;

    public static bool IsValid(int appetite) => appetite is >= Min and <= Max;

    /// <summary>Current score &gt; appetite.</summary>
    public static bool IsAbove(RiskScore current, int appetite) => current.Score > appetite;

    /// <summary>The risks above <paramref name="appetite"/>, highest current score first, then by code.</summary>
    public static IReadOnlyList<Risk> Above(IEnumerable<Risk> risks, int appetite) =>
        [.. risks.Where(r => IsAbove(r.Current, appetite)).OrderByDescending(r => r.Current.Score).ThenBy(r => r.Code, StringComparer.Ordinal)];
}
