namespace LocalCare.Core.Plans;

/// <summary>A workplan of the operating plan: community health, adult social care or joint.</summary>
public sealed class Workplan
{
    /// <summary>Stable code: <c>CH</c>, <c>ASC</c>, <c>JOINT</c>.</summary>
    public required string Code { get; init; }

    public required string Name { get; set; }

    public required int Order { get; set; }
}
