using LocalCare.Core.Exports;

namespace LocalCare.Data.Exports;

/// <summary>
/// One table of the BI export: its name, grain and columns, and how its rows are gathered. A new table is one class like
/// this, listed in <see cref="ExportTables.All"/>, and a section of docs/exports.md.
/// </summary>
public abstract class ExportTableSource
{
    /// <summary>The table's name: <c>dim_*</c> for a dimension, <c>fact_*</c> for a fact, <c>bridge_*</c> for a many-to-many link.</summary>
    public abstract string Name { get; }

    /// <summary>What one row is.</summary>
    public abstract string Grain { get; }

    public abstract IReadOnlyList<ExportColumn> Columns { get; }

    /// <summary>The table with its rows.</summary>
    public async Task<ExportTable> ReadAsync(ExportSources sources, CancellationToken cancellationToken = default)
    {
        var table = new ExportTable(Name, Grain, Columns);
        await FillAsync(table, sources, cancellationToken);
        return table;
    }

    /// <summary>Adds the rows, one value per column in <see cref="Columns"/>' order.</summary>
    protected abstract Task FillAsync(ExportTable table, ExportSources sources, CancellationToken cancellationToken);

    protected static ExportColumn Text(string name, string meaning) => new(name, ExportType.Text, meaning);

    protected static ExportColumn Integer(string name, string meaning) => new(name, ExportType.Integer, meaning);

    protected static ExportColumn Number(string name, string meaning) => new(name, ExportType.Number, meaning);

    protected static ExportColumn Boolean(string name, string meaning) => new(name, ExportType.Boolean, meaning);

    protected static ExportColumn Date(string name, string meaning) => new(name, ExportType.Date, meaning);

    protected static ExportColumn Timestamp(string name, string meaning) => new(name, ExportType.Timestamp, meaning);
}
