namespace LocalCare.Core.Commissioning;

/// <summary>A provider's risk band: low (score 0–2), medium (3–5) or high (6 or more).</summary>
public enum RiskBand
{
    Low,
    Medium,
    High,
}

/// <summary>Text forms of <see cref="RiskBand"/>, the band of a score and the months between reviews.</summary>
public static class RiskBands
{
    public static IReadOnlyList<RiskBand> All { get; } = Enum.GetValues<RiskBand>();

    public static string ToCode(this RiskBand band) => band switch
    {
        RiskBand.Low => "low",
        RiskBand.Medium => "medium",
        RiskBand.High => "high",
        _ => throw new ArgumentOutOfRangeException(nameof(band)),
    };

    /// <summary>Reads a code (trimmed, case-insensitive).</summary>
    public static bool TryParse(string? code, out RiskBand band) => CodeText.TryParse(code, All, ToCode, out band);

    /// <summary>0–2 low, 3–5 medium, 6 or more high (a score is never negative; one below 0 reads as low).</summary>
    public static RiskBand Of(int score) => score switch
    {
        <= 2 => RiskBand.Low,
        <= 5 => RiskBand.Medium,
        _ => RiskBand.High,
    };

    /// <summary>Review every 12 months when low, 6 when medium, 3 when high.</summary>
    public static int ReviewMonths(this RiskBand band) => band switch
    {
        RiskBand.Low => 12,
        RiskBand.Medium => 6,
        RiskBand.High => 3,
        _ => throw new ArgumentOutOfRangeException(nameof(band)),
    };
}
