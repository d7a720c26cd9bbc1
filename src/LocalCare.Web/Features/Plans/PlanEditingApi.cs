using LocalCare.Core.Inputs;
using LocalCare.Core.Plans;
using LocalCare.Data;
using LocalCare.Data.Audit;
using LocalCare.Web.Features.History;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Web.Features.Plans;

/// <summary>
/// Changing the operating plan through the API, with the same rules as the pages: the plan (executives and administrators),
/// quarterly updates (owners too), quarter locks (executives), roll-forward and review, and each thing's history. Every
/// change takes a JSON body, so a cross-site form cannot make one (docs/decisions/0006).
/// </summary>
public static class PlanEditingApi
{
    public static RouteGroupBuilder MapPlanEditingApi(this RouteGroupBuilder api)
    {
        api.MapPut("/plans/{year}/vision", PutVision).WithName("PutVision").WithSummary("Replaces a plan year's vision statements (executives, admins).").WithTags("Plans")
            .RequireAuthorization(new Microsoft.AspNetCore.Authorization.AuthorizeAttribute { Roles = PlanAccess.EditorRoles });
        api.MapPost("/plans/{year}/priorities", PostPriority).WithName("PostPriority").WithSummary("Adds a priority to a plan year under P{yy}{yy}-{short_code} (executives, admins).").WithTags("Plans")
            .RequireAuthorization(new Microsoft.AspNetCore.Authorization.AuthorizeAttribute { Roles = PlanAccess.EditorRoles });
        api.MapPut("/priorities/{code}", PutPriority).WithName("PutPriority").WithSummary("Changes a priority's name, summary and order (executives, admins).").WithTags("Plans")
            .RequireAuthorization(new Microsoft.AspNetCore.Authorization.AuthorizeAttribute { Roles = PlanAccess.EditorRoles });
        api.MapPost("/workplans", PostWorkplan).WithName("PostWorkplan")
            .WithSummary("Adds a workplan, last in order, under a code of 2 to 12 capitals, digits or hyphens; workplans have no year, so it serves every plan year and priority (executives, admins).").WithTags("Plans")
            .RequireAuthorization(new Microsoft.AspNetCore.Authorization.AuthorizeAttribute { Roles = PlanAccess.EditorRoles });
        api.MapPut("/workplans/{code}", PutWorkplan).WithName("PutWorkplan").WithSummary("Renames a workplan, in every plan year: workplans have no year (executives, admins).").WithTags("Plans")
            .RequireAuthorization(new Microsoft.AspNetCore.Authorization.AuthorizeAttribute { Roles = PlanAccess.EditorRoles });
        api.MapPost("/plans/{year}/deliverables", PostDeliverable).WithName("PostDeliverable").WithSummary("Adds a deliverable under the next free code of its workplan (executives, admins).").WithTags("Plans")
            .RequireAuthorization(new Microsoft.AspNetCore.Authorization.AuthorizeAttribute { Roles = PlanAccess.EditorRoles });
        api.MapPut("/deliverables/{code}", PutDeliverable).WithName("PutDeliverable").WithSummary("Changes a deliverable: text, owner, due quarter, partner priorities, metrics, milestones (executives, admins).").WithTags("Plans")
            .RequireAuthorization(new Microsoft.AspNetCore.Authorization.AuthorizeAttribute { Roles = PlanAccess.EditorRoles });
        api.MapPut("/deliverables/{code}/updates/{quarter:int}", PutUpdate).WithName("PutDeliverableUpdate")
            .WithSummary("Writes a deliverable's update for a quarter: status, commentary and action (its owner, executives, admins); 409 when the quarter is locked or has not started.").WithTags("Plans");
        api.MapGet("/updates", GetUpdates).WithName("GetUpdates")
            .WithSummary("The quarterly updates of a plan year (default: the year the pages show; 404 for a year with no plan): quarters and locks, the open quarter, the caller's deliverables, what is due and overdue by owner.").WithTags("Plans");
        api.MapPost("/plans/{year}/locks", PostLock).WithName("PostQuarterLock").WithSummary("Locks a quarter that has ended (executives): its updates become read-only.").WithTags("Plans")
            .RequireAuthorization(new Microsoft.AspNetCore.Authorization.AuthorizeAttribute { Roles = Core.Access.Roles.Executive });
        api.MapPost("/plans", PostNextPlan).WithName("PostNextPlan")
            .WithSummary("Starts next year's plan from a year's: vision, priorities and KLOEs copied, each deliverable given a pending review (executives, admins).").WithTags("Plans")
            .RequireAuthorization(new Microsoft.AspNetCore.Authorization.AuthorizeAttribute { Roles = PlanAccess.EditorRoles });
        api.MapGet("/plans/{year}/reviews", GetReviews).WithName("GetReviews").WithSummary("Each deliverable of a plan year with its 'delivered?' review.").WithTags("Plans");
        api.MapPut("/deliverables/{code}/review", PutReview).WithName("PutReview")
            .WithSummary("Records whether a deliverable was delivered, with a note; carry_forward copies it into next year (executives, admins).").WithTags("Plans")
            .RequireAuthorization(new Microsoft.AspNetCore.Authorization.AuthorizeAttribute { Roles = PlanAccess.EditorRoles });
        api.MapGet("/deliverables/{code}/history", GetDeliverableHistory).WithName("GetDeliverableHistory")
            .WithSummary("Who changed a deliverable, its updates, links and milestones, and when; newest first.").WithTags("Plans");
        api.MapGet("/plans/{year}/history", GetPlanHistory).WithName("GetPlanHistory").WithSummary("Who changed a plan year's vision, priorities, KLOEs and locks, and the workplans (which every year shares), and when; newest first.").WithTags("Plans");
        return api;
    }

    /// <summary>The vision statements, in order.</summary>
    public sealed record VisionRequest(IReadOnlyList<string> Statements);

    /// <summary>A workplan's new name.</summary>
    public sealed record WorkplanRequest(string? Name);

    /// <summary>A new workplan: its code (<c>MH</c>) and name.</summary>
    public sealed record NewWorkplanRequest(string? Code, string? Name);

    /// <summary>The quarter (1..4) to lock.</summary>
    public sealed record LockRequest(int Quarter);

    /// <summary>The plan year to start next year's plan from, e.g. "2024/25".</summary>
    public sealed record NextPlanRequest(string? From);

    /// <summary>A review: <c>delivered</c>, <c>partly_delivered</c> or <c>not_delivered</c>, a note, and whether to carry it forward.</summary>
    public sealed record ReviewRequest(string? Outcome, string? Note, bool CarryForward);

    /// <summary>A deliverable's review: the outcome code, note, the code it was carried forward to, who reviewed it and when (UTC).</summary>
    public sealed record ReviewJson(string Code, string Title, string LastStatus, string Outcome, string Note, string? CarriedForwardTo, string? ReviewedBy, DateTime? ReviewedAt);

    /// <summary>What a change created: its code.</summary>
    public sealed record Created(string Code);

    public static async Task<Results<NoContent, ValidationProblem, NotFound<ProblemDetails>, ForbidHttpResult>> PutVision(
        string year, VisionRequest request, HttpContext http, PlanEditor editor, LocalCareDbContext db, CancellationToken cancellationToken)
    {
        if (!http.User.CanEditPlan())
        {
            return TypedResults.Forbid();
        }

        if (await YearOf(year, db, cancellationToken) is not { } planYear)
        {
            return NoPlan(year);
        }

        var problems = await editor.SetVisionAsync(planYear, request.Statements ?? [], cancellationToken);
        return problems.Count > 0 ? Invalid(problems) : TypedResults.NoContent();
    }

    public static async Task<Results<Created<Created>, ValidationProblem, NotFound<ProblemDetails>, ForbidHttpResult>> PostPriority(
        string year, PriorityInput input, HttpContext http, PlanEditor editor, LocalCareDbContext db, CancellationToken cancellationToken)
    {
        if (!http.User.CanEditPlan())
        {
            return TypedResults.Forbid();
        }

        if (await YearOf(year, db, cancellationToken) is not { } planYear)
        {
            return NoPlan(year);
        }

        var (code, problems) = await editor.AddPriorityAsync(planYear, input, cancellationToken);
        return code is null ? Invalid(problems) : TypedResults.Created($"/api/plans/{planYear.StartYear}", new Created(code));
    }

    public static async Task<Results<NoContent, ValidationProblem, NotFound<ProblemDetails>, ForbidHttpResult>> PutPriority(
        string code, PriorityInput input, HttpContext http, PlanEditor editor, CancellationToken cancellationToken)
    {
        if (!http.User.CanEditPlan())
        {
            return TypedResults.Forbid();
        }

        return await editor.UpdatePriorityAsync(code, input, cancellationToken) switch
        {
            null => NotFound("Priority not found", $"There is no priority with code '{code}'."),
            { Count: > 0 } problems => Invalid(problems),
            _ => TypedResults.NoContent(),
        };
    }

    public static async Task<Results<Created<Created>, ValidationProblem, ForbidHttpResult>> PostWorkplan(
        NewWorkplanRequest request, HttpContext http, PlanEditor editor, CancellationToken cancellationToken)
    {
        if (!http.User.CanEditPlan())
        {
            return TypedResults.Forbid();
        }

        // The API's fields are "code" and "name"; the page's ids say which form they belong to.
        var problems = (await editor.AddWorkplanAsync(request.Code, request.Name, cancellationToken))
            .Select(p => p with { Field = p.Field.Replace("workplan-", "", StringComparison.Ordinal) }).ToList();
        return problems.Count > 0 ? Invalid(problems) : TypedResults.Created($"/api/deliverables?workplan={request.Code!.Trim()}", new Created(request.Code!.Trim()));
    }

    public static async Task<Results<NoContent, ValidationProblem, NotFound<ProblemDetails>, ForbidHttpResult>> PutWorkplan(
        string code, WorkplanRequest request, HttpContext http, PlanEditor editor, CancellationToken cancellationToken)
    {
        if (!http.User.CanEditPlan())
        {
            return TypedResults.Forbid();
        }

        return await editor.RenameWorkplanAsync(code, request.Name, cancellationToken) switch
        {
            null => NotFound("Workplan not found", $"There is no workplan with code '{code}'."),
            { Count: > 0 } problems => Invalid(problems),
            _ => TypedResults.NoContent(),
        };
    }

    public static async Task<Results<Created<Created>, ValidationProblem, NotFound<ProblemDetails>, ForbidHttpResult>> PostDeliverable(
        string year, DeliverableInput input, HttpContext http, DeliverableEditor editor, LocalCareDbContext db, CancellationToken cancellationToken)
    {
        if (!http.User.CanEditPlan())
        {
            return TypedResults.Forbid();
        }

        if (await YearOf(year, db, cancellationToken) is not { } planYear)
        {
            return NoPlan(year);
        }

        var (code, problems) = await editor.CreateAsync(planYear, input, cancellationToken);
        return code is null ? Invalid(problems) : TypedResults.Created($"/api/deliverables/{code}", new Created(code));
    }

    public static async Task<Results<NoContent, ValidationProblem, NotFound<ProblemDetails>, ForbidHttpResult>> PutDeliverable(
        string code, DeliverableInput input, HttpContext http, DeliverableEditor editor, CancellationToken cancellationToken)
    {
        if (!http.User.CanEditPlan())
        {
            return TypedResults.Forbid();
        }

        return await editor.UpdateAsync(code, input, cancellationToken) switch
        {
            null => DeliverableNotFound(code),
            { Count: > 0 } problems => Invalid(problems),
            _ => TypedResults.NoContent(),
        };
    }

    public static async Task<Results<NoContent, ValidationProblem, NotFound<ProblemDetails>, ForbidHttpResult, Conflict<ProblemDetails>>> PutUpdate(
        string code, int quarter, QuarterlyUpdateInput input, HttpContext http, QuarterlyUpdates updates, CancellationToken cancellationToken)
    {
        var result = await updates.SaveAsync(code, quarter, input, http.User.RolesOf(), http.User.NameOf(), cancellationToken);
        return result.Outcome switch
        {
            PlanChangeOutcome.Saved => TypedResults.NoContent(),
            PlanChangeOutcome.NotFound => DeliverableNotFound($"{code} Q{quarter}"),
            PlanChangeOutcome.Forbidden => TypedResults.Forbid(),
            PlanChangeOutcome.Refused => Conflict("The update cannot be written", result.Problems[0].Message),
            _ => Invalid(result.Problems),
        };
    }

    public static async Task<Results<Ok<UpdatesOverview>, NotFound<ProblemDetails>, ValidationProblem>> GetUpdates(
        string? year, HttpContext http, UpdatesOverviewQuery query, CancellationToken cancellationToken)
    {
        if (Shared.PlanYearParameter.Problem(year) is { } problem)
        {
            return Shared.PlanYearParameter.Invalid(problem);
        }

        PlanYear? asked = PlanYear.TryParse(year, out var parsed) ? parsed : null;
        return await query.LoadAsync(asked, http.User.Identity?.Name, cancellationToken) is { } overview ? TypedResults.Ok(overview) : Shared.PlanYearParameter.NoPlan(year);
    }

    public static async Task<Results<NoContent, NotFound<ProblemDetails>, ForbidHttpResult, Conflict<ProblemDetails>>> PostLock(
        string year, LockRequest request, HttpContext http, QuarterlyUpdates updates, CancellationToken cancellationToken)
    {
        if (!PlanYear.TryParse(year, out var planYear))
        {
            return NoPlan(year);
        }

        var result = await updates.LockAsync(planYear, request.Quarter, http.User.RolesOf(), http.User.NameOf(), cancellationToken);
        return result.Outcome switch
        {
            PlanChangeOutcome.Saved => TypedResults.NoContent(),
            PlanChangeOutcome.Forbidden => TypedResults.Forbid(),
            PlanChangeOutcome.Refused => Conflict("The quarter cannot be locked", result.Problems[0].Message),
            _ => NotFound("Quarter not found", $"{year} has no plan, or {request.Quarter} is not a quarter (1 to 4)."),
        };
    }

    public static async Task<Results<Created<Created>, NotFound<ProblemDetails>, ForbidHttpResult, Conflict<ProblemDetails>>> PostNextPlan(
        NextPlanRequest request, HttpContext http, PlanRollForwardService rollForward, CancellationToken cancellationToken)
    {
        if (!PlanPermissions.CanRollForward(http.User.RolesOf()))
        {
            return TypedResults.Forbid();
        }

        if (!PlanYear.TryParse(request.From, out var from) || !await rollForward.HasPlanAsync(from, cancellationToken))
        {
            return NoPlan(request.From ?? "");
        }

        return await rollForward.StartNextYearAsync(from, cancellationToken) is { } reason
            ? Conflict("The plan cannot be started", reason)
            : TypedResults.Created($"/api/plans/{from.Next.StartYear}/reviews", new Created(from.Next.Label));
    }

    public static async Task<Results<Ok<IReadOnlyList<ReviewJson>>, NotFound<ProblemDetails>>> GetReviews(
        string year, PlanRollForwardService rollForward, CancellationToken cancellationToken)
    {
        if (!PlanYear.TryParse(year, out var planYear))
        {
            return NoPlan(year);
        }

        var reviews = await rollForward.ReviewsAsync(planYear, cancellationToken);
        return TypedResults.Ok<IReadOnlyList<ReviewJson>>([.. reviews.Select(r => new ReviewJson(
            r.Deliverable.Code, r.Deliverable.Title, r.Deliverable.CurrentStatus.ToCode(), r.Review.Outcome.ToCode(), r.Review.Note, r.Review.CarriedForwardTo, r.Review.ReviewedBy, r.Review.ReviewedAt))]);
    }

    public static async Task<Results<NoContent, ValidationProblem, NotFound<ProblemDetails>, ForbidHttpResult>> PutReview(
        string code, ReviewRequest request, HttpContext http, PlanRollForwardService rollForward, CancellationToken cancellationToken)
    {
        if (!PlanPermissions.CanReview(http.User.RolesOf()))
        {
            return TypedResults.Forbid();
        }

        return await rollForward.ReviewAsync(code, DeliverableOutcomes.Parse(request.Outcome), request.Note, request.CarryForward, http.User.NameOf(), cancellationToken) switch
        {
            null => NotFound("Review not found", $"'{code}' has no review: start next year's plan from its year first."),
            { Count: > 0 } problems => Invalid(problems),
            _ => TypedResults.NoContent(),
        };
    }

    public static async Task<Results<Ok<IReadOnlyList<HistoryEntry>>, NotFound<ProblemDetails>>> GetDeliverableHistory(
        string code, LocalCareDbContext db, ChangeHistory history, CancellationToken cancellationToken) =>
        await db.Deliverables.AnyAsync(d => d.Code == code, cancellationToken)
            ? TypedResults.Ok(await history.ForAsync(Subjects.Deliverable(code), cancellationToken))
            : DeliverableNotFound(code);

    public static async Task<Results<Ok<IReadOnlyList<HistoryEntry>>, NotFound<ProblemDetails>>> GetPlanHistory(
        string year, LocalCareDbContext db, ChangeHistory history, CancellationToken cancellationToken)
    {
        if (await YearOf(year, db, cancellationToken) is not { } planYear)
        {
            return NoPlan(year);
        }

        var workplans = await db.Workplans.Select(w => w.Code).ToListAsync(cancellationToken);
        return TypedResults.Ok(await history.ForAnyAsync([Subjects.Plan(planYear), .. workplans.Select(Subjects.Workplan)], cancellationToken));
    }

    private static async Task<PlanYear?> YearOf(string year, LocalCareDbContext db, CancellationToken cancellationToken) =>
        PlanYear.TryParse(year, out var planYear) && await db.Priorities.AnyAsync(p => p.PlanYear == planYear, cancellationToken) ? planYear : null;

    private static ValidationProblem Invalid(IEnumerable<FieldProblem> problems) => Shared.ApiProblems.Invalid(problems);

    private static NotFound<ProblemDetails> NotFound(string title, string detail) =>
        TypedResults.NotFound(new ProblemDetails { Status = StatusCodes.Status404NotFound, Title = title, Detail = detail });

    private static NotFound<ProblemDetails> NoPlan(string year) => NotFound("Plan year not found", $"There is no plan for '{year}'.");

    private static NotFound<ProblemDetails> DeliverableNotFound(string code) => NotFound("Deliverable not found", $"There is no deliverable '{code}'.");

    private static Conflict<ProblemDetails> Conflict(string title, string detail) =>
        TypedResults.Conflict(new ProblemDetails { Status = StatusCodes.Status409Conflict, Title = title, Detail = detail });
}
