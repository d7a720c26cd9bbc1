namespace LocalCare.Warehouse.Imports;

/// <summary>One thing to import: a CSV file of the contract, or rows read from a FHIR file.</summary>
public abstract record ImportSource(ExtractSpec Spec)
{
    /// <summary>The name used in messages (the file name, without directory).</summary>
    public abstract string File { get; }
}

/// <summary>A CSV file of the contract, read by DuckDB.</summary>
public sealed record CsvSource(ExtractSpec Spec, string Path) : ImportSource(Spec)
{
    public override string File => System.IO.Path.GetFileName(Path);
}

/// <summary>Rows already read from another format (FHIR); their line numbers are final.</summary>
public sealed record TextSource(ExtractSpec Spec, TextTable Table) : ImportSource(Spec)
{
    public override string File => Table.File;
}
