using LocalCare.Core.Metrics;
using LocalCare.Core.Organisation;
using LocalCare.Warehouse.Imports;
using LocalCare.Warehouse.Metrics;
using Microsoft.Extensions.Time.Testing;

namespace LocalCare.Warehouse.Tests;

/// <summary>A warehouse file in a temporary folder, a small organisation to check codes against, and helpers to write and import files.</summary>
public sealed class TestWarehouse : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("localcare-warehouse-test-").FullName;

    public TestWarehouse()
    {
        Database = WarehouseDatabase.In(_root);
        Clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
        Directory.CreateDirectory(InputDirectory);
    }

    public WarehouseDatabase Database { get; }

    public FakeTimeProvider Clock { get; }

    public string InputDirectory => Path.Combine(_root, "in");

    public static IReadOnlyList<OrganisationUnit> Units { get; } =
    [
        new() { Code = "LCO", Name = "Test LCO", Kind = UnitKind.Lco },
        new() { Code = "NORTH", Name = "North", Kind = UnitKind.Locality, ParentCode = "LCO" },
        new() { Code = "INT-A", Name = "Team A", Kind = UnitKind.Neighbourhood, ParentCode = "NORTH" },
        new() { Code = "INT-B", Name = "Team B", Kind = UnitKind.Neighbourhood, ParentCode = "NORTH" },
        new() { Code = "POD", Name = "Podiatry", Kind = UnitKind.Service, ParentCode = "LCO", ServiceGroup = ServiceGroup.Citywide },
        new() { Code = "CRISIS-N", Name = "Crisis (North)", Kind = UnitKind.Service, ParentCode = "NORTH", ServiceGroup = ServiceGroup.Locality },
        new() { Code = "HAH-N", Name = "Hospital at Home (North)", Kind = UnitKind.Service, ParentCode = "NORTH", ServiceGroup = ServiceGroup.VirtualWard },
    ];

    public static ReferenceData Reference { get; } = new(Units,
    [
        .. MetricLibrary.BuiltIn().Select(f => f.Metric),
        new MetricDefinition { Id = "carers-assessments", Name = "Carers assessments", Kind = MetricKind.Count, Direction = Direction.HigherIsBetter, BoardCode = "ASCPB", Definition = "Carers assessments completed", IsManual = true },
    ]);

    /// <summary>Writes a file into the input folder (text as given: the test controls every byte) and returns its path.</summary>
    public string Write(string fileName, string content)
    {
        var path = Path.Combine(InputDirectory, fileName);
        File.WriteAllText(path, content.ReplaceLineEndings("\n"));
        return path;
    }

    public ImportReport Import(params string[] paths) => Import(new ImportOptions("tester"), paths);

    public ImportReport Import(ImportOptions options, params string[] paths) =>
        new WarehouseImport(Database, Clock).RunAsync(
            paths.Select(p => (ImportSource)new CsvSource(Extracts.ForFileName(Path.GetFileName(p))!, p)).ToList(), Reference, options).GetAwaiter().GetResult();

    /// <summary>The problems of a run that stored nothing, as the lines a user reads.</summary>
    public IReadOnlyList<string> Rejections(params string[] paths)
    {
        var rejected = Assert.Throws<ImportRejectedException>(() => Import(paths));
        Assert.False(rejected.Report.Stored);
        return rejected.Errors.Select(e => e.ToString()).ToList();
    }

    public long Count(string table)
    {
        if (!Database.Exists)
        {
            return 0;
        }

        using var connection = Database.OpenReader()!;
        return Sql.Scalar<long>(connection, $"SELECT count(*) FROM {table}");
    }

    /// <summary>Every row of a table as text, sorted, for comparing whole contents.</summary>
    public IReadOnlyList<string> Contents(string table)
    {
        using var connection = Database.OpenReader()!;
        return Sql.Query(connection, $"SELECT * FROM {table} ORDER BY ALL", r =>
        {
            var values = new object[r.FieldCount];
            r.GetValues(values);
            return string.Join("|", values.Select(v => v is DBNull ? "∅" : Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture)));
        });
    }

    /// <summary>Every row of <paramref name="sql"/>, read by <paramref name="read"/>.</summary>
    public IReadOnlyList<T> Rows<T>(string sql, Func<System.Data.Common.DbDataReader, T> read)
    {
        using var connection = Database.OpenReader()!;
        return Sql.Query(connection, sql, read);
    }

    public T Query<T>(string sql)
    {
        using var connection = Database.OpenReader()!;
        return Sql.Scalar<T>(connection, sql);
    }

    public void Dispose()
    {
        Directory.Delete(_root, recursive: true);
    }
}
