using System.Security.Claims;
using LocalCare.Core.ServicePlans;
using LocalCare.Data;
using LocalCare.Data.Audit;
using LocalCare.Data.ServicePlans;
using LocalCare.Web.Features.History;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Web.Features.ServicePlans;

/// <summary>
/// The service plans API: the list, one plan and its history, writing it, the workflow (submit, approve, return) and the planning cycle.
/// Everyone signed in reads; the workflow decides who changes what (403 with the reason otherwise). Changes take JSON only
/// (415 for anything else, so a cross-site form cannot post one: docs/decisions/0006).
/// </summary>
public static class ServicePlansApi
{
    private const string Tag = "Service plans";

    public static RouteGroupBuilder MapServicePlansApi(this RouteGroupBuilder api)
    {
        api.MapGet("/service-plans", GetServicePlans)
            .WithName("GetServicePlans")
            .WithSummary("Every service and neighbourhood team with its plan's status for a plan year (default: the latest), whether it is late, filtered by status and by the units you look after.")
            .WithTags(Tag);
        api.MapGet("/service-plans/{year}/{unit}", GetServicePlan)
            .WithName("GetServicePlan")
            .WithSummary("One unit's plan for a year (year as 2024 or 2024-25), section by section, with its workflow dates and what you may do to it.")
            .WithTags(Tag);
        api.MapGet("/service-plans/{year}/{unit}/history", GetServicePlanHistory)
            .WithName("GetServicePlanHistory")
            .WithSummary("Who wrote, submitted, approved or returned a unit's plan for a year and its sections, and when, with each field before and after; newest first (empty for a plan not started).")
            .WithTags(Tag);
        api.MapPut("/service-plans/{year}/{unit}", PutServicePlan)
            .WithName("PutServicePlan")
            .WithSummary("Writes every section of a draft or returned plan (sections left out are emptied); creates the plan on its first write.")
            .WithTags(Tag)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        MapAction(api, "submit", "SubmitServicePlan", "Submits the plan for approval; every section but the case studies must be written.", Submit);
        MapAction(api, "approve", "ApproveServicePlan", "Approves a submitted plan (executives).", Approve);
        api.MapPost("/service-plans/{year}/{unit}/return", ReturnServicePlan)
            .WithName("ReturnServicePlan")
            .WithSummary("Returns a submitted plan to the team with what needs to change (executives).")
            .WithTags(Tag)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        api.MapGet("/planning-cycle", GetPlanningCycle)
            .WithName("GetPlanningCycle")
            .WithSummary("The planning cycle of a plan year: its stages by quarter with activities, products and deadlines, and the plans late today.")
            .WithTags(Tag);
        return api;
    }

    public static async Task<Results<Ok<ServicePlanList>, ValidationProblem>> GetServicePlans(
        string? year, string? status, bool? mine, ClaimsPrincipal principal, ServicePlanUsers users, ServicePlanListQuery query, LocalCareDbContext db, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var filter = new ServicePlanFilter(status, mine == true).Normalised();
        var problems = new Dictionary<string, string[]>(filter.Problems());
        var planYear = default(Core.Plans.PlanYear);
        if (year is not null && !ServicePlanYears.TryParse(year, out planYear))
        {
            problems["year"] = [ServicePlanYears.Problem];
        }

        if (problems.Count > 0)
        {
            return TypedResults.ValidationProblem(problems);
        }

        if (year is null)
        {
            planYear = await ServicePlanYears.DefaultAsync(db, clock, cancellationToken);
        }

        var user = await users.ForAsync(principal, cancellationToken);
        return TypedResults.Ok(await query.LoadAsync(planYear, filter, user.UnitsLookedAfter, cancellationToken));
    }

    public static async Task<Results<Ok<ServicePlanDetail>, NotFound<ProblemDetails>>> GetServicePlan(
        string year, string unit, ClaimsPrincipal principal, ServicePlanUsers users, ServicePlanDetailQuery query, CancellationToken cancellationToken)
    {
        if (ServicePlanYears.TryParse(year, out var planYear)
            && await query.LoadAsync(planYear, unit, await users.ForAsync(principal, cancellationToken), cancellationToken) is { } plan)
        {
            return TypedResults.Ok(plan);
        }

        return NoPlan(year, unit);
    }

    public static async Task<Results<Ok<IReadOnlyList<HistoryEntry>>, NotFound<ProblemDetails>>> GetServicePlanHistory(
        string year, string unit, LocalCareDbContext db, ServicePlanEditor editor, ChangeHistory history, CancellationToken cancellationToken)
    {
        if (!ServicePlanYears.TryParse(year, out var planYear)
            || await db.OrganisationUnits.AsNoTracking().SingleOrDefaultAsync(u => u.Code == unit, cancellationToken) is not { } found
            || !ServicePlan.IsWrittenBy(found.Kind)
            || !await editor.IsPlanningYearAsync(planYear, cancellationToken))
        {
            return NoPlan(year, unit);
        }

        return TypedResults.Ok(await history.ForAsync(Subjects.ServicePlan(planYear, found.Code), cancellationToken));
    }

    public static Task<Results<Ok<ServicePlanDetail>, ValidationProblem, NotFound<ProblemDetails>, ProblemHttpResult>> PutServicePlan(
        string year, string unit, ServicePlanSectionsRequest body, ClaimsPrincipal principal, ServicePlanUsers users, ServicePlanEditor editor, ServicePlanDetailQuery query,
        CancellationToken cancellationToken) =>
        ChangeAsync(year, unit, principal, users, query, (y, user) => editor.WriteAsync(y, unit, body.Sections ?? new Dictionary<string, string?>(), user, cancellationToken), cancellationToken);

    public static Task<Results<Ok<ServicePlanDetail>, ValidationProblem, NotFound<ProblemDetails>, ProblemHttpResult>> ReturnServicePlan(
        string year, string unit, ServicePlanReturnRequest body, ClaimsPrincipal principal, ServicePlanUsers users, ServicePlanEditor editor, ServicePlanDetailQuery query,
        CancellationToken cancellationToken) =>
        ChangeAsync(year, unit, principal, users, query, (y, user) => editor.ReturnAsync(y, unit, body.Comment, user, cancellationToken), cancellationToken);

    public static async Task<Results<Ok<PlanningCycleView>, ValidationProblem>> GetPlanningCycle(
        string? year, PlanningCycleQuery query, LocalCareDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var planYear = default(Core.Plans.PlanYear);
        if (year is not null && !ServicePlanYears.TryParse(year, out planYear))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["year"] = [ServicePlanYears.Problem] });
        }

        return TypedResults.Ok(await query.LoadAsync(year is null ? await ServicePlanYears.DefaultAsync(db, clock, cancellationToken) : planYear, cancellationToken));
    }

    private static Task<Results<Ok<ServicePlanDetail>, ValidationProblem, NotFound<ProblemDetails>, ProblemHttpResult>> Submit(
        string year, string unit, HttpRequest request, ClaimsPrincipal principal, ServicePlanUsers users, ServicePlanEditor editor, ServicePlanDetailQuery query,
        CancellationToken cancellationToken) =>
        RequireJson(request) ?? ChangeAsync(year, unit, principal, users, query, (y, user) => editor.SubmitAsync(y, unit, null, user, cancellationToken), cancellationToken);

    private static Task<Results<Ok<ServicePlanDetail>, ValidationProblem, NotFound<ProblemDetails>, ProblemHttpResult>> Approve(
        string year, string unit, HttpRequest request, ClaimsPrincipal principal, ServicePlanUsers users, ServicePlanEditor editor, ServicePlanDetailQuery query,
        CancellationToken cancellationToken) =>
        RequireJson(request) ?? ChangeAsync(year, unit, principal, users, query, (y, user) => editor.ApproveAsync(y, unit, user, cancellationToken), cancellationToken);

    private static void MapAction(
        RouteGroupBuilder api, string action, string name, string summary,
        Func<string, string, HttpRequest, ClaimsPrincipal, ServicePlanUsers, ServicePlanEditor, ServicePlanDetailQuery, CancellationToken,
            Task<Results<Ok<ServicePlanDetail>, ValidationProblem, NotFound<ProblemDetails>, ProblemHttpResult>>> handler) =>
        api.MapPost($"/service-plans/{{year}}/{{unit}}/{action}", handler)
            .WithName(name)
            .WithSummary(summary)
            .WithDescription("Send Content-Type: application/json (the body may be empty or {}); anything else is 415.")
            .WithTags(Tag)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

    /// <summary>415 unless the request says it is JSON: a form from another site cannot (docs/decisions/0006).</summary>
    private static Task<Results<Ok<ServicePlanDetail>, ValidationProblem, NotFound<ProblemDetails>, ProblemHttpResult>>? RequireJson(HttpRequest request) =>
        request.HasJsonContentType()
            ? null
            : Task.FromResult<Results<Ok<ServicePlanDetail>, ValidationProblem, NotFound<ProblemDetails>, ProblemHttpResult>>(TypedResults.Problem(
                statusCode: StatusCodes.Status415UnsupportedMediaType,
                title: "Unsupported content type",
                detail: $"Send Content-Type: application/json; '{request.ContentType}' is not read."));

    private static async Task<Results<Ok<ServicePlanDetail>, ValidationProblem, NotFound<ProblemDetails>, ProblemHttpResult>> ChangeAsync(
        string year, string unit, ClaimsPrincipal principal, ServicePlanUsers users, ServicePlanDetailQuery query,
        Func<Core.Plans.PlanYear, Core.ServicePlans.ServicePlanUser, Task<ServicePlanChange>> change, CancellationToken cancellationToken)
    {
        if (!ServicePlanYears.TryParse(year, out var planYear))
        {
            return NoPlan(year, unit);
        }

        var user = await users.ForAsync(principal, cancellationToken);
        var result = await change(planYear, user);
        return result.Outcome switch
        {
            ServicePlanOutcome.Saved => TypedResults.Ok((await query.LoadAsync(planYear, unit, user, cancellationToken))!),
            ServicePlanOutcome.NotFound => NoPlan(year, unit),
            ServicePlanOutcome.Refused => TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not allowed", detail: result.Refusal),
            _ => TypedResults.ValidationProblem(result.Problems.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray())),
        };
    }

    private static NotFound<ProblemDetails> NoPlan(string year, string unit) => TypedResults.NotFound(new ProblemDetails
    {
        Status = StatusCodes.Status404NotFound,
        Title = "Service plan not found",
        Detail = $"There is no service plan for unit '{unit}' in plan year '{year}': the unit must be a service or neighbourhood team, the year like 2024 or 2024-25 and one with an operating plan, KLOEs or service plans.",
    });
}
