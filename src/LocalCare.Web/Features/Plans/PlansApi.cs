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
            .WithSummary("Deliverables of the latest plan year, filtered by priority, workplan, current status and owner.")
            .WithTags("Plans");
        api.MapGet("/deliverables/{code}", GetDeliverable)
            .WithName("GetDeliverable")
            .WithSummary("One deliverable with its partner-priority alignment and quarterly updates.")
            .WithTags("Plans");
        return api;
    }

    public static async Task<Results<Ok<DeliverableList>, ValidationProblem>> GetDeliverables(
        string? priority, string? workplan, string? status, string? owner, DeliverableListQuery query, CancellationToken cancellationToken)
    {
        var filter = new DeliverableFilter(priority, workplan, status, owner).Normalised();
        var problems = filter.Problems();
        if (problems.Count > 0)
        {
            return TypedResults.ValidationProblem(problems);
        }

        return TypedResults.Ok(await query.LoadAsync(filter, cancellationToken));
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
