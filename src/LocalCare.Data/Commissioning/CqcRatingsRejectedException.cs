namespace LocalCare.Data.Commissioning;

/// <summary>A run stored nothing because rows of CQC ratings files were rejected and rejects were not allowed.</summary>
public sealed class CqcRatingsRejectedException(IReadOnlyList<CqcRatingsRead> reads)
    : Exception($"{reads.Sum(r => r.RowsRejected)} CQC rating rows were rejected; nothing was stored.")
{
    /// <summary>Each file of the run as read, with every reject; nothing was stored.</summary>
    public IReadOnlyList<CqcRatingsReport> Reports { get; } = [.. reads.Select(r => r.NothingStored())];
}
