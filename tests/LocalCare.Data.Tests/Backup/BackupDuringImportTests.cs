using LocalCare.Core.Generation;
using LocalCare.Core.Inputs;
using LocalCare.Core.Metrics;
using LocalCare.Core.Organisation;
using LocalCare.Data.Backup;
using LocalCare.Data.Imports;
using LocalCare.Data.Metrics;
using LocalCare.Data.Organisation;
using LocalCare.Data.Setup;
using LocalCare.Warehouse.Generation;
using LocalCare.Warehouse.Imports;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace LocalCare.Data.Tests.Backup;

/// <summary>
/// A backup taken while an import runs holds the state before the import or the state after it, never a mix: not the app
/// database's new organisation with the warehouse's old rows.
/// </summary>
public sealed class BackupDuringImportTests : IDisposable
{
    private static readonly YearMonth LastMonth = new(2026, 10);

    private readonly string _elsewhere = Directory.CreateTempSubdirectory("localcare-backup-race-").FullName;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ABackupStartedMidImport_RestoresTheStateBeforeOrAfterIt_WithTheSameComputedMetrics()
    {
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        await database.InitialiseAsync(demo: false);
        var units = DemoUnits();

        // Before: a year of generated activity with the demo organisation, metrics computed.
        var first = Generate(units, seed: 1, "first");
        await using (var scope = database.Scope())
        {
            await scope.ServiceProvider.GetRequiredService<ImportRunner>().RunAsync(ImportPlan.For([first]), new ImportOptions("tester"), cancellationToken: Ct);
        }

        var range = new MonthRange(LastMonth.AddMonths(-11), LastMonth);
        var metricsBefore = await ComputeAsync(database, range);
        var before = DataDirectoryState.Of(database.DataDirectory);

        // The import: other activity, one more neighbourhood (stored in the app database before the warehouse commits) and the
        // same commissioning files, whose "storing" step comes after the organisation has been written, in the run's one
        // app-database transaction (docs/decisions/0005), and before either store has committed.
        var second = Generate(units, seed: 2, "second");
        foreach (var file in CommissioningFiles.Headers.Select(h => h.File))
        {
            File.Copy(Path.Combine(first, file), Path.Combine(second, file), overwrite: true);
        }

        File.AppendAllText(Path.Combine(second, ExtractFiles.Organisation), "INT-BK,Backup Test Team,neighbourhood,NORTH,\n");

        var midImport = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var backupWaiting = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var importProgress = new Inline<ImportProgress>(p =>
        {
            if (p is { File: "commissioning files", Stage: "storing" })
            {
                midImport.TrySetResult();
                backupWaiting.Task.Wait(TimeSpan.FromSeconds(20), Ct); // hold the run here until the backup has asked for the data directory
            }
        });
        var import = Task.Run(async () =>
        {
            await using var scope = database.Scope();
            return await scope.ServiceProvider.GetRequiredService<ImportRunner>().RunAsync(ImportPlan.For([second]), new ImportOptions("tester"), importProgress, Ct);
        }, Ct);
        await midImport.Task.WaitAsync(TimeSpan.FromSeconds(60), Ct);
        // Mid-run: the new neighbourhood is written but not committed, so another reader still sees the organisation as it was.
        Assert.Contains("OrganisationUnits: " + units.Count, DataDirectoryState.Of(database.DataDirectory).AppTables);

        var archive = Path.Combine(_elsewhere, "backup.tar.gz");
        var backup = Task.Run(async () =>
        {
            await using var scope = database.Scope();
            return await scope.ServiceProvider.GetRequiredService<DataBackup>().CreateAsync(archive, TimeSpan.FromSeconds(60),
                new Inline<BackupProgress>(p =>
                {
                    if (p.Step.StartsWith("waiting", StringComparison.Ordinal))
                    {
                        backupWaiting.TrySetResult();
                    }
                }), cancellationToken: Ct);
        }, Ct);
        await import;
        await backup;
        var after = DataDirectoryState.Of(database.DataDirectory);

        var target = Path.Combine(_elsewhere, "restored");
        await new DataRestore(LocalCare.Data.Database.DatabaseSettings.SqliteIn(target), LocalCare.Warehouse.WarehouseDatabase.In(target)).RestoreAsync(archive, cancellationToken: Ct);
        var restoredState = DataDirectoryState.Of(target);
        await using var restored = TestDatabase.AtSqlite(target);
        var restoredMetrics = await ComputeAsync(restored, range);
        var metricsAfter = await ComputeAsync(database, range);

        Assert.False(before.SameAs(after), "the import changed nothing: the test cannot tell the states apart");
        Assert.NotEqual(metricsBefore, metricsAfter);
        Assert.True(restoredState.SameAs(before) || restoredState.SameAs(after), $"the backup holds neither state:\nbefore:   {before}\nafter:    {after}\nrestored: {restoredState}");
        Assert.Equal(restoredState.SameAs(before) ? metricsBefore : metricsAfter, restoredMetrics);
        Assert.True(backupWaiting.Task.IsCompleted, "the backup did not wait for the import");
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_elsewhere, recursive: true);
    }

    /// <summary>Every metric value of <paramref name="range"/> as computed from the directory's warehouse now, as text.</summary>
    private static async Task<List<string>> ComputeAsync(TestDatabase database, MonthRange range)
    {
        await using (var scope = database.Scope())
        {
            await scope.ServiceProvider.GetRequiredService<MetricCompute>().RunAsync(range, "tester", cancellationToken: Ct);
        }

        return [.. DataDirectoryState.Of(database.DataDirectory).MetricValues];
    }

    private string Generate(IReadOnlyList<OrganisationUnit> units, int seed, string name)
    {
        var directory = Path.Combine(_elsewhere, name);
        ExtractFiles.Write(directory, new ExtractGenerator(units, GenerationSettings.ForYears(LastMonth, 1, 3_000, seed)), cancellationToken: Ct);
        return directory;
    }

    private static IReadOnlyList<OrganisationUnit> DemoUnits()
    {
        using var reader = new StreamReader(DemoLoader.OpenOrganisationCsv());
        var content = OrganisationCsv.Read(reader, OrganisationFile.DefaultName);
        var result = OrganisationFile.Validate(OrganisationFile.DefaultName, content.Rows);
        return result.IsValid ? result.Units : throw new InvalidInputException(result.Errors);
    }
}
