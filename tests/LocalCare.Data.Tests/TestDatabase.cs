using LocalCare.Data.Database;
using LocalCare.Data.Setup;
using LocalCare.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace LocalCare.Data.Tests;

/// <summary>A fresh, empty app database for one test, on SQLite (always) or PostgreSQL (when reachable; required under CI=true).</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    private readonly string? _postgresDatabase;

    private TestDatabase(string dataDirectory, DatabaseSettings settings, string? postgresDatabase)
    {
        DataDirectory = dataDirectory;
        Settings = settings;
        _postgresDatabase = postgresDatabase;
        Clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
        var services = new ServiceCollection().AddLogging();
        services.AddLocalCareData(settings, dataDirectory);
        services.AddSingleton<TimeProvider>(Clock);
        Services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    /// <summary>The demo's generated activity at a volume that keeps tests quick: one year, 3,000 contacts.</summary>
    public static DemoActivitySettings SmallActivity { get; } = new(1, 3_000);

    /// <summary>Both engines, for theories that must hold on each.</summary>
    public static TheoryData<string> Engines => [Sqlite, Postgres];

    public string DataDirectory { get; }

    public DatabaseSettings Settings { get; }

    public FakeTimeProvider Clock { get; }

    public ServiceProvider Services { get; }

    public static Task<TestDatabase> CreateAsync(string engine)
    {
        // Find the server first: a skipped PostgreSQL test must not leave a temporary directory behind.
        var postgres = engine == Postgres ? PostgresServer.NewDatabase("localcare_data_test") : default;
        var dataDirectory = Directory.CreateTempSubdirectory("localcare-data-test-").FullName;
        var settings = engine == Postgres
            ? new DatabaseSettings(DatabaseProvider.Postgres, postgres.ConnectionString)
            : DatabaseSettings.SqliteIn(dataDirectory);
        return Task.FromResult(new TestDatabase(dataDirectory, settings, postgres.Name));
    }

    /// <summary>SQLite in an existing data directory (a restored backup); the directory is deleted with it.</summary>
    public static TestDatabase AtSqlite(string dataDirectory) => new(dataDirectory, DatabaseSettings.SqliteIn(dataDirectory), null);

    /// <summary>A new context in its own scope; dispose the scope when done.</summary>
    public AsyncServiceScope Scope() => Services.CreateAsyncScope();

    /// <summary>Runs the initialiser as the web app and CLI do.</summary>
    public async Task<InitialiseResult> InitialiseAsync(bool demo)
    {
        await using var scope = Scope();
        return await scope.ServiceProvider.GetRequiredService<Initialiser>().InitialiseAsync(demo, DataDirectory, SmallActivity, TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        if (_postgresDatabase is not null)
        {
            PostgresServer.DropDatabase(_postgresDatabase);
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(DataDirectory, recursive: true);
    }
}
