using LocalCare.Core.Generation;
using LocalCare.Core.Metrics;
using LocalCare.Data.Caching;
using LocalCare.Data.Imports;
using LocalCare.Data.Metrics;
using LocalCare.Data.Users;
using LocalCare.Warehouse.Imports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalCare.Data.Tests.Caching;

/// <summary>The data stamp that computed pages are cached by: renewed by every change they compute from, and only by those.</summary>
public sealed class DataGenerationTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task ASave_OfWhatPagesComputeFrom_RenewsTheStamp_ASaveOfAUserOnly_DoesNot(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await database.InitialiseAsync(demo: false);
        var cancellationToken = TestContext.Current.CancellationToken;
        var initial = await StampAsync(database);

        await using (var scope = database.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LocalCareDbContext>();
            (await db.Boards.FirstAsync(cancellationToken)).Name += " (renamed)";
            await db.SaveChangesAsync(cancellationToken);
            (await db.Boards.OrderBy(b => b.Code).LastAsync(cancellationToken)).Name += " (renamed)";
            await db.SaveChangesAsync(cancellationToken); // a second save in the same context: the tracked stamp row is renewed again
        }

        var afterBoards = await StampAsync(database);
        await using (var scope = database.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LocalCareDbContext>();
            db.Users.Add(new LocalCareUser { UserName = "someone", NormalizedUserName = "SOMEONE", DisplayName = "Someone" });
            await db.SaveChangesAsync(cancellationToken);
        }

        var afterUser = await StampAsync(database);

        Assert.NotEqual(initial, afterBoards);
        Assert.Equal(afterBoards, afterUser);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task StoredMetricValues_RenewTheStamp_WhenTheirTransactionCommits_AndNotWhenItRollsBack(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await database.InitialiseAsync(demo: false);
        var cancellationToken = TestContext.Current.CancellationToken;
        var month = new YearMonth(2025, 1);
        MetricValue[] values = [new() { MetricId = "carers-assessments", Unit = UnitRefs.Lco, Month = month, Numerator = 3 }];
        var initial = await StampAsync(database);

        await using (var scope = database.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LocalCareDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await MetricValueStore.ReplaceAsync(db, ["carers-assessments"], new MonthRange(month, month), values, cancellationToken);
            await transaction.RollbackAsync(cancellationToken);
        }

        var afterRollback = await StampAsync(database);
        await using (var scope = database.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LocalCareDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await MetricValueStore.ReplaceAsync(db, ["carers-assessments"], new MonthRange(month, month), values, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        Assert.Equal(initial, afterRollback);
        Assert.NotEqual(initial, await StampAsync(database));
    }

    [Fact]
    public async Task AnImport_OfWarehouseDataOnly_RenewsTheStamp()
    {
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        await database.InitialiseAsync(demo: true);
        var before = await StampAsync(database);
        var directory = Directory.CreateDirectory(Path.Combine(database.DataDirectory, "in")).FullName;
        File.WriteAllText(Path.Combine(directory, "metric_values.csv"), "month,metric_id,unit,numerator,denominator\n2025-01,carers-assessments,lco,3,\n");

        await using (var scope = database.Scope())
        {
            var outcome = await scope.ServiceProvider.GetRequiredService<ImportRunner>().RunAsync(
                ImportPlan.For([directory]), new ImportOptions("tester"), cancellationToken: TestContext.Current.CancellationToken);
            Assert.Equal(1, outcome.Warehouse?.RowsStored);
        }

        Assert.NotEqual(before, await StampAsync(database));
    }

    private static async Task<long> StampAsync(TestDatabase database)
    {
        await using var scope = database.Scope();
        return await DataGenerations.CurrentAsync(scope.ServiceProvider.GetRequiredService<LocalCareDbContext>(), TestContext.Current.CancellationToken);
    }
}
