using LocalCare.Web.Setup;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace LocalCare.BrowserTests;

/// <summary>The real web app on Kestrel at a free loopback port, over its own data directory with the demo loaded.</summary>
public sealed class BrowserAppFactory : WebApplicationFactory<Program>
{
    public BrowserAppFactory()
    {
        UseKestrel();
    }

    public string DataDirectory { get; } = Directory.CreateTempSubdirectory("localcare-browser-tests-").FullName;

    /// <summary>Where the server listens, e.g. <c>http://127.0.0.1:41234</c>; starts it on first use.</summary>
    public Uri BaseAddress
    {
        get
        {
            StartServer();
            var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return new Uri(address);
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting(StorageSettings.DataDirectoryKey, DataDirectory);
        builder.UseSetting(StorageSettings.LoadDemoKey, "true");
        builder.UseSetting(StorageSettings.DemoYearsKey, "1");
        builder.UseSetting(StorageSettings.DemoContactsPerYearKey, "3000");
        builder.UseSetting("Database:Provider", "sqlite");
        builder.UseSetting("ConnectionStrings:LocalCare", "");
        builder.UseSetting(LocalCare.Web.Security.SignInRateLimit.PermitsKey, "1000"); // tests sign in far more often than people
        builder.UseSetting("Kestrel:Endpoints:Http:Url", "http://127.0.0.1:0");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(DataDirectory, recursive: true);
    }
}
