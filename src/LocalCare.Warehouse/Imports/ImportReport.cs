using LocalCare.Core.Inputs;

namespace LocalCare.Warehouse.Imports;

/// <summary>What an import run did: per file, rows read, stored and rejected by reason; every reject; whether anything was stored.</summary>
public sealed record ImportReport(int ImportId, bool Stored, IReadOnlyList<FileReport> Files, IReadOnlyList<InputError> Rejects, IReadOnlyList<string> Warnings)
{
    public long RowsRead => Files.Sum(f => f.RowsRead);

    public long RowsStored => Files.Sum(f => f.RowsStored);

    public long RowsRejected => Files.Sum(f => f.RowsRejected);
}

/// <summary>One file of a run.</summary>
public sealed record FileReport(string File, ExtractKind Kind, long RowsRead, long RowsStored, long RowsRejected, IReadOnlyList<RejectCount> RejectsByReason);

/// <summary>How many rows of a file broke one rule of one column.</summary>
public sealed record RejectCount(string? Column, string Rule, long Rows);
