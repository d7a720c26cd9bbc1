namespace LocalCare.Web.Features.Organisation;

/// <summary>Registers the organisation feature's queries.</summary>
public static class OrganisationFeature
{
    public static WebApplicationBuilder AddLocalCareOrganisation(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<OrganisationOverviewQuery>();
        return builder;
    }
}
