using LocalCare.Core.Inputs;
using LocalCare.Warehouse.Imports;

namespace LocalCare.Warehouse.Tests.Imports;

/// <summary>
/// Staged rows are numbered by row id, which is their source order only if nothing in the staging statement is planned as a
/// join (DuckDB keeps insertion order through projections, not through joins). A long IN list and a subquery are joins.
/// </summary>
public sealed class StagingOrderTests : IDisposable
{
    private readonly TestWarehouse _warehouse = new();

    public static TheoryData<string> Files => [.. Extracts.All.Select(s => s.FileName)];

    [Theory]
    [MemberData(nameof(Files))]
    public void Staging_plans_no_join(string fileName)
    {
        var spec = Extracts.ForFileName(fileName)!;
        var path = _warehouse.Write(fileName, string.Join(",", spec.Columns.Select(c => c.Name)) + "\n");
        var header = CsvHeader.Read(path, spec, new List<InputError>());
        var staging = StagingSql.CreateStaged(0, spec, StagingSql.ReadCsv(path, spec, header));
        var select = staging[staging.IndexOf(" AS SELECT ", StringComparison.Ordinal)..][" AS ".Length..];

        using var connection = _warehouse.Database.OpenWriter();
        var plan = string.Join("\n", Sql.Query(connection, "EXPLAIN " + select, r => r.GetString(1)));

        Assert.DoesNotContain("JOIN", plan, StringComparison.Ordinal);
    }

    public void Dispose() => _warehouse.Dispose();
}
