namespace LocalCare.Core.Commissioning.Files;

/// <summary>One data row of an import file: its physical line (the header is line 1) and its fields by lower-case column name; empty cells are absent.</summary>
public sealed record ImportRecord(int Line, IReadOnlyDictionary<string, string> Fields)
{
    /// <summary>The trimmed text of a column, or null when the cell is empty or the column is not in the file.</summary>
    public string? this[string column] => Fields.TryGetValue(column, out var value) && value.Trim() is { Length: > 0 } text ? text : null;
}
