using LocalCare.Data;
using LocalCare.Web.Features.Shared;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace LocalCare.Web.Features.Home;

/// <summary>The home feature's API: the plan at a glance.</summary>
public static class HomeApi
{
    public static RouteGroupBuilder MapHomeApi(this RouteGroupBuilder api)
    {
        api.MapGet("/plan", GetPlan)
            .WithName("GetPlan")
            .WithSummary("A plan year at a glance (default: the year the pages show): vision, and each priority's deliverables counted by current status; 404 for a year with no plan.")
            .WithTags("Plans");
        return api;
    }

    public static async Task<Results<Ok<PlanAtAGlance>, NotFound<ProblemDetails>, ValidationProblem>> GetPlan(
        string? year, PlanAtAGlanceQuery query, LocalCareDbContext db, CancellationToken cancellationToken)
    {
        if (PlanYearParameter.Problem(year) is { } problem)
        {
            return PlanYearParameter.Invalid(problem);
        }

        var planYear = await PlanYearParameter.WithPlanAsync(year, db, cancellationToken);
        if (planYear is null && !string.IsNullOrWhiteSpace(year))
        {
            return PlanYearParameter.NoPlan(year);
        }

        // Nothing asked for and nothing loaded: the empty plan, as the home page shows it.
        return TypedResults.Ok(await query.LoadAsync(cancellationToken, planYear));
    }
}
