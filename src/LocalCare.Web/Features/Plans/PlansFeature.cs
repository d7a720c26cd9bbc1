namespace LocalCare.Web.Features.Plans;

/// <summary>Registers the plans feature's queries.</summary>
public static class PlansFeature
{
    public static WebApplicationBuilder AddLocalCarePlans(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<DeliverableListQuery>();
        builder.Services.AddScoped<DeliverableDetailQuery>();
        return builder;
    }
}
