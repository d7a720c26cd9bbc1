using LocalCare.Core.Plans;
using LocalCare.Data;
using LocalCare.Web.Features.Shared;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace LocalCare.Web.Features.Alignment;

/// <summary>The alignment matrix's API.</summary>
public static class AlignmentApi
{
    public static RouteGroupBuilder MapAlignmentApi(this RouteGroupBuilder api)
    {
        api.MapGet("/plan/alignment", GetAlignment)
            .WithName("GetAlignment")
            .WithSummary("The alignment matrix of a plan year (default: the latest): each deliverable, by workplan, with the partner priorities (acute trust P1–P5, council P1–P7) it supports, each priority's count, and the deliverables aligned to none.")
            .WithTags("Plans");
        return api;
    }

    public static async Task<Results<Ok<AlignmentMatrixJson>, NotFound<ProblemDetails>, ValidationProblem>> GetAlignment(
        string? year, LocalCareDbContext db, AlignmentQuery query, CancellationToken cancellationToken)
    {
        if (PlanYearParameter.Problem(year) is { } problem)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["year"] = [problem] }, title: "The parameters are not valid", detail: "Check the parameter year.");
        }

        if (await PlanYearParameter.ResolveAsync(year, db, cancellationToken) is { } planYear && await query.LoadAsync(planYear, cancellationToken) is { } view)
        {
            return TypedResults.Ok(AlignmentMatrixJson.From(view));
        }

        return TypedResults.NotFound(new ProblemDetails
        {
            Status = StatusCodes.Status404NotFound,
            Title = "Plan not found",
            Detail = PlanYear.TryParse(year, out var asked) ? $"There is no operating plan for {asked.Label}." : "No operating plan has been loaded yet.",
        });
    }
}
