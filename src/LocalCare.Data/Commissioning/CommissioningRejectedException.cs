using LocalCare.Core.Commissioning.Files;

namespace LocalCare.Data.Commissioning;

/// <summary>A run stored nothing because commissioning rows were rejected and rejects were not allowed.</summary>
public sealed class CommissioningRejectedException(CommissioningBatch batch)
    : Exception($"{batch.RowsRejected} commissioning rows were rejected; nothing was stored.")
{
    public CommissioningBatch Batch { get; } = batch;

    /// <summary>The run's files as they would have been stored, for the data-quality summary (nothing was).</summary>
    public CommissioningImportResult Result { get; } = new(
        [.. batch.Files.Select(f => new CommissioningFileReport(f.File, f.RowsRead, 0, 0, 0, f.RowsRejected))], batch.Rejects, batch.Warnings);
}
