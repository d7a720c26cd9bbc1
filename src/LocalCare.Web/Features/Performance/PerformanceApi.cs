using LocalCare.Core.Generation;
using LocalCare.Core.Metrics;
using LocalCare.Core.Spc;
using LocalCare.Data;
using LocalCare.Data.Metrics;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Web.Features.Performance;

/// <summary>The performance feature's API: metric definitions, stored values (metrics.md's JSON), a metric's SPC chart (spc.md's JSON) and the summary rows.</summary>
public static class PerformanceApi
{
    public static RouteGroupBuilder MapPerformanceApi(this RouteGroupBuilder api)
    {
        api.MapGet("/metrics", GetMetrics)
            .WithName("GetMetrics")
            .WithSummary("Every metric's definition: built-in, custom and manual, in metrics.md's order then by id.")
            .WithTags("Performance");
        api.MapGet("/metrics/values", GetMetricValues)
            .WithName("GetMetricValues")
            .WithSummary("Stored metric values with their targets and whether each met it, in metrics.md's JSON shape; filtered by metric, unit (lco, locality:X, neighbourhood:X, service:X) and months (YYYY-MM, inclusive).")
            .WithTags("Performance");
        api.MapGet("/metrics/{id}/spc", GetMetricSpc)
            .WithName("GetMetricSpc")
            .WithSummary("A metric's Making Data Count chart at a unit (default lco), in spc.md's JSON shape: the latest 24 months with a value drawn (points=all: every month); limits and icons from the whole series with the metric's rebase periods, as the packs chart it; improvement from the metric's direction, the latest month's target for assurance.")
            .WithTags("Performance");
        api.MapGet("/performance", GetPerformance)
            .WithName("GetPerformance")
            .WithSummary("The performance summary: per metric at a unit (default lco), of one board or all, the latest month with a value, its target, the variation and assurance icons and the last 24 points; sort=exceptions puts exceptions first.")
            .WithTags("Performance");
        api.MapPut("/metrics/{id}/rebases", PutRebases)
            .WithName("SetMetricRebases")
            .WithSummary("Sets a metric's rebase periods (analysts, admins): the months where its SPC limits start again, as {\"periods\": [\"YYYY-MM\", …]}; an empty list removes them. Answers {\"metric\", \"periods\"}.")
            .WithTags("Performance")
            .RequireAuthorization(new Microsoft.AspNetCore.Authorization.AuthorizeAttribute { Roles = PerformanceAccess.MetricsRoles });
        return api;
    }

    /// <summary>What a PUT of rebase periods sends and what it answers: the metric and its months, oldest first.</summary>
    public sealed record MetricRebasesJson(string? Metric, IReadOnlyList<string>? Periods);

    public static async Task<Results<Ok<MetricRebasesJson>, NotFound<ProblemDetails>, ValidationProblem>> PutRebases(
        string id, MetricRebasesJson body, MetricRebaseEditor editor, CancellationToken cancellationToken)
    {
        var outcome = await editor.SetAsync(id, string.Join(',', body.Periods ?? []), cancellationToken);
        return outcome switch
        {
            null => MetricNotFound(id),
            { Error: { } error } => Invalid(new Dictionary<string, string[]> { ["periods"] = [error] }),
            _ => TypedResults.Ok(new MetricRebasesJson(id, outcome.Periods)),
        };
    }

    public static async Task<Ok<IReadOnlyList<MetricInfo>>> GetMetrics(LocalCareDbContext db, CancellationToken cancellationToken)
    {
        var metrics = await db.Metrics.AsNoTracking().ToListAsync(cancellationToken);
        var order = MetricOrder.Of(metrics);
        return TypedResults.Ok<IReadOnlyList<MetricInfo>>(metrics.OrderBy(m => order[m.Id]).Select(MetricInfo.From).ToList());
    }

    public static async Task<Results<Ok<IReadOnlyList<MetricValueJson>>, ValidationProblem>> GetMetricValues(
        string? metric, string? unit, string? from, string? to, LocalCareDbContext db, MetricReadings readings, CancellationToken cancellationToken)
    {
        var problems = new Dictionary<string, string[]>();
        if (metric is not null && !await db.Metrics.AnyAsync(m => m.Id == metric, cancellationToken))
        {
            problems["metric"] = [$"Metric '{metric}' is not a metric: GET /api/metrics lists them"];
        }

        if (unit is not null && (await UnitDirectory.LoadAsync(db, cancellationToken)).Problem(unit) is { } unitProblem)
        {
            problems["unit"] = [unitProblem];
        }

        var first = Month(from, "from", problems);
        var last = Month(to, "to", problems);
        if (first > last)
        {
            problems["to"] = [$"To ({last}) must not be before from ({first})"];
        }

        if (problems.Count > 0)
        {
            return Invalid(problems);
        }

        var values = await readings.ListAsync(new MetricFilter(metric, unit, first, last), cancellationToken);
        return TypedResults.Ok<IReadOnlyList<MetricValueJson>>(values.Select(MetricValueJson.From).ToList());
    }

    public static async Task<Results<Ok<SpcJson>, NotFound<ProblemDetails>, ValidationProblem>> GetMetricSpc(
        string id, string? unit, string? points, LocalCareDbContext db, MetricDetailQuery query, CancellationToken cancellationToken)
    {
        if (await query.FindAsync(id, cancellationToken) is not { } metric)
        {
            return MetricNotFound(id);
        }

        unit ??= Core.Metrics.UnitRefs.Lco;
        var problems = new Dictionary<string, string[]>();
        if ((await UnitDirectory.LoadAsync(db, cancellationToken)).Problem(unit) is { } problem)
        {
            problems["unit"] = [problem];
        }

        if (points is not (null or "all"))
        {
            problems["points"] = [$"Points '{points}' is not understood: leave it out for the latest {MetricSeries.DefaultPoints} months, or write all"];
        }

        if (problems.Count > 0)
        {
            return Invalid(problems);
        }

        var series = await query.SeriesAsync(metric, unit, points == "all" ? null : MetricSeries.DefaultPoints, cancellationToken);
        // The points drawn (the latest 24 unless all are asked for), with the whole series' limits and icons: the metric page's chart.
        return TypedResults.Ok(SpcJson.From(series.Spc with { Points = series.Charted }));
    }

    public static async Task<Results<Ok<IReadOnlyList<PerformanceRow>>, ValidationProblem>> GetPerformance(
        string? board, string? unit, string? sort, LocalCareDbContext db, PerformanceSummaryQuery query, CancellationToken cancellationToken)
    {
        var filter = SummaryFilter.From(board, unit, sort);
        var units = await UnitDirectory.LoadAsync(db, cancellationToken);
        var problems = await query.ProblemsAsync(filter, units, cancellationToken);
        if (problems.Count > 0)
        {
            return Invalid(problems);
        }

        var summary = await query.LoadAsync(filter, units, cancellationToken);
        return TypedResults.Ok<IReadOnlyList<PerformanceRow>>(summary.Rows.Select(PerformanceRow.From).ToList());
    }

    public static NotFound<ProblemDetails> MetricNotFound(string id) => TypedResults.NotFound(new ProblemDetails
    {
        Status = StatusCodes.Status404NotFound,
        Title = "Metric not found",
        Detail = $"There is no metric with id '{id}'.",
    });

    /// <summary>400 whose detail names every parameter at fault; the errors say what is wrong with each.</summary>
    private static ValidationProblem Invalid(Dictionary<string, string[]> problems) => TypedResults.ValidationProblem(
        problems,
        title: "The parameters are not valid",
        detail: $"Check {(problems.Count == 1 ? "the parameter" : "the parameters")} {string.Join(", ", problems.Keys)}.");

    private static YearMonth? Month(string? text, string name, Dictionary<string, string[]> problems)
    {
        if (text is null)
        {
            return null;
        }

        if (YearMonth.TryParse(text.Trim(), out var month))
        {
            return month;
        }

        problems[name] = [$"{char.ToUpperInvariant(name[0])}{name[1..]} '{text}' is not a month: write it YYYY-MM"];
        return null;
    }
}
