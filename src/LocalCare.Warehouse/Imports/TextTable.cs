namespace LocalCare.Warehouse.Imports;

/// <summary>
/// Rows of one extract as text, keyed by the contract's column names, before any rule is applied.
/// Sources that are not CSV (FHIR bundles and NDJSON) are turned into these and then validated exactly as CSV rows are.
/// </summary>
/// <param name="File">The source file's name as users know it (no directory), used in every error.</param>
/// <param name="Kind">Which extract the rows belong to.</param>
/// <param name="Rows">The rows in source order.</param>
public sealed record TextTable(string File, ExtractKind Kind, IReadOnlyList<TextRow> Rows);

/// <summary>One source row: where it came from and its fields (missing key = empty cell = null).</summary>
/// <param name="Line">1-based line (NDJSON line, or the bundle entry's position) reported in errors.</param>
/// <param name="Fields">Contract column name → text value.</param>
public sealed record TextRow(int Line, IReadOnlyDictionary<string, string?> Fields);
