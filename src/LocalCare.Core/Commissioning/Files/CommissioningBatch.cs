using LocalCare.Core.Inputs;

namespace LocalCare.Core.Commissioning.Files;

/// <summary>One file of a run as read: its spec, the name the user gave and its rows.</summary>
public sealed record CommissioningFileRows(CommissioningFileSpec Spec, string File, IReadOnlyList<ImportRecord> Rows);

/// <summary>What a run's commissioning files hold once checked: the rows to store per file, every reject, and warnings.</summary>
public sealed record CommissioningBatch(IReadOnlyList<CommissioningFileResult> Files, IReadOnlyList<InputError> Rejects, IReadOnlyList<string> Warnings)
{
    public long RowsRejected => Files.Sum(f => f.RowsRejected);

    /// <summary>The accepted entities of one kind, in file order.</summary>
    public IEnumerable<T> Accepted<T>(CommissioningFileKind kind) => Files.Where(f => f.Spec.Kind == kind).SelectMany(f => f.Accepted).Cast<T>();
}

/// <summary>One file's outcome: rows read, the entities accepted and how many rows were rejected.</summary>
public sealed record CommissioningFileResult(CommissioningFileSpec Spec, string File, long RowsRead, IReadOnlyList<object> Accepted, long RowsRejected);
