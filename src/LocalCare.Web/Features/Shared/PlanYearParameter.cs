using LocalCare.Core.Plans;
using LocalCare.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Web.Features.Shared;

/// <summary>The plan year a page or API call asks for with <c>?year=</c> (2024, 2024/25 or 2024-25); the latest plan year when left out.</summary>
public static class PlanYearParameter
{
    /// <summary>What is wrong with the parameter as typed; null when it is left out or is a plan year.</summary>
    public static string? Problem(string? text) =>
        string.IsNullOrWhiteSpace(text) || PlanYear.TryParse(text, out _) ? null : $"Year '{text.Trim()}' is not a plan year: write it like 2024/25";

    /// <summary>The year asked for, else the latest plan year; null when it is left out and no plan has been loaded. Check <see cref="Problem"/> first.</summary>
    public static async Task<PlanYear?> ResolveAsync(string? text, LocalCareDbContext db, CancellationToken cancellationToken) =>
        PlanYear.TryParse(text, out var year) ? year : await PlanYears.LatestAsync(db, cancellationToken);

    /// <summary>
    /// The year asked for when it has an operating plan; left out, the year the pages show (<see cref="PlanYears.LatestAsync"/>).
    /// Null when the year asked for has no plan, or none is asked for and no plan is loaded. Check <see cref="Problem"/> first.
    /// </summary>
    public static async Task<PlanYear?> WithPlanAsync(string? text, LocalCareDbContext db, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return await PlanYears.LatestAsync(db, cancellationToken);
        }

        return PlanYear.TryParse(text, out var year) && await db.Priorities.AnyAsync(p => p.PlanYear == year, cancellationToken) ? year : null;
    }

    /// <summary>The API's 400 for a year that is not one, keyed <c>year</c>.</summary>
    public static ValidationProblem Invalid(string problem) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["year"] = [problem] }, title: "The parameters are not valid", detail: "Check the parameter year.");

    /// <summary>The API's 404 for a plan year with no operating plan.</summary>
    public static NotFound<ProblemDetails> NoPlan(string? text) => ApiProblems.NotFound(
        "Plan not found",
        PlanYear.TryParse(text, out var asked) ? $"There is no operating plan for {asked.Label}." : "No operating plan has been loaded yet.");
}
