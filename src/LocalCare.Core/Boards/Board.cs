namespace LocalCare.Core.Boards;

/// <summary>A governance board the LCO accounts to, with its cadence.</summary>
public sealed class Board
{
    /// <summary>Stable code, e.g. <c>HPB</c>.</summary>
    public required string Code { get; init; }

    public required string Name { get; set; }

    public required Cadence Cadence { get; set; }

    public required string Purpose { get; set; }

    public required int Order { get; set; }

    /// <summary>Its packs carry the plan progress section (boards that monitor the priorities: the Accountability Board).</summary>
    public bool ReceivesPlanProgress { get; set; }

    /// <summary>Its packs carry the waiting lists section (boards that monitor the waiting metrics).</summary>
    public bool ReceivesWaitingLists { get; set; }

    /// <summary>The highest current risk score (1–25) the board leaves to the register; risks above it go in its pack (docs/risks.md).</summary>
    public int RiskAppetite { get; set; } = Risks.RiskAppetite.Default;
}
