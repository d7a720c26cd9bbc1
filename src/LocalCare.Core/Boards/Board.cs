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
}
