using LocalCare.Core.Boards;
using LocalCare.Web.Features.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace LocalCare.Web.Features.Boards;

/// <summary>
/// A board's calendar through the API, with the board page's rules (<see cref="BoardMeetings"/>), for administrators: add a meeting,
/// delete a planned meeting without a pack, plan the next plan year's meetings from the cadence. Every change takes JSON (docs/decisions/0006).
/// </summary>
public static class BoardCalendarApi
{
    private const string JsonOnly = "Send Content-Type: application/json (the body may be empty or {}); anything else is 415.";

    public static RouteGroupBuilder MapBoardCalendarApi(this RouteGroupBuilder api)
    {
        var admins = new AuthorizeAttribute { Roles = BoardAccess.ConfigurerRoles };
        api.MapPost("/boards/{code}/meetings", PostMeeting).WithName("AddMeeting").WithTags("Boards")
            .WithSummary("Adds a planned meeting to the board on a date, reporting to the month before unless reportingMonth says (admins).")
            .RequireAuthorization(admins);
        api.MapPost("/boards/{code}/meetings/next-year", PostNextYear).WithName("PlanNextYearsMeetings").WithTags("Boards")
            .WithSummary("Plans the board's meetings for the plan year after today's from its cadence; refused (409) when it already has one that year (admins).")
            .WithDescription(JsonOnly)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .RequireAuthorization(admins);
        api.MapDelete("/meetings/{id:int}", DeleteMeeting).WithName("DeleteMeeting").WithTags("Boards")
            .WithSummary("Deletes a planned meeting with no published pack and no actions or decisions recorded at it; refused (409) otherwise (admins).")
            .WithDescription(JsonOnly)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .RequireAuthorization(admins);
        return api;
    }

    /// <summary>A new meeting: its date (<c>YYYY-MM-DD</c>) and, optionally, the month its pack reports to (<c>YYYY-MM</c>).</summary>
    public sealed record MeetingRequest(string? Date, string? ReportingMonth);

    public static async Task<Results<Created<MeetingSummary>, ValidationProblem, NotFound<ProblemDetails>>> PostMeeting(
        string code, MeetingRequest request, BoardMeetings calendar, CancellationToken cancellationToken)
    {
        var result = await calendar.AddAsync(code, request.Date, request.ReportingMonth, cancellationToken);
        if (result is null)
        {
            return NoBoard(code);
        }

        if (result.Problems.Count > 0)
        {
            return ApiProblems.Invalid(result.Problems);
        }

        var meeting = result.Meetings[0];
        return TypedResults.Created($"/meetings/{meeting.Id}", Summary(meeting));
    }

    public static async Task<Results<Created<IReadOnlyList<MeetingSummary>>, Conflict<ProblemDetails>, NotFound<ProblemDetails>, ProblemHttpResult>> PostNextYear(
        string code, HttpRequest http, BoardMeetings calendar, CancellationToken cancellationToken)
    {
        if (ApiProblems.UnlessJson(http) is { } unsupported)
        {
            return unsupported;
        }

        var result = await calendar.PlanNextYearAsync(code, cancellationToken);
        if (result is null)
        {
            return NoBoard(code);
        }

        if (result.Problems.Count > 0)
        {
            return ApiProblems.Refused("Meetings not planned", result.Problems[0].Message);
        }

        return TypedResults.Created<IReadOnlyList<MeetingSummary>>($"/boards/{code}#meetings", [.. result.Meetings.OrderBy(m => m.Date).Select(Summary)]);
    }

    public static async Task<Results<NoContent, Conflict<ProblemDetails>, NotFound<ProblemDetails>, ProblemHttpResult>> DeleteMeeting(
        int id, HttpRequest http, BoardMeetings calendar, CancellationToken cancellationToken)
    {
        if (ApiProblems.UnlessJson(http) is { } unsupported)
        {
            return unsupported;
        }

        return await calendar.DeleteAsync(id, cancellationToken) switch
        {
            null => ApiProblems.NotFound("Meeting not found", $"There is no meeting {id}."),
            { Count: > 0 } problems => ApiProblems.Refused("Meeting not deleted", problems[0].Message),
            _ => TypedResults.NoContent(),
        };
    }

    private static MeetingSummary Summary(Meeting meeting) =>
        new(meeting.Id, meeting.BoardCode, meeting.Date, meeting.ReportingMonth.ToString(), meeting.Status.ToCode(), meeting.Status.ToLabel(), 0);

    private static NotFound<ProblemDetails> NoBoard(string code) => ApiProblems.NotFound("Board not found", $"There is no board with code '{code}'.");
}
