using LocalCare.Core.Inputs;
using LocalCare.Core.Plans;
using LocalCare.Core.Portfolio;
using LocalCare.Data;
using LocalCare.Data.Audit;
using LocalCare.Data.Portfolio;
using LocalCare.Web.Features.History;
using LocalCare.Web.Features.Shared;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Web.Features.Portfolio;

/// <summary>
/// The transformation portfolio's API: the portfolio of a year, one programme and its history to read; a new programme, a
/// programme, its projects and its deliverable links to change (executives and admins; JSON bodies only, so a cross-site form
/// cannot post: docs/decisions/0006).
/// </summary>
public static class PortfolioApi
{
    public static RouteGroupBuilder MapPortfolioApi(this RouteGroupBuilder api)
    {
        var portfolio = api.MapGroup("/portfolio").WithTags("Portfolio");
        portfolio.MapGet("/", GetPortfolio)
            .WithName("GetPortfolio")
            .WithSummary("The transformation portfolio of a plan year (default: the latest with programmes): in scope, then in sight, programmes by theme with their status and projects counted by status.");
        portfolio.MapGet("/{code}", GetProgramme)
            .WithName("GetProgramme")
            .WithSummary("One programme with its projects and the deliverables it carries, each with its current status.");
        portfolio.MapGet("/{code}/history", GetProgrammeHistory)
            .WithName("GetProgrammeHistory")
            .WithSummary("Who changed a programme, its projects and the deliverables it carries, and when, with each field before and after; newest first.");

        var edits = portfolio.MapGroup("/")
            .RequireAuthorization(policy => policy.RequireRole([.. PortfolioAccess.Edit]))
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        edits.MapPost("/", PostProgramme)
            .WithName("PostProgramme")
            .WithSummary("Adds a programme to a plan year's portfolio, last in order, under TP{yy}{yy}-{short_code}: name, scope (in_scope or in_sight), theme, LCOs, lead, status, summary, commentary. Executives and admins only.");
        edits.MapPut("/{code}", PutProgramme)
            .WithName("PutProgramme")
            .WithSummary("Changes a programme's status, commentary, lead and summary, and its name, scope, theme and LCOs when given (left out, they stay); at risk and off track need commentary. Executives and admins only.");
        edits.MapPost("/{code}/projects", PostProject)
            .WithName("PostProject")
            .WithSummary("Adds a project to a programme; it gets the programme's next number (TP2425-CHTP-06). Executives and admins only.");
        edits.MapPut("/{code}/projects/{projectCode}", PutProject)
            .WithName("PutProject")
            .WithSummary("Changes a project's name, lead, status and commentary; at risk and off track need commentary. Executives and admins only.");
        edits.MapPut("/{code}/deliverables", PutDeliverables)
            .WithName("PutProgrammeDeliverables")
            .WithSummary("Sets the deliverables a programme carries to exactly the codes given (a JSON array; [] unlinks all); each must be a deliverable of the programme's plan year. Executives and admins only.");
        return api;
    }

    public static async Task<Results<Ok<PortfolioOverview>, ValidationProblem>> GetPortfolio(string? year, PortfolioQuery query, CancellationToken cancellationToken)
    {
        if (PlanYearParameter.Problem(year) is { } problem)
        {
            return Invalid([new FieldProblem("year", problem)]);
        }

        return TypedResults.Ok(await query.OverviewAsync(await query.YearAsync(year, cancellationToken), cancellationToken));
    }

    public static async Task<Results<Ok<ProgrammeDetail>, NotFound<ProblemDetails>>> GetProgramme(string code, PortfolioQuery query, CancellationToken cancellationToken) =>
        await query.ProgrammeAsync(code, cancellationToken) is { } programme ? TypedResults.Ok(programme) : ProgrammeNotFound(code);

    /// <summary>A new programme: the plan year ("2024/25") and the programme's fields; the status and scope as codes.</summary>
    public sealed record NewProgrammeRequest(
        string? Year, string? ShortCode, string? Name, string? Scope, string? Theme, string? Partners, string? Lead, string? Status, string? Summary, string? Commentary)
    {
        public ProgrammeDraft ToDraft() => new(ShortCode, Name, Scope, Theme, Partners, Lead, Status, Summary, Commentary);
    }

    public static async Task<Results<Created<ProgrammeDetail>, ValidationProblem>> PostProgramme(
        NewProgrammeRequest request, PortfolioEditor editor, PortfolioQuery query, CancellationToken cancellationToken)
    {
        if (!PlanYear.TryParse(request.Year, out var year))
        {
            return Invalid([new FieldProblem("year", string.IsNullOrWhiteSpace(request.Year) ? "Enter the plan year, like 2024/25" : $"Year '{request.Year.Trim()}' is not a plan year: write it like 2024/25")]);
        }

        var result = await editor.CreateProgrammeAsync(year, request.ToDraft(), cancellationToken);
        if (result.Outcome != PortfolioEditOutcome.Saved)
        {
            return Invalid(result.Problems);
        }

        var programme = (await query.ProgrammeAsync(result.Code!, cancellationToken))!;
        return TypedResults.Created($"/api/portfolio/{Uri.EscapeDataString(programme.Code)}", programme);
    }

    public static async Task<Results<Ok<IReadOnlyList<HistoryEntry>>, NotFound<ProblemDetails>>> GetProgrammeHistory(
        string code, LocalCareDbContext db, ChangeHistory history, CancellationToken cancellationToken) =>
        await db.Programmes.AnyAsync(p => p.Code == code, cancellationToken)
            ? TypedResults.Ok(await history.ForAsync(Subjects.Programme(code), cancellationToken))
            : ProgrammeNotFound(code);

    public static async Task<Results<Ok<ProgrammeDetail>, ValidationProblem, NotFound<ProblemDetails>>> PutProgramme(
        string code, ProgrammeEdit edit, PortfolioEditor editor, PortfolioQuery query, CancellationToken cancellationToken)
    {
        var result = await editor.UpdateProgrammeAsync(code, edit, cancellationToken);
        return result.Outcome switch
        {
            PortfolioEditOutcome.Saved => TypedResults.Ok((await query.ProgrammeAsync(code, cancellationToken))!),
            PortfolioEditOutcome.Invalid => Invalid(result.Problems),
            _ => NotFound(result),
        };
    }

    public static async Task<Results<Created<ProjectDetail>, ValidationProblem, NotFound<ProblemDetails>>> PostProject(
        string code, ProjectEdit edit, PortfolioEditor editor, PortfolioQuery query, CancellationToken cancellationToken)
    {
        var result = await editor.AddProjectAsync(code, edit, cancellationToken);
        if (result.Outcome != PortfolioEditOutcome.Saved)
        {
            return result.Outcome == PortfolioEditOutcome.Invalid ? Invalid(result.Problems) : NotFound(result);
        }

        var project = await ProjectAsync(query, code, result.Code!, cancellationToken);
        return TypedResults.Created($"/api/portfolio/{Uri.EscapeDataString(code)}/projects/{Uri.EscapeDataString(project.Code)}", project);
    }

    public static async Task<Results<Ok<ProjectDetail>, ValidationProblem, NotFound<ProblemDetails>>> PutProject(
        string code, string projectCode, ProjectEdit edit, PortfolioEditor editor, PortfolioQuery query, CancellationToken cancellationToken)
    {
        var result = await editor.UpdateProjectAsync(code, projectCode, edit, cancellationToken);
        return result.Outcome switch
        {
            PortfolioEditOutcome.Saved => TypedResults.Ok(await ProjectAsync(query, code, projectCode, cancellationToken)),
            PortfolioEditOutcome.Invalid => Invalid(result.Problems),
            _ => NotFound(result),
        };
    }

    public static async Task<Results<Ok<IReadOnlyList<LinkedDeliverable>>, ValidationProblem, NotFound<ProblemDetails>>> PutDeliverables(
        string code, [FromBody] string?[] deliverables, PortfolioEditor editor, PortfolioQuery query, CancellationToken cancellationToken)
    {
        var result = await editor.SetDeliverablesAsync(code, deliverables, cancellationToken);
        return result.Outcome switch
        {
            PortfolioEditOutcome.Saved => TypedResults.Ok((await query.ProgrammeAsync(code, cancellationToken))!.Deliverables),
            PortfolioEditOutcome.Invalid => Invalid(result.Problems),
            _ => NotFound(result),
        };
    }

    private static async Task<ProjectDetail> ProjectAsync(PortfolioQuery query, string code, string projectCode, CancellationToken cancellationToken) =>
        (await query.ProgrammeAsync(code, cancellationToken))!.Projects.Single(p => p.Code == projectCode);

    /// <summary>400 whose errors say what is wrong with each field, in the service manual's words.</summary>
    private static ValidationProblem Invalid(IReadOnlyList<FieldProblem> problems)
    {
        var errors = problems.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray());
        return TypedResults.ValidationProblem(
            errors,
            title: "The request is not valid",
            detail: $"Check {(errors.Count == 1 ? "the field" : "the fields")} {string.Join(", ", errors.Keys)}.");
    }

    private static NotFound<ProblemDetails> ProgrammeNotFound(string code) => TypedResults.NotFound(new ProblemDetails
    {
        Status = StatusCodes.Status404NotFound,
        Title = "Programme not found",
        Detail = $"There is no programme with code {code}.",
    });

    private static NotFound<ProblemDetails> NotFound(PortfolioEditResult result) => TypedResults.NotFound(new ProblemDetails
    {
        Status = StatusCodes.Status404NotFound,
        Title = "Not found",
        Detail = result.Problems[0].Message + ".",
    });
}
