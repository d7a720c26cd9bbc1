namespace LocalCare.Web.Features.Home;

/// <summary>Registers the home feature's queries.</summary>
public static class HomeFeature
{
    public static WebApplicationBuilder AddLocalCareHome(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<PlanAtAGlanceQuery>();
        return builder;
    }
}
