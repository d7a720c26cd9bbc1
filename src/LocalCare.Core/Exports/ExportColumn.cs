namespace LocalCare.Core.Exports;

/// <summary>A column of an export table: its name (snake_case, as Power BI and Excel show it), type and meaning.</summary>
public sealed record ExportColumn(string Name, ExportType Type, string Meaning);
