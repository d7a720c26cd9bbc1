using Microsoft.AspNetCore.Http.HttpResults;

namespace LocalCare.Web.Features.Home;

/// <summary>The home feature's API: the plan at a glance.</summary>
public static class HomeApi
{
    public static RouteGroupBuilder MapHomeApi(this RouteGroupBuilder api)
    {
        api.MapGet("/plan", GetPlan)
            .WithName("GetPlan")
            .WithSummary("The latest plan year at a glance: vision, and each priority's deliverables counted by current status.")
            .WithTags("Plans");
        return api;
    }

    public static async Task<Ok<PlanAtAGlance>> GetPlan(PlanAtAGlanceQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await query.LoadAsync(cancellationToken));
}
