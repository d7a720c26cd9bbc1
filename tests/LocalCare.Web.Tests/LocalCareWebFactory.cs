using DuckDB.NET.Data;
using LocalCare.Data;
using LocalCare.Warehouse;
using LocalCare.Web.Setup;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace LocalCare.Web.Tests;

/// <summary>
/// Boots the real web app over its own SQLite database in a fresh temporary data directory, with the demo loaded
/// and the clock fixed in 2024/25 Q4. Use one per test class (<c>IClassFixture</c>) so classes run in parallel.
/// </summary>
public class LocalCareWebFactory : WebApplicationFactory<Program>
{
    /// <summary>15 January 2025: quarter 4 of the demo's plan year 2024/25.</summary>
    public static readonly DateTimeOffset Now = new(2025, 1, 15, 9, 0, 0, TimeSpan.Zero);

    public string DataDirectory { get; } = Directory.CreateTempSubdirectory("localcare-web-tests-").FullName;

    /// <summary>Years of generated activity the demo imports at start-up (3,000 contacts a year).</summary>
    protected virtual int DemoYears => 1;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting(StorageSettings.DataDirectoryKey, DataDirectory);
        builder.UseSetting(StorageSettings.LoadDemoKey, "true");
        builder.UseSetting(StorageSettings.DemoYearsKey, DemoYears.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting(StorageSettings.DemoContactsPerYearKey, "3000");
        builder.UseSetting("Database:Provider", "sqlite");
        builder.UseSetting("ConnectionStrings:LocalCare", "");
        builder.UseSetting(LocalCare.Web.Security.SignInRateLimit.PermitsKey, "1000"); // tests sign in far more often than people
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(new FakeTimeProvider(Now)));
    }

    /// <summary>Reads the app database directly, for the values a page or the API should show.</summary>
    public async Task<T> QueryAsync<T>(Func<LocalCareDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<LocalCareDbContext>());
    }

    /// <summary>Reads the warehouse directly (read-only), for the values a page or the API should show; null when it does not exist.</summary>
    public T? QueryWarehouse<T>(Func<DuckDBConnection, T> query)
    {
        using var connection = WarehouseDatabase.In(DataDirectory).OpenReader();
        return connection is null ? default : query(connection);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(DataDirectory, recursive: true);
        GC.SuppressFinalize(this);
    }
}
