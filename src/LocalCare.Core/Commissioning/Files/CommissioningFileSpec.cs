namespace LocalCare.Core.Commissioning.Files;

/// <summary>One commissioning file: its name, its columns (required or not) and its key, as commissioning.md gives them.</summary>
public sealed record CommissioningFileSpec(CommissioningFileKind Kind, string FileName, IReadOnlyList<CommissioningColumn> Columns, IReadOnlyList<string> Key)
{
    public IEnumerable<string> RequiredColumns => Columns.Where(c => c.Required).Select(c => c.Name);
}

/// <summary>A column of a commissioning file; <paramref name="Required"/> columns must be in the header.</summary>
public sealed record CommissioningColumn(string Name, bool Required = true);
