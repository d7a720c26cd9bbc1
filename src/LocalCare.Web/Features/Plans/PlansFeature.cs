namespace LocalCare.Web.Features.Plans;

/// <summary>Registers the plans feature's queries.</summary>
public static class PlansFeature
{
    public static WebApplicationBuilder AddLocalCarePlans(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<DeliverableListQuery>();
        builder.Services.AddScoped<DeliverableDetailQuery>();
        builder.Services.AddScoped<QuarterlyUpdates>();
        builder.Services.AddScoped<DeliverableEditor>();
        builder.Services.AddScoped<UpdatesOverviewQuery>();
        builder.Services.AddScoped<PlanEditor>();
        builder.Services.AddScoped<PlanRollForwardService>();
        return builder;
    }
}
