namespace LocalCare.Core.Portfolio;

/// <summary>A programme carries a key deliverable of the operating plan.</summary>
public sealed class ProgrammeDeliverable
{
    public required string ProgrammeCode { get; init; }

    public required string DeliverableCode { get; init; }
}
