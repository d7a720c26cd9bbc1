using System.Security.Claims;
using LocalCare.Core.Boards;
using LocalCare.Data;
using LocalCare.Web.Features.Plans;
using LocalCare.Web.Features.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Web.Features.Boards;

/// <summary>
/// A board's actions and decisions logs through the API, with the meeting page's rules (<see cref="BoardLogs"/>): every signed-in
/// role reads them; analysts, executives and administrators raise, update and close actions and record decisions, and an action
/// closes only at a meeting of its board that has taken place. Every change takes a JSON body (docs/decisions/0006).
/// </summary>
public static class BoardLogsApi
{
    public static RouteGroupBuilder MapBoardLogsApi(this RouteGroupBuilder api)
    {
        var runners = new AuthorizeAttribute { Roles = BoardAccess.MeetingRunnerRoles };
        api.MapGet("/boards/{code}/actions", GetActions).WithName("GetBoardActions").WithTags("Boards")
            .WithSummary("The board's actions log: overdue first (due before today and open or in progress), then open before complete before closed, then by due date.");
        api.MapGet("/boards/{code}/decisions", GetDecisions).WithName("GetBoardDecisions").WithTags("Boards")
            .WithSummary("The board's decisions log, latest meeting first.");
        api.MapPost("/meetings/{id:int}/actions", PostAction).WithName("RaiseBoardAction").WithTags("Boards")
            .WithSummary("Raises an action at the meeting under the board's next reference (analysts, executives, admins).")
            .RequireAuthorization(runners);
        api.MapPost("/boards/{code}/actions/{reference}/updates", PostUpdate).WithName("UpdateBoardAction").WithTags("Boards")
            .WithSummary("Records progress on an action with its status open, in_progress or complete; closed only at a meeting (analysts, executives, admins).")
            .RequireAuthorization(runners);
        api.MapPost("/meetings/{id:int}/actions/{reference}/close", PostClose).WithName("CloseBoardAction").WithTags("Boards")
            .WithSummary("Closes an action at the meeting: refused (409) unless the meeting is its board's and has taken place (analysts, executives, admins).")
            .WithDescription("Send Content-Type: application/json (the body may be empty or {}); anything else is 415.")
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .RequireAuthorization(runners);
        api.MapPost("/meetings/{id:int}/decisions", PostDecision).WithName("RecordBoardDecision").WithTags("Boards")
            .WithSummary("Records a decision made at the meeting under the board's next reference (analysts, executives, admins).")
            .RequireAuthorization(runners);
        return api;
    }

    /// <summary>A new action: what the board asked for, who owns it, when it is due (<c>YYYY-MM-DD</c>).</summary>
    public sealed record ActionRequest(string? Description, string? Owner, string? Due);

    /// <summary>Progress on an action: its status (<c>open</c>, <c>in_progress</c>, <c>complete</c>) and what happened.</summary>
    public sealed record ActionUpdateRequest(string? Status, string? Text);

    /// <summary>A decision the board made.</summary>
    public sealed record DecisionRequest(string? Decision);

    public static async Task<Results<Ok<IReadOnlyList<ActionRow>>, NotFound<ProblemDetails>>> GetActions(
        string code, LocalCareDbContext db, BoardLogs logs, CancellationToken cancellationToken) =>
        await db.Boards.AnyAsync(b => b.Code == code, cancellationToken) ? TypedResults.Ok(await logs.ActionsAsync(code, cancellationToken)) : NoBoard(code);

    public static async Task<Results<Ok<IReadOnlyList<DecisionRow>>, NotFound<ProblemDetails>>> GetDecisions(
        string code, LocalCareDbContext db, BoardLogs logs, CancellationToken cancellationToken) =>
        await db.Boards.AnyAsync(b => b.Code == code, cancellationToken) ? TypedResults.Ok(await logs.DecisionsAsync(code, cancellationToken)) : NoBoard(code);

    public static async Task<Results<Created<ActionRow>, ValidationProblem, NotFound<ProblemDetails>>> PostAction(
        int id, ActionRequest request, LocalCareDbContext db, BoardLogs logs, CancellationToken cancellationToken)
    {
        if (await MeetingAsync(db, id, cancellationToken) is not { } meeting)
        {
            return NoMeeting(id);
        }

        var (reference, problems) = await logs.RaiseAsync(meeting, new ActionInput { Description = request.Description, Owner = request.Owner, Due = request.Due }, cancellationToken);
        return reference is null
            ? ApiProblems.Invalid(problems)
            : TypedResults.Created($"/api/boards/{meeting.BoardCode}/actions", await RowAsync(logs, meeting.BoardCode, reference, cancellationToken));
    }

    public static async Task<Results<Ok<ActionRow>, ValidationProblem, NotFound<ProblemDetails>>> PostUpdate(
        string code, string reference, ActionUpdateRequest request, ClaimsPrincipal user, BoardLogs logs, CancellationToken cancellationToken)
    {
        var problems = await logs.UpdateAsync(code, reference, request.Status, request.Text, user.NameOf(), cancellationToken);
        return problems switch
        {
            null => NoAction(code, reference),
            { Count: > 0 } => ApiProblems.Invalid(problems),
            _ => TypedResults.Ok(await RowAsync(logs, code, reference, cancellationToken)),
        };
    }

    public static async Task<Results<Ok<ActionRow>, Conflict<ProblemDetails>, NotFound<ProblemDetails>, ProblemHttpResult>> PostClose(
        int id, string reference, HttpRequest http, ClaimsPrincipal user, LocalCareDbContext db, BoardLogs logs, CancellationToken cancellationToken)
    {
        if (ApiProblems.UnlessJson(http) is { } unsupported)
        {
            return unsupported;
        }

        if (await MeetingAsync(db, id, cancellationToken) is not { } meeting)
        {
            return NoMeeting(id);
        }

        var problems = await logs.CloseAsync(reference, meeting, user.NameOf(), cancellationToken);
        return problems switch
        {
            null => NoAction(meeting.BoardCode, reference),
            { Count: > 0 } => ApiProblems.Refused("Action not closed", problems[0].Message),
            _ => TypedResults.Ok(await RowAsync(logs, meeting.BoardCode, reference, cancellationToken)),
        };
    }

    public static async Task<Results<Created<DecisionRow>, ValidationProblem, NotFound<ProblemDetails>>> PostDecision(
        int id, DecisionRequest request, LocalCareDbContext db, BoardLogs logs, CancellationToken cancellationToken)
    {
        if (await MeetingAsync(db, id, cancellationToken) is not { } meeting)
        {
            return NoMeeting(id);
        }

        var (reference, problems) = await logs.DecideAsync(meeting, request.Decision, cancellationToken);
        return reference is null
            ? ApiProblems.Invalid(problems)
            : TypedResults.Created($"/api/boards/{meeting.BoardCode}/decisions", (await logs.DecisionsAsync(meeting.BoardCode, cancellationToken)).Single(d => d.Reference == reference));
    }

    private static Task<Meeting?> MeetingAsync(LocalCareDbContext db, int id, CancellationToken cancellationToken) =>
        db.Meetings.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, cancellationToken);

    private static async Task<ActionRow> RowAsync(BoardLogs logs, string boardCode, string reference, CancellationToken cancellationToken) =>
        (await logs.ActionsAsync(boardCode, cancellationToken)).Single(a => a.Reference == reference);

    private static NotFound<ProblemDetails> NoBoard(string code) => ApiProblems.NotFound("Board not found", $"There is no board with code '{code}'.");

    private static NotFound<ProblemDetails> NoMeeting(int id) => ApiProblems.NotFound("Meeting not found", $"There is no meeting {id}.");

    private static NotFound<ProblemDetails> NoAction(string code, string reference) => ApiProblems.NotFound("Action not found", $"Board {code} has no action '{reference}'.");
}
