using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace LocalCare.Web.Features.Boards;

/// <summary>The boards feature's API: the boards, and one board's KLOEs and metrics.</summary>
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
}
