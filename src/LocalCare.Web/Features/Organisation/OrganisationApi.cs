using Microsoft.AspNetCore.Http.HttpResults;

namespace LocalCare.Web.Features.Organisation;

/// <summary>The organisation feature's API.</summary>
public static class OrganisationApi
{
    public static RouteGroupBuilder MapOrganisationApi(this RouteGroupBuilder api)
    {
        api.MapGet("/organisation", GetOrganisation)
            .WithName("GetOrganisation")
            .WithSummary("The LCO, its localities with their neighbourhoods, and its services by service group.")
            .WithTags("Organisation");
        return api;
    }

    public static async Task<Ok<OrganisationOverview>> GetOrganisation(OrganisationOverviewQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await query.LoadAsync(cancellationToken));
}
