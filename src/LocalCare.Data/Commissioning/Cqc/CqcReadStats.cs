namespace LocalCare.Data.Commissioning.Cqc;

/// <summary>What reading a CQC ratings file met: rows read, kept, skipped by the location filter and rejected.</summary>
public sealed class CqcReadStats
{
    /// <summary>Non-blank data rows read (the header and blank rows are not counted).</summary>
    public long RowsRead { get; internal set; }

    /// <summary>Rows whose location passed the filter and were valid.</summary>
    public long RowsKept { get; internal set; }

    /// <summary>Rows left out because their location did not pass the filter.</summary>
    public long RowsSkipped { get; internal set; }

    /// <summary>Rows of the register's locations with a problem.</summary>
    public long RowsRejected { get; internal set; }

    /// <summary>Every problem of the rejected rows (a row may have several), when rejects were allowed.</summary>
    public IReadOnlyList<Core.Inputs.InputError> Rejects { get; internal set; } = [];
}
