namespace LocalCare.Web.Caching;

/// <summary>Registers the computed-page cache and the store of rendered pages.</summary>
public static class CachingSetup
{
    public static WebApplicationBuilder AddLocalCareCaching(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ComputedCache>();
        builder.Services.AddScoped<DataStamp>();
        builder.Services.AddSingleton<RenderedPageStore>();
        return builder;
    }

    /// <summary>Serves kept pages (<see cref="RenderedPages"/>); after authorization, so only to users the page lets in.</summary>
    public static WebApplication UseLocalCareRenderedPages(this WebApplication app)
    {
        app.UseMiddleware<RenderedPages>();
        return app;
    }
}
