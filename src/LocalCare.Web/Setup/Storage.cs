using LocalCare.Data;
using LocalCare.Data.Audit;
using LocalCare.Data.Database;
using LocalCare.Data.Setup;
using LocalCare.Data.Users;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;

namespace LocalCare.Web.Setup;

/// <summary>Where LocalCare keeps its files and data, read from configuration once at start-up.</summary>
/// <remarks><c>DataDirectory</c>: Full path of the data directory (it exists). <c>LoadDemo</c>: Whether start-up loads the demo organisation and its users.</remarks>
public sealed record StorageSettings(string DataDirectory, bool LoadDemo, DemoActivitySettings DemoActivity)
{
    public const string DemoYearsKey = "LocalCare:DemoYears";
    public const string DemoContactsPerYearKey = "LocalCare:DemoContactsPerYear";

    public const string DataDirectoryKey = "LocalCare:DataDirectory";
    public const string LoadDemoKey = "LocalCare:LoadDemo";

    /// <summary>
    /// Set only by Properties/launchSettings.json: <c>dotnet run</c> starts the app in its project folder, and this points
    /// the default back at the checkout's <c>./data</c>, the folder the <c>localcare</c> CLI uses too.
    /// </summary>
    public const string DefaultDataDirectoryKey = "LocalCare:DefaultDataDirectory";

    /// <summary><c>LocalCare:DataDirectory</c>, else <c>LOCALCARE_DATA</c>, else <c>./data</c>; <c>LocalCare:LoadDemo</c> defaults to true.</summary>
    public static StorageSettings From(IConfiguration configuration) => new(
        LocalCare.Data.Database.DataDirectory.Ensure(LocalCare.Data.Database.DataDirectory.Resolve(
            configuration[DataDirectoryKey], Environment.GetEnvironmentVariable(LocalCare.Data.Database.DataDirectory.EnvironmentVariable), configuration[DefaultDataDirectoryKey])),
        configuration.GetValue(LoadDemoKey, defaultValue: true),
        new DemoActivitySettings(
            configuration.GetValue(DemoYearsKey, new DemoActivitySettings().Years),
            configuration.GetValue(DemoContactsPerYearKey, new DemoActivitySettings().ContactsPerYear)));
}

/// <summary>Wires the data directory (which also keeps the keys that protect sign-in cookies) and the app database, and brings the database up to date before the app serves.</summary>
public static class Storage
{
    /// <summary>Registers the app database (<c>Database:Provider</c>, <c>ConnectionStrings:LocalCare</c>) and returns the Identity builder.</summary>
    public static IdentityBuilder AddLocalCareStorage(this WebApplicationBuilder builder)
    {
        var storage = StorageSettings.From(builder.Configuration);
        var database = DatabaseSettings.From(builder.Configuration["Database:Provider"], builder.Configuration.GetConnectionString("LocalCare"), storage.DataDirectory);
        builder.Services.AddSingleton(storage);
        builder.Services.AddDataProtection().PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(storage.DataDirectory, "keys")));
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<IAuditActor, SignedInAuditActor>(); // before the data layer's default actor (system)
        return builder.Services.AddLocalCareData(database, storage.DataDirectory);
    }

    /// <summary>Migrates the database, ensures the standard set-up and, unless turned off, the demo and its users.</summary>
    public static async Task InitialiseLocalCareAsync(this WebApplication app)
    {
        var storage = app.Services.GetRequiredService<StorageSettings>();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("LocalCare.Web.Setup");
        await using var scope = app.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<Initialiser>().InitialiseAsync(storage.LoadDemo, storage.DataDirectory, storage.DemoActivity, app.Lifetime.ApplicationStopping);

        var line = result.DemoUsersFile is { } created
            ? $"Demo users created; their passwords are in {created}"
            : storage.LoadDemo ? $"Demo users: see {Path.Combine(storage.DataDirectory, DemoUsers.FileName)}" : null;
        if (line is not null)
        {
            logger.LogInformation("{DemoUsers}", line);
            Console.WriteLine(line);
        }
    }
}

/// <summary>The signed-in user makes the changes saved during a request; outside one (start-up) it is the system.</summary>
public sealed class SignedInAuditActor(IHttpContextAccessor http) : IAuditActor
{
    public string Name => http.HttpContext?.User.Identity is { IsAuthenticated: true, Name: { } name } ? name : FixedAuditActor.System.Name;
}
