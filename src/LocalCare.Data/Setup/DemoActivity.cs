using LocalCare.Core.Generation;
using LocalCare.Core.Time;
using LocalCare.Data.Imports;
using LocalCare.Warehouse;
using LocalCare.Warehouse.Generation;
using LocalCare.Warehouse.Imports;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Data.Setup;

/// <summary>How much generated activity the demo starts with: whole years ending with the last complete month, at a yearly volume.</summary>
/// <param name="Years">0 loads none.</param>
/// <param name="ContactsPerYear">LCO-wide care contacts a year (the demo LCO has about 1.1 million).</param>
public sealed record DemoActivitySettings(int Years = 2, long ContactsPerYear = GenerationSettings.DefaultContactsPerYear)
{
    public const int Seed = 1;

    public static DemoActivitySettings None { get; } = new(0);
}

/// <summary>Gives the demo organisation operational data: generated extracts imported through the normal import, so every page has something true to show.</summary>
public sealed class DemoActivity(LocalCareDbContext db, ImportRunner importRunner, WarehouseDatabase warehouse, TimeProvider clock)
{
    /// <summary>Generates and imports the activity unless the warehouse already holds contacts; returns the import report, or null when nothing was loaded.</summary>
    public async Task<ImportReport?> LoadAsync(DemoActivitySettings settings, CancellationToken cancellationToken = default)
    {
        if (settings.Years <= 0 || HasContacts())
        {
            return null;
        }

        var units = await db.OrganisationUnits.AsNoTracking().ToListAsync(cancellationToken);
        var today = UkTime.Today(clock);
        var lastMonth = YearMonth.Of(today).AddMonths(-1);
        var generator = new ExtractGenerator(units, GenerationSettings.ForYears(lastMonth, settings.Years, settings.ContactsPerYear, DemoActivitySettings.Seed));

        var directory = Directory.CreateTempSubdirectory("localcare-demo-activity-").FullName;
        try
        {
            ExtractFiles.Write(directory, generator, cancellationToken: cancellationToken);
            File.Delete(Path.Combine(directory, ExtractFiles.Organisation)); // the organisation is already loaded
            var outcome = await importRunner.RunAsync(ImportPlan.For([directory]), new ImportOptions("demo"), cancellationToken: cancellationToken);
            return outcome.Warehouse;
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private bool HasContacts()
    {
        using var connection = warehouse.OpenReader();
        return connection is not null && Sql.Scalar<long>(connection, "SELECT count(*) FROM (SELECT 1 FROM contacts LIMIT 1)") > 0;
    }
}
