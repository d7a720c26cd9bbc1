namespace LocalCare.Web.Caching;

/// <summary>Registers the computed-page cache.</summary>
public static class CachingSetup
{
    public static WebApplicationBuilder AddLocalCareCaching(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ComputedCache>();
        builder.Services.AddScoped<DataStamp>();
        return builder;
    }
}
