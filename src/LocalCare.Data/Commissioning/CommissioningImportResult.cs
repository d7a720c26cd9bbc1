using LocalCare.Core.Inputs;

namespace LocalCare.Data.Commissioning;

/// <summary>What a run did with its commissioning files: per file, and every rejected row and warning.</summary>
public sealed record CommissioningImportResult(IReadOnlyList<CommissioningFileReport> Files, IReadOnlyList<InputError> Rejects, IReadOnlyList<string> Warnings)
{
    public long RowsRejected => Files.Sum(f => f.RowsRejected);
}
