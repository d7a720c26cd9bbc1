using LocalCare.Core.Alignment;
using LocalCare.Core.Plans;
using LocalCare.Data;
using LocalCare.Web.Features.Plans;
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
            .WithSummary("The alignment matrix of a plan year (default: the latest): each deliverable, by workplan or (group=priority) by corporate priority, with the partner priorities (acute trust P1–P5, council P1–P7) it supports, each priority's count, and the deliverables aligned to none.")
            .WithTags("Plans");
        api.MapPost("/partner-priorities", PostPartnerPriority).WithName("PostPartnerPriority")
            .WithSummary("Adds a partner's priority, numbered after its last (ACUTE-P6 after P5); partner priorities have no year, so every plan year's matrix and deliverable form have it (executives, admins).")
            .WithTags("Plans")
            .RequireAuthorization(new Microsoft.AspNetCore.Authorization.AuthorizeAttribute { Roles = PlanAccess.EditorRoles });
        api.MapPut("/partner-priorities/{code}", PutPartnerPriority).WithName("PutPartnerPriority")
            .WithSummary("Renames a partner priority, in every plan year: partner priorities have no year (executives, admins).")
            .WithTags("Plans")
            .RequireAuthorization(new Microsoft.AspNetCore.Authorization.AuthorizeAttribute { Roles = PlanAccess.EditorRoles });
        return api;
    }

    /// <summary>A new partner priority: whose it is (<c>acute_trust</c>, <c>council</c>) and its title.</summary>
    public sealed record NewPartnerPriorityRequest(string? Partner, string? Title);

    /// <summary>A partner priority's new title.</summary>
    public sealed record PartnerPriorityRequest(string? Title);

    public static async Task<Results<Created<PlanEditingApi.Created>, ValidationProblem, ForbidHttpResult>> PostPartnerPriority(
        NewPartnerPriorityRequest request, HttpContext http, PartnerPriorityEditor editor, CancellationToken cancellationToken)
    {
        if (!http.User.CanEditPlan())
        {
            return TypedResults.Forbid();
        }

        var (code, problems) = await editor.AddAsync(request.Partner, request.Title, cancellationToken);
        return code is null
            ? ApiProblems.Invalid(problems.Select(p => p with { Field = p.Field.Replace("partner-priority-", "", StringComparison.Ordinal) }))
            : TypedResults.Created("/api/plan/alignment", new PlanEditingApi.Created(code));
    }

    public static async Task<Results<NoContent, ValidationProblem, NotFound<ProblemDetails>, ForbidHttpResult>> PutPartnerPriority(
        string code, PartnerPriorityRequest request, HttpContext http, PartnerPriorityEditor editor, CancellationToken cancellationToken)
    {
        if (!http.User.CanEditPlan())
        {
            return TypedResults.Forbid();
        }

        return await editor.RenameAsync(code, request.Title, cancellationToken) switch
        {
            null => ApiProblems.NotFound("Partner priority not found", $"There is no partner priority with code '{code}'."),
            { Count: > 0 } problems => ApiProblems.Invalid(problems.Select(p => p with { Field = "title" })),
            _ => TypedResults.NoContent(),
        };
    }

    public static async Task<Results<Ok<AlignmentMatrixJson>, NotFound<ProblemDetails>, ValidationProblem>> GetAlignment(
        string? year, string? group, LocalCareDbContext db, AlignmentQuery query, CancellationToken cancellationToken)
    {
        var problems = new Dictionary<string, string[]>();
        if (PlanYearParameter.Problem(year) is { } problem)
        {
            problems["year"] = [problem];
        }

        if (!AlignmentGroupParameter.TryParse(group, out var grouping))
        {
            problems["group"] = [AlignmentGroupParameter.Problem];
        }

        if (problems.Count > 0)
        {
            return TypedResults.ValidationProblem(problems, title: "The parameters are not valid", detail: $"Check the parameter {string.Join(" and ", problems.Keys)}.");
        }

        if (await PlanYearParameter.ResolveAsync(year, db, cancellationToken) is { } planYear && await query.LoadAsync(planYear, cancellationToken, grouping) is { } view)
        {
            var byWorkplan = grouping == AlignmentGrouping.Workplan ? view : (await query.LoadAsync(planYear, cancellationToken))!;
            return TypedResults.Ok(AlignmentMatrixJson.From(view, byWorkplan));
        }

        return PlanYearParameter.NoPlan(year);
    }
}
