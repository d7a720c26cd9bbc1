using LocalCare.Core.Generation;
using LocalCare.Core.Metrics;
using LocalCare.Core.Organisation;
using LocalCare.Data.Organisation;
using LocalCare.Data.Setup;
using LocalCare.Warehouse.Generation;
using LocalCare.Warehouse.Imports;
using LocalCare.Warehouse.Metrics;

namespace LocalCare.Bench.Imports;

/// <summary>What every phase agrees on: the generation settings, the demo organisation, and the two files measured.</summary>
public static class BenchFiles
{
    /// <summary>A fixed last month (the end of the 2024/25 financial year), so every run generates the same files whatever the date.</summary>
    public static YearMonth LastMonth { get; } = new(2025, 3);

    public const int Seed = 1;

    public static GenerationSettings Settings(int years) =>
        GenerationSettings.ForYears(LastMonth, years, GenerationSettings.DefaultContactsPerYear, Seed);

    /// <summary>The demo organisation's units, read and validated from its organisation.csv as <c>localcare generate</c> does.</summary>
    public static IReadOnlyList<OrganisationUnit> DemoUnits()
    {
        using var reader = new StreamReader(DemoLoader.OpenOrganisationCsv());
        return OrganisationImport.Read(reader, OrganisationFile.DefaultName).Units;
    }

    /// <summary>What the import checks codes against, as the CLI builds it after <c>init --demo</c>: the demo units and the built-in metrics.</summary>
    public static ReferenceData Reference() => new(DemoUnits(), [.. MetricLibrary.BuiltIn().Select(f => f.Metric)]);

    public static string Referrals(string directory) => Path.Combine(directory, ExtractFiles.Referrals);

    public static string Contacts(string directory) => Path.Combine(directory, ExtractFiles.Contacts);

    /// <summary>The import's sources, in the order a directory import uses: referrals before contacts.</summary>
    public static IReadOnlyList<ImportSource> Sources(string directory) =>
        [new CsvSource(Extracts.Referrals, Referrals(directory)), new CsvSource(Extracts.Contacts, Contacts(directory))];

    /// <summary>Deletes a DuckDB file and its write-ahead log.</summary>
    public static void DeleteDatabase(string path)
    {
        File.Delete(path);
        File.Delete(path + ".wal");
    }
}
