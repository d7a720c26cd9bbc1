using System.Security.Claims;
using LocalCare.Core.Risks;
using LocalCare.Data.Audit;
using LocalCare.Data.Risks;
using LocalCare.Web.Features.History;
using LocalCare.Web.Features.Plans;
using LocalCare.Web.Features.Shared;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace LocalCare.Web.Features.Risks;

/// <summary>
/// The risk register API with the pages' rules: every signed-in role reads; administrators and executives raise and change risks;
/// they and a risk's owner re-score and review it. Bad input is a validation problem naming each field; every change takes a
/// JSON body (docs/decisions/0006).
/// </summary>
public static class RisksApi
{
    public static RouteGroupBuilder MapRisksApi(this RouteGroupBuilder api)
    {
        api.MapGet("/risks", GetRisks).WithName("GetRisks").WithTags("Risks")
            .WithSummary("The risk register, by code: current and target scores with bands, review date and whether it is overdue today; filters band, owner, board, category, overdue=true.");
        api.MapGet("/risks/{code}", GetRisk).WithName("GetRisk").WithTags("Risks")
            .WithSummary("One risk: details, initial, current and target scores, controls, assurances, gaps, links, actions and score history.");
        api.MapPost("/risks", PostRisk).WithName("PostRisk").WithTags("Risks")
            .WithSummary("Raises a risk under the next code R-NNN, with its first score history point (administrators, executives).");
        api.MapPut("/risks/{code}", PutRisk).WithName("PutRisk").WithTags("Risks")
            .WithSummary("Changes a risk's details, initial and target scores, review date and links; the current score changes only by re-scoring (administrators, executives).");
        api.MapPost("/risks/{code}/scores", PostScore).WithName("PostRiskScore").WithTags("Risks")
            .WithSummary("Re-scores a risk today: the new current score and a score history point (administrators, executives, the risk's owner).");
        api.MapPost("/risks/{code}/reviews", PostReview).WithName("PostRiskReview").WithTags("Risks")
            .WithSummary("Records that a risk was reviewed today and the date of its next review (administrators, executives, the risk's owner).");
        api.MapGet("/risks/{code}/history", GetHistory).WithName("GetRiskHistory").WithTags("Risks")
            .WithSummary("Who changed a risk, its links, scores and actions, and when; newest first.");
        return api;
    }

    public static async Task<Ok<IReadOnlyList<RiskSummaryJson>>> GetRisks(
        string? band, string? owner, string? board, string? category, bool? overdue, RiskRegister register, RiskEditor editor, CancellationToken cancellationToken)
    {
        var risks = new RiskFilter(band, owner, board, category, overdue == true).Apply(await register.AllAsync(cancellationToken), editor.Today);
        return TypedResults.Ok<IReadOnlyList<RiskSummaryJson>>([.. risks.Select(r => RiskSummaryJson.From(r, editor.Today))]);
    }

    public static async Task<Results<Ok<RiskDetailJson>, NotFound<ProblemDetails>>> GetRisk(string code, RiskRegister register, RiskEditor editor, CancellationToken cancellationToken) =>
        await register.FindAsync(code, cancellationToken) is { } risk ? TypedResults.Ok(RiskDetailJson.From(risk, editor.Today)) : NotFound(code);

    public static async Task<Results<Created<RiskDetailJson>, ValidationProblem, ForbidHttpResult>> PostRisk(
        RiskRequest request, ClaimsPrincipal user, RiskEditor editor, RiskRegister register, CancellationToken cancellationToken)
    {
        var result = await editor.RaiseAsync(request.ToDraft(), user.RolesOf(), user.Actor(), cancellationToken);
        return result.Outcome switch
        {
            RiskEditOutcome.Saved => TypedResults.Created($"/api/risks/{result.Code}", RiskDetailJson.From((await register.FindAsync(result.Code!, cancellationToken))!, editor.Today)),
            RiskEditOutcome.Forbidden => TypedResults.Forbid(),
            _ => ApiProblems.Invalid(result.Problems),
        };
    }

    public static async Task<Results<Ok<RiskDetailJson>, ValidationProblem, NotFound<ProblemDetails>, ForbidHttpResult>> PutRisk(
        string code, RiskRequest request, ClaimsPrincipal user, RiskEditor editor, RiskRegister register, CancellationToken cancellationToken) =>
        Outcome(code, await editor.UpdateAsync(code, request.ToDraft(), user.RolesOf(), cancellationToken), await Reread(code, register, editor, cancellationToken));

    public static async Task<Results<Ok<RiskDetailJson>, ValidationProblem, NotFound<ProblemDetails>, ForbidHttpResult>> PostScore(
        string code, RescoreRequest request, ClaimsPrincipal user, RiskEditor editor, RiskRegister register, CancellationToken cancellationToken) =>
        Outcome(code, await editor.RescoreAsync(code, request.ToRescore(), user.RolesOf(), user.Actor(), cancellationToken), await Reread(code, register, editor, cancellationToken));

    public static async Task<Results<Ok<RiskDetailJson>, ValidationProblem, NotFound<ProblemDetails>, ForbidHttpResult>> PostReview(
        string code, ReviewRequest request, ClaimsPrincipal user, RiskEditor editor, RiskRegister register, CancellationToken cancellationToken) =>
        Outcome(code, await editor.ReviewAsync(code, new RiskReview(request.NextReview, request.Note), user.RolesOf(), user.Actor(), cancellationToken), await Reread(code, register, editor, cancellationToken));

    public static async Task<Results<Ok<IReadOnlyList<HistoryEntry>>, NotFound<ProblemDetails>>> GetHistory(
        string code, RiskRegister register, ChangeHistory history, CancellationToken cancellationToken) =>
        await register.FindAsync(code, cancellationToken) is null ? NotFound(code) : TypedResults.Ok(await history.ForAsync(Subjects.Risk(code), cancellationToken));

    private static async Task<RiskDetailJson?> Reread(string code, RiskRegister register, RiskEditor editor, CancellationToken cancellationToken) =>
        await register.FindAsync(code, cancellationToken) is { } risk ? RiskDetailJson.From(risk, editor.Today) : null;

    private static Results<Ok<RiskDetailJson>, ValidationProblem, NotFound<ProblemDetails>, ForbidHttpResult> Outcome(string code, RiskEditResult result, RiskDetailJson? risk) =>
        result.Outcome switch
        {
            RiskEditOutcome.Saved => TypedResults.Ok(risk!),
            RiskEditOutcome.Forbidden => TypedResults.Forbid(),
            RiskEditOutcome.NotFound => NotFound(code),
            _ => ApiProblems.Invalid(result.Problems),
        };

    private static NotFound<ProblemDetails> NotFound(string code) => TypedResults.NotFound(new ProblemDetails
    {
        Status = StatusCodes.Status404NotFound,
        Title = "Risk not found",
        Detail = $"There is no risk '{code}': GET /api/risks lists them.",
    });
}
