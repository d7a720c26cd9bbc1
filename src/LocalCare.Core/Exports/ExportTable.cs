namespace LocalCare.Core.Exports;

/// <summary>
/// One table of the BI export: its name, what one row is, its columns and its rows. Values are checked against the column
/// types as rows are added, so every writer can trust them: text is <see cref="string"/>, integers <see cref="long"/>, numbers
/// <see cref="double"/> (finite), booleans <see cref="bool"/>, dates <see cref="DateOnly"/>, timestamps <see cref="DateTime"/> (UTC); null is empty.
/// </summary>
public sealed class ExportTable
{
    private readonly List<object?[]> _rows = [];

    public ExportTable(string name, string grain, IReadOnlyList<ExportColumn> columns)
    {
        if (columns.Count == 0 || columns.Select(c => c.Name).Distinct(StringComparer.Ordinal).Count() != columns.Count)
        {
            throw new ArgumentException($"Table {name} needs columns with distinct names.", nameof(columns));
        }

        Name = name;
        Grain = grain;
        Columns = columns;
    }

    /// <summary>The table's name: the file name (<c>NAME.parquet</c>, <c>NAME.csv</c>) and the XLSX sheet name.</summary>
    public string Name { get; }

    /// <summary>What one row is, in words ("one row per metric, unit and month").</summary>
    public string Grain { get; }

    public IReadOnlyList<ExportColumn> Columns { get; }

    public IReadOnlyList<object?[]> Rows => _rows;

    /// <summary>An empty table with the same name and columns.</summary>
    public ExportTable Empty() => new(Name, Grain, Columns);

    /// <summary>Adds a row, one value per column in order; ints become longs, non-finite numbers empty.</summary>
    public ExportTable Add(params object?[] values)
    {
        if (values.Length != Columns.Count)
        {
            throw new ArgumentException($"Table {Name} has {Columns.Count} columns; a row gave {values.Length} values.", nameof(values));
        }

        var row = new object?[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            row[i] = Checked(Columns[i], values[i]);
        }

        _rows.Add(row);
        return this;
    }

    private object? Checked(ExportColumn column, object? value) => (column.Type, value) switch
    {
        (_, null) => null,
        (ExportType.Text, string s) => s,
        (ExportType.Integer, long l) => l,
        (ExportType.Integer, int i) => (long)i,
        (ExportType.Number, double d) => double.IsFinite(d) ? d : null,
        (ExportType.Number, int i) => (double)i,
        (ExportType.Number, long l) => (double)l,
        (ExportType.Boolean, bool b) => b,
        (ExportType.Date, DateOnly d) => d,
        (ExportType.Timestamp, DateTime t) => DateTime.SpecifyKind(t, DateTimeKind.Utc),
        _ => throw new ArgumentException($"Table {Name}, column {column.Name} ({column.Type.ToCode()}): a {value.GetType().Name} is not one.", nameof(value)),
    };
}
