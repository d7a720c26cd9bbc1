using LocalCare.Core.Inputs;
using LocalCare.Warehouse.Imports;

namespace LocalCare.Warehouse.Tests.Imports;

/// <summary>
/// A run with no reject is stored directly (<see cref="StagingSql.InsertChecked"/>); anything else falls back to the staged path,
/// so the other import tests check the results of both. These check what the direct path itself relies on.
/// </summary>
public sealed class DirectStoreTests : IDisposable
{
    private readonly TestWarehouse _warehouse = new();

    public static TheoryData<string> Files => [.. Extracts.All.Select(s => s.FileName)];

    [Theory]
    [MemberData(nameof(Files))]
    public void Direct_store_statements_run_for_every_extract(string fileName)
    {
        var spec = Extracts.ForFileName(fileName)!;
        var path = _warehouse.Write(fileName, string.Join(",", spec.Columns.Select(c => c.Name)) + "\n");
        var header = CsvHeader.Read(path, spec, new List<InputError>());

        using var connection = _warehouse.Database.OpenWriter();
        using var transaction = connection.BeginTransaction();
        Assert.Equal(0, Sql.Execute(connection, StagingSql.InsertChecked(spec, StagingSql.ReadCsv(path, spec, header))));
        Assert.Equal(0, Sql.Scalar<long>(connection, StagingSql.CountInserted(spec, -1)));
        Assert.Equal(0, Sql.Scalar<long>(connection, StagingSql.InsertedMayHaveDuplicates(spec, -1)));
        Assert.Equal(0, Sql.Execute(connection, StagingSql.DeleteReplaced(spec, -1)));
    }

    [Fact]
    public void Rows_inserted_in_the_open_transaction_have_row_ids_above_every_stored_row()
    {
        var spec = Extracts.Contacts;
        var path = _warehouse.Write("contacts.csv", "contact_id,person_id,service_code,scheduled_at\nC1,P1,POD,2024-05-01T09:30\nC2,P1,POD,2024-05-08T09:30\n");
        _warehouse.Import(path);
        var header = CsvHeader.Read(path, spec, new List<InputError>());

        using var connection = _warehouse.Database.OpenWriter();
        using var transaction = connection.BeginTransaction();
        var before = Sql.Scalar<long>(connection, "SELECT max(rowid) FROM contacts");
        var inserted = Sql.Execute(connection, StagingSql.InsertChecked(spec, StagingSql.ReadCsv(path, spec, header)));

        Assert.Equal(2, inserted);
        Assert.Equal(inserted, Sql.Scalar<long>(connection, StagingSql.CountInserted(spec, before)));
        Assert.Equal(2, Sql.Execute(connection, StagingSql.DeleteReplaced(spec, before)));
    }

    [Fact]
    public void A_later_extract_replaces_rows_with_the_same_compound_key()
    {
        _warehouse.Import(_warehouse.Write("activity_plan.csv", "month,service_code,planned_contacts\n2024-05,POD,100\n2024-06,POD,50\n"));

        _warehouse.Import(_warehouse.Write("activity_plan.csv", "month,service_code,planned_contacts\n2024-05,POD,120\n"));

        Assert.Equal(["05/01/2024|POD|120", "06/01/2024|POD|50"], _warehouse.Contents("activity_plan"));
    }

    [Fact]
    public void A_row_that_would_be_rejected_aborts_the_direct_store()
    {
        var spec = Extracts.Contacts;
        var path = _warehouse.Write("contacts.csv", "contact_id,person_id,service_code,scheduled_at\nC1,P1,POD,2024-05-01T09:30\nC2,P1,POD,soon\n");
        var header = CsvHeader.Read(path, spec, new List<InputError>());

        using var connection = _warehouse.Database.OpenWriter();
        using var transaction = connection.BeginTransaction();
        Sql.Execute(connection, "INSERT INTO organisation_units VALUES ('POD', 'Podiatry', 'service', 'LCO', 'citywide', 'service:POD')");

        Assert.ThrowsAny<DuckDB.NET.Data.DuckDBException>(() => Sql.Execute(connection, StagingSql.InsertChecked(spec, StagingSql.ReadCsv(path, spec, header))));
    }

    public void Dispose() => _warehouse.Dispose();
}
