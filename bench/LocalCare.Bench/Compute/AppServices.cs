using LocalCare.Data;
using LocalCare.Data.Database;
using LocalCare.Warehouse;
using Microsoft.Extensions.DependencyInjection;

namespace LocalCare.Bench.Compute;

/// <summary>
/// A data directory's services, built as the CLI builds them for one invocation (CliSession): logging without a provider, the
/// app database in SQLite in the data directory, the warehouse file beside it; one scope, as one <c>localcare</c> command has.
/// </summary>
public sealed class AppServices : IAsyncDisposable
{
    /// <summary>The SQLite file's suffixes: the database and its write-ahead log.</summary>
    private static readonly string[] SqliteFiles = ["", "-wal"];

    private readonly ServiceProvider _provider;
    private readonly AsyncServiceScope _scope;

    private AppServices(string dataDirectory)
    {
        var services = new ServiceCollection().AddLogging();
        services.AddLocalCareData(DatabaseSettings.From(null, null, dataDirectory), dataDirectory);
        _provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        _scope = _provider.CreateAsyncScope();
    }

    public static AppServices Open(string dataDirectory)
    {
        DataDirectory.Ensure(dataDirectory);
        return new AppServices(dataDirectory);
    }

    public T Get<T>()
        where T : notnull => _scope.ServiceProvider.GetRequiredService<T>();

    public LocalCareDbContext Db => Get<LocalCareDbContext>();

    public WarehouseDatabase Warehouse => Get<WarehouseDatabase>();

    /// <summary>The bytes of the app database (SQLite file and its write-ahead log) in <paramref name="dataDirectory"/>.</summary>
    public static long AppDatabaseBytes(string dataDirectory) =>
        SqliteFiles.Select(suffix => new FileInfo(Path.Combine(dataDirectory, DatabaseSettings.SqliteFileName + suffix)))
            .Where(f => f.Exists).Sum(f => f.Length);

    public async ValueTask DisposeAsync()
    {
        await _scope.DisposeAsync();
        await _provider.DisposeAsync();
    }
}
