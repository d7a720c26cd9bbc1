using LocalCare.Core.Inputs;

namespace LocalCare.Warehouse.Imports;

/// <summary>An import run stored nothing because rows were rejected; carries the full report.</summary>
public sealed class ImportRejectedException : Exception
{
    public ImportRejectedException(ImportReport report)
        : base($"{report.RowsRejected} rows were rejected; nothing was stored.")
    {
        Report = report;
    }

    public ImportRejectedException()
        : this("Rows were rejected; nothing was stored.")
    {
    }

    public ImportRejectedException(string message)
        : base(message)
    {
        Report = new ImportReport(0, false, [], [], []);
    }

    public ImportRejectedException(string message, Exception innerException)
        : base(message, innerException)
    {
        Report = new ImportReport(0, false, [], [], []);
    }

    public ImportReport Report { get; }

    public IReadOnlyList<InputError> Errors => Report.Rejects;
}
