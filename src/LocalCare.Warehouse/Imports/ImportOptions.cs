namespace LocalCare.Warehouse.Imports;

/// <summary>How an import run behaves.</summary>
/// <param name="User">Who runs it, for the import history.</param>
/// <param name="AllowRejects">Store the valid rows even when some are rejected (the rejects go to <paramref name="RejectsPath"/>).</param>
/// <param name="RejectsPath">Where to write every reject as CSV (file, line, column, reason) when rows are rejected; null: not written.</param>
public sealed record ImportOptions(string User, bool AllowRejects = false, string? RejectsPath = null);
