using System.Globalization;

namespace LocalCare.Core.Risks;

/// <summary>
/// A score on the NHS 5×5 risk matrix: likelihood (1 rare … 5 almost certain) × consequence (1 negligible … 5 catastrophic),
/// so 1 to 25, with the band the matrix gives it. Values outside 1–5 are refused when the score is made.
/// </summary>
public readonly record struct RiskScore
{
    public const int Min = 1;
    public const int Max = 5;

    public RiskScore(int likelihood, int consequence)
    {
        if (!IsValid(likelihood))
        {
            throw new ArgumentOutOfRangeException(nameof(likelihood), likelihood, $"Likelihood must be from {Min} to {Max}.");
        }

        if (!IsValid(consequence))
        {
            throw new ArgumentOutOfRangeException(nameof(consequence), consequence, $"Consequence must be from {Min} to {Max}.");
        }

        Likelihood = likelihood;
        Consequence = consequence;
    }

    public int Likelihood { get; }

    public int Consequence { get; }

    /// <summary>Likelihood × consequence: 1 to 25.</summary>
    public int Score => Likelihood * Consequence;

    public RiskScoreBand Band => RiskScoreBands.Of(Score);

    /// <summary>Whether a likelihood or consequence is on the matrix (1–5).</summary>
    public static bool IsValid(int value) => value is >= Min and <= Max;

    /// <summary>The score of two values when both are on the matrix; else null.</summary>
    public static RiskScore? TryCreate(int likelihood, int consequence) =>
        IsValid(likelihood) && IsValid(consequence) ? new RiskScore(likelihood, consequence) : null;

    /// <summary>"16 (4 × 4)".</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Score} ({Likelihood} × {Consequence})");
}
