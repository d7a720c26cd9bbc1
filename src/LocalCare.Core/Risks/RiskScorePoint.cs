namespace LocalCare.Core.Risks;

/// <summary>One point of a risk's score history: the current score it was given on a date, by whom, and why.</summary>
public sealed class RiskScorePoint
{
    public required string RiskCode { get; init; }

    /// <summary>1, 2, … in the order the points were recorded.</summary>
    public required int Number { get; init; }

    public required DateOnly On { get; init; }

    public required int Likelihood { get; init; }

    public required int Consequence { get; init; }

    public string Note { get; init; } = "";

    /// <summary>Who recorded it (a user name, or <c>system</c> for set-up).</summary>
    public string RecordedBy { get; init; } = "";

    public RiskScore Score => new(Likelihood, Consequence);
}
