using System.Data.Common;
using LocalCare.Data;
using LocalCare.Data.Database;
using LocalCare.Data.Reminders;
using LocalCare.Data.Setup;
using LocalCare.Warehouse;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalCare.Cli;

/// <summary>One invocation's data directory and app database: a service provider built for this run, with one scope.</summary>
public sealed class CliSession : IAsyncDisposable
{
    private readonly ServiceProvider _provider;
    private readonly AsyncServiceScope _scope;

    private CliSession(string dataDirectory, DatabaseSettings settings, CliEnvironment environment)
    {
        DataDirectory = dataDirectory;
        Settings = settings;

        // Logging is registered for Identity and EF Core but has no provider: nothing of theirs reaches the console.
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton<Data.Audit.IAuditActor>(new Data.Audit.FixedAuditActor("cli:" + Environment.UserName));
        services.AddLocalCareData(settings, dataDirectory);
        services.AddSingleton(environment.Clock);
        services.AddLocalCareReminders(() => Data.Reminders.SmtpSettings.Read(environment.Setting), () => Data.Reminders.ReminderSettings.Read(environment.Setting));
        _provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        _scope = _provider.CreateAsyncScope();
    }

    public string DataDirectory { get; }

    public DatabaseSettings Settings { get; }

    /// <summary>The scope's services (the importers take them).</summary>
    public IServiceProvider Services => _scope.ServiceProvider;

    public LocalCareDbContext Db => Get<LocalCareDbContext>();

    /// <summary>The warehouse file in this invocation's data directory.</summary>
    public WarehouseDatabase Warehouse => Get<WarehouseDatabase>();

    /// <summary>Where the app database is, for messages: the SQLite file, or the PostgreSQL host and database (never the password).</summary>
    public string DatabaseDescription
    {
        get
        {
            var builder = new DbConnectionStringBuilder { ConnectionString = Settings.ConnectionString };
            string? Part(string key) => builder.TryGetValue(key, out var value) ? value?.ToString() : null;
            return Settings.Provider == DatabaseProvider.Sqlite
                ? Path.GetFullPath(Part("Data Source") ?? Part("DataSource") ?? Part("Filename") ?? "?")
                : $"PostgreSQL database '{Part("Database") ?? "?"}' on {Part("Host") ?? Part("Server") ?? "?"}";
        }
    }

    /// <summary>
    /// Reads the settings from the environment (invalid settings are a user error) and builds the services;
    /// creates the data directory only when asked, so a read-only command leaves no trace.
    /// </summary>
    public static CliSession Open(string dataDirectory, CliEnvironment environment, bool createDataDirectory)
    {
        DatabaseSettings settings;
        try
        {
            settings = DatabaseSettings.From(environment.DatabaseProvider, environment.DatabaseConnection, dataDirectory);
        }
        catch (InvalidOperationException e)
        {
            throw new UserErrorException($"{e.Message} Check {CliEnvironment.ProviderVariable} and {CliEnvironment.ConnectionVariable}.", e);
        }

        if (createDataDirectory)
        {
            Data.Database.DataDirectory.Ensure(dataDirectory);
        }

        return new CliSession(dataDirectory, settings, environment);
    }

    public T Get<T>()
        where T : notnull => _scope.ServiceProvider.GetRequiredService<T>();

    /// <summary>Whether the app database exists and has every migration; never creates it.</summary>
    public async Task<DatabaseState> StateAsync(CancellationToken cancellationToken)
    {
        var applied = await Db.Database.GetAppliedMigrationsAsync(cancellationToken);
        if (!applied.Any())
        {
            return DatabaseState.Missing;
        }

        var pending = await Db.Database.GetPendingMigrationsAsync(cancellationToken);
        return pending.Any() ? DatabaseState.Outdated : DatabaseState.UpToDate;
    }

    /// <summary>Stops with a user error unless the app database exists and is up to date (for commands that only read it).</summary>
    public async Task RequireInitialisedAsync(CancellationToken cancellationToken)
    {
        if (await StateAsync(cancellationToken) != DatabaseState.UpToDate)
        {
            throw new UserErrorException("The app database is not initialised: run 'localcare init' (or 'localcare init --demo').");
        }
    }

    /// <summary>Initialises the app database without the demo when it is missing or out of date, and says so; returns the state it found.</summary>
    public async Task<DatabaseState> EnsureInitialisedAsync(CliContext cli, CancellationToken cancellationToken)
    {
        var state = await StateAsync(cancellationToken);
        if (state == DatabaseState.UpToDate)
        {
            return state;
        }

        await Get<Initialiser>().InitialiseAsync(demo: false, DataDirectory, cancellationToken: cancellationToken);
        cli.Say(state == DatabaseState.Missing
            ? $"The app database was not initialised; initialised it without demo data: {DatabaseDescription}"
            : $"The app database was out of date; updated it: {DatabaseDescription}");
        return state;
    }

    public async ValueTask DisposeAsync()
    {
        await _scope.DisposeAsync();
        await _provider.DisposeAsync();
    }
}

/// <summary>How far the app database has been set up.</summary>
public enum DatabaseState
{
    /// <summary>No database, or one without LocalCare's tables.</summary>
    Missing,

    /// <summary>Made by an older LocalCare: migrations are pending.</summary>
    Outdated,

    /// <summary>Every migration applied.</summary>
    UpToDate,
}
