namespace LocalCare.Warehouse.Imports;

/// <summary>One import file of the contract: its name, columns, key and the table it is stored in.</summary>
public sealed record ExtractSpec(ExtractKind Kind, string FileName, string Table, IReadOnlyList<ColumnSpec> Columns, IReadOnlyList<string> Key)
{
    /// <summary>Rules across fields of a row (checked after each field is valid on its own).</summary>
    public IReadOnlyList<RowRule> RowRules { get; init; } = [];

    /// <summary>The column naming the service, for data quality by service; null when the file has none.</summary>
    public string? ServiceColumn { get; init; } = "service_code";

    public ColumnSpec Column(string name) => Columns.Single(c => c.Name == name);

    public IEnumerable<ColumnSpec> Required => Columns.Where(c => c.Required);
}
