using LocalCare.Data;
using LocalCare.Data.WaitingLists;
using LocalCare.Web.Features.Data;
using LocalCare.Web.Features.Plans;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Web.Features.WaitingLists.Goals;

/// <summary>
/// A deliverable's waiting goals through the API: everyone signed in reads them with their checks; the plan's editors (executives and
/// administrators) add, change and remove them. Changes take a JSON body (or none, to remove), so a cross-site form cannot make one
/// (docs/decisions/0006); each is in the deliverable's history.
/// </summary>
public static class WaitingGoalsApi
{
    public static RouteGroupBuilder MapWaitingGoalsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/deliverables/{code}/waiting-goals", GetGoals).WithName("GetWaitingGoals")
            .WithSummary("A deliverable's waiting-list goals, each checked from the latest complete month's census at its scenario's capacity: verdict, reading, clearance and the long-wait count per week.")
            .WithTags("Waiting lists");
        api.MapPost("/deliverables/{code}/waiting-goals", PostGoal).WithName("PostWaitingGoal")
            .WithSummary("Adds a waiting-list goal to a deliverable: service, over_weeks (18, 52, 65 or 78), by (YYYY-MM), scenario (current, target, relief or user) and, for user only, capacity (executives, admins).")
            .WithTags("Waiting lists").RequireAuthorization(new AuthorizeAttribute { Roles = PlanAccess.EditorRoles });
        api.MapPut("/deliverables/{code}/waiting-goals/{id:int}", PutGoal).WithName("PutWaitingGoal")
            .WithSummary("Changes a deliverable's waiting-list goal; the body is as for adding one (executives, admins).")
            .WithTags("Waiting lists").RequireAuthorization(new AuthorizeAttribute { Roles = PlanAccess.EditorRoles });
        api.MapDelete("/deliverables/{code}/waiting-goals/{id:int}", DeleteGoal).WithName("DeleteWaitingGoal")
            .WithSummary("Removes a deliverable's waiting-list goal (executives, admins).")
            .WithTags("Waiting lists").RequireAuthorization(new AuthorizeAttribute { Roles = PlanAccess.EditorRoles });
        return api;
    }

    public static async Task<Results<Ok<IReadOnlyList<WaitingGoalJson>>, NotFound<ProblemDetails>, ProblemHttpResult>> GetGoals(
        string code, LocalCareDbContext db, WaitingGoalChecks checks, WarehouseGate gate, CancellationToken cancellationToken)
    {
        if (!await db.Deliverables.AnyAsync(d => d.Code == code, cancellationToken))
        {
            return NotFound($"There is no deliverable '{code}'.");
        }

        var goals = await checks.GoalsAsync(code, cancellationToken);
        try
        {
            var outcomes = goals.Count == 0 ? [] : await gate.ReadAsync(() => goals.Select(checks.Check).ToList(), cancellationToken);
            return TypedResults.Ok<IReadOnlyList<WaitingGoalJson>>([.. outcomes.Select(WaitingGoalJson.From)]);
        }
        catch (WarehouseBusyException)
        {
            return DataApi.Busy();
        }
    }

    public static async Task<Results<Created<WaitingGoalCreated>, ValidationProblem, NotFound<ProblemDetails>, ForbidHttpResult>> PostGoal(
        string code, WaitingGoalRequest request, HttpContext http, WaitingGoalEditor editor, CancellationToken cancellationToken)
    {
        if (!http.User.CanEditPlan())
        {
            return TypedResults.Forbid();
        }

        var result = await editor.AddAsync(code, request.ToInput(), cancellationToken);
        return result.Outcome switch
        {
            WaitingGoalEditOutcome.Saved => TypedResults.Created($"/api/deliverables/{code}/waiting-goals", new WaitingGoalCreated(result.Id!.Value)),
            WaitingGoalEditOutcome.NotFound => NotFound(result.Problems[0].Message + "."),
            _ => Shared.ApiProblems.Invalid(result.Problems),
        };
    }

    public static async Task<Results<NoContent, ValidationProblem, NotFound<ProblemDetails>, ForbidHttpResult>> PutGoal(
        string code, int id, WaitingGoalRequest request, HttpContext http, WaitingGoalEditor editor, CancellationToken cancellationToken)
    {
        if (!http.User.CanEditPlan())
        {
            return TypedResults.Forbid();
        }

        var result = await editor.ChangeAsync(code, id, request.ToInput(), cancellationToken);
        return result.Outcome switch
        {
            WaitingGoalEditOutcome.Saved => TypedResults.NoContent(),
            WaitingGoalEditOutcome.NotFound => NotFound(result.Problems[0].Message + "."),
            _ => Shared.ApiProblems.Invalid(result.Problems),
        };
    }

    public static async Task<Results<NoContent, NotFound<ProblemDetails>, ForbidHttpResult>> DeleteGoal(
        string code, int id, HttpContext http, WaitingGoalEditor editor, CancellationToken cancellationToken)
    {
        if (!http.User.CanEditPlan())
        {
            return TypedResults.Forbid();
        }

        var result = await editor.RemoveAsync(code, id, cancellationToken);
        return result.Outcome == WaitingGoalEditOutcome.Saved ? TypedResults.NoContent() : NotFound(result.Problems[0].Message + ".");
    }

    private static NotFound<ProblemDetails> NotFound(string detail) =>
        TypedResults.NotFound(new ProblemDetails { Status = StatusCodes.Status404NotFound, Title = "Waiting goal not found", Detail = detail });
}
