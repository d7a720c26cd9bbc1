using LocalCare.Data.Database;
using LocalCare.Data.Demo;
using LocalCare.Data.Setup;
using Microsoft.Extensions.DependencyInjection;

namespace LocalCare.Data.Tests.Portfolio;

/// <summary>A test database with the demo plan and portfolio loaded (no generated activity, so it is quick).</summary>
internal static class PortfolioDatabase
{
    public static async Task<TestDatabase> WithDemoAsync(string engine)
    {
        var database = await TestDatabase.CreateAsync(engine);
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<LocalCareDbContext>();
        await LocalCareDatabase.MigrateAsync(db, TestContext.Current.CancellationToken);
        await new DemoLoader(db).LoadAsync(DemoPlan.Year, TestContext.Current.CancellationToken);
        return database;
    }
}
