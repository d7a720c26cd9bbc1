using LocalCare.Web.Features.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace LocalCare.Web.Features.Boards;

/// <summary>The boards feature's API: the boards, one board's KLOEs and metrics, and (administrators) which board monitors a KLOE.</summary>
public static class BoardsApi
{
    public static RouteGroupBuilder MapBoardsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/boards", GetBoards)
            .WithName("GetBoards")
            .WithSummary("Every board with its cadence and purpose.")
            .WithTags("Boards");
        api.MapGet("/boards/{code}", GetBoard)
            .WithName("GetBoard")
            .WithSummary("One board's key lines of enquiry and the metrics it monitors, with LCO targets for the latest plan year.")
            .WithTags("Boards");
        api.MapPut("/boards/{code}/kloes/{kloeCode}", PutKloe)
            .WithName("MonitorKloe")
            .WithSummary("Makes the board monitor a key line of enquiry; it leaves the board that monitored it (admins).")
            .WithDescription("Send Content-Type: application/json (the body may be empty or {}); anything else is 415.")
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .RequireAuthorization(new AuthorizeAttribute { Roles = BoardAccess.ConfigurerRoles });
        return api;
    }

    public static async Task<Ok<IReadOnlyList<BoardSummary>>> GetBoards(BoardQueries boards, CancellationToken cancellationToken) =>
        TypedResults.Ok(await boards.ListAsync(cancellationToken));

    public static async Task<Results<Ok<BoardDetail>, NotFound<ProblemDetails>>> GetBoard(string code, BoardQueries boards, CancellationToken cancellationToken)
    {
        if (await boards.LoadAsync(code, cancellationToken) is { } board)
        {
            return TypedResults.Ok(board);
        }

        return TypedResults.NotFound(new ProblemDetails
        {
            Status = StatusCodes.Status404NotFound,
            Title = "Board not found",
            Detail = $"There is no board with code '{code}'.",
        });
    }

    /// <summary>A KLOE after a move: its code, plan year, theme, the board that monitors it and the one that did before (the same when nothing changed).</summary>
    public sealed record KloeMonitor(string Kloe, string PlanYear, string Theme, string Board, string From);

    public static async Task<Results<Ok<KloeMonitor>, NotFound<ProblemDetails>, ProblemHttpResult>> PutKloe(
        string code, string kloeCode, HttpRequest http, BoardKloes kloes, CancellationToken cancellationToken)
    {
        if (ApiProblems.UnlessJson(http) is { } unsupported)
        {
            return unsupported;
        }

        return await kloes.MoveAsync(code, kloeCode, refuseUnchanged: false, cancellationToken) switch
        {
            null => ApiProblems.NotFound("Board not found", $"There is no board with code '{code}'."),
            { Kloe: null } => ApiProblems.NotFound("Key line of enquiry not found", $"There is no key line of enquiry '{kloeCode}'."),
            var moved => TypedResults.Ok(new KloeMonitor(moved.Kloe.Code, moved.Kloe.PlanYear.Label, moved.Kloe.Theme, moved.Kloe.BoardCode, moved.From!)),
        };
    }
}
