namespace LocalCare.Core.Risks;

/// <summary>The bands of the NHS 5×5 matrix: 1–3 low, 4–6 moderate, 8–12 high, 15–25 extreme.</summary>
public enum RiskScoreBand
{
    Low,
    Moderate,
    High,
    Extreme,
}

/// <summary>The band edges, codes and labels of <see cref="RiskScoreBand"/>.</summary>
public static class RiskScoreBands
{
    public static IReadOnlyList<RiskScoreBand> All { get; } = [RiskScoreBand.Low, RiskScoreBand.Moderate, RiskScoreBand.High, RiskScoreBand.Extreme];

    /// <summary>
    /// The band of a score 1–25. Products of two values 1–5 never make 7, 13 or 14; the edges are taken as "up to 3", "up to 6",
    /// "up to 12", so any whole number 1–25 has a band (an appetite may be any of them).
    /// </summary>
    public static RiskScoreBand Of(int score) => score switch
    {
        < 1 or > 25 => throw new ArgumentOutOfRangeException(nameof(score), score, "A 5×5 score is from 1 to 25."),
        <= 3 => RiskScoreBand.Low,
        <= 6 => RiskScoreBand.Moderate,
        <= 12 => RiskScoreBand.High,
        _ => RiskScoreBand.Extreme,
    };

    public static string ToCode(this RiskScoreBand band) => band switch
    {
        RiskScoreBand.Low => "low",
        RiskScoreBand.Moderate => "moderate",
        RiskScoreBand.High => "high",
        _ => "extreme",
    };

    public static string ToLabel(this RiskScoreBand band) => band switch
    {
        RiskScoreBand.Low => "Low",
        RiskScoreBand.Moderate => "Moderate",
        RiskScoreBand.High => "High",
        _ => "Extreme",
    };

    /// <summary>"1–3", "4–6", "8–12", "15–25".</summary>
    public static string Range(this RiskScoreBand band) => band switch
    {
        RiskScoreBand.Low => "1–3",
        RiskScoreBand.Moderate => "4–6",
        RiskScoreBand.High => "8–12",
        _ => "15–25",
    };

    public static RiskScoreBand? Parse(string? code) =>
        All.Cast<RiskScoreBand?>().FirstOrDefault(b => string.Equals(b!.Value.ToCode(), code?.Trim(), StringComparison.OrdinalIgnoreCase));
}
