using LocalCare.Data;
using LocalCare.Web.Features.Shared;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace LocalCare.Web.Features.Plans;

/// <summary>The plans feature's API: deliverables, filtered, and one deliverable in full.</summary>
public static class PlansApi
{
    public static RouteGroupBuilder MapPlansApi(this RouteGroupBuilder api)
    {
        api.MapGet("/deliverables", GetDeliverables)
            .WithName("GetDeliverables")
            .WithSummary("Deliverables of a plan year (default: the year the pages show), filtered by priority, workplan, current status and owner; 404 for a year with no plan.")
            .WithTags("Plans");
        api.MapGet("/deliverables/{code}", GetDeliverable)
            .WithName("GetDeliverable")
            .WithSummary("One deliverable with its partner-priority alignment and quarterly updates.")
            .WithTags("Plans");
        return api;
    }

    public static async Task<Results<Ok<DeliverableList>, ValidationProblem, NotFound<ProblemDetails>>> GetDeliverables(
        string? year, string? priority, string? workplan, string? status, string? owner, DeliverableListQuery query, LocalCareDbContext db, CancellationToken cancellationToken)
    {
        var filter = new DeliverableFilter(priority, workplan, status, owner).Normalised();
        var problems = new Dictionary<string, string[]>(filter.Problems());
        if (PlanYearParameter.Problem(year) is { } yearProblem)
        {
            problems["year"] = [yearProblem];
        }

        if (problems.Count > 0)
        {
            return TypedResults.ValidationProblem(problems);
        }

        var planYear = await PlanYearParameter.WithPlanAsync(year, db, cancellationToken);
        if (planYear is null && !string.IsNullOrWhiteSpace(year))
        {
            return PlanYearParameter.NoPlan(year);
        }

        return TypedResults.Ok(await query.LoadAsync(filter, cancellationToken, planYear));
    }

    public static async Task<Results<Ok<DeliverableDetail>, NotFound<ProblemDetails>>> GetDeliverable(
        string code, DeliverableDetailQuery query, CancellationToken cancellationToken)
    {
        if (await query.LoadAsync(code, cancellationToken) is { } deliverable)
        {
            return TypedResults.Ok(deliverable);
        }

        return TypedResults.NotFound(new ProblemDetails
        {
            Status = StatusCodes.Status404NotFound,
            Title = "Deliverable not found",
            Detail = $"There is no deliverable with code '{code}'.",
        });
    }
}
