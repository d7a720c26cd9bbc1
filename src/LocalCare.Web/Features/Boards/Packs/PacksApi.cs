using LocalCare.Core.Boards.Packs;
using LocalCare.Data;
using LocalCare.Web.Features.Plans;
using LocalCare.Web.Features.Shared;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Web.Features.Boards.Packs;

/// <summary>The packs' API: a meeting's draft (its content as JSON), its published versions, publishing, and metric sign-off.</summary>
public static class PacksApi
{
    public static RouteGroupBuilder MapPacksApi(this RouteGroupBuilder api)
    {
        api.MapGet("/meetings/{id:int}/pack", GetDraft)
            .WithName("GetDraftPack")
            .WithSummary("The meeting's draft pack as board-packs.md's JSON, from today's figures (not for viewers).")
            .WithTags("Boards")
            .RequireAuthorization(new Microsoft.AspNetCore.Authorization.AuthorizeAttribute { Roles = BoardAccess.DraftReaderRoles });
        api.MapGet("/meetings/{id:int}/pack/versions", GetVersions)
            .WithName("GetPackVersions")
            .WithSummary("The meeting's published pack versions with their SHA-256 and download links.")
            .WithTags("Boards");
        api.MapPost("/meetings/{id:int}/pack/versions", PostVersion)
            .WithName("PublishPack")
            .WithSummary("Publishes the pack (executives): refused while an exception lacks narrative and a reason it is to follow; a later version needs a correction reason.")
            .WithTags("Boards");
        api.MapPost("/metrics/{id}/sign-offs", PostSignOff)
            .WithName("SignOffMetricMonth")
            .WithSummary("The data owner signs a metric's month off (the data-quality mark's Validated): its accountable user or an administrator; 403 for anyone else.")
            .WithTags("Boards");
        api.MapPost("/metrics/{id}/reviews", PostReview)
            .WithName("ReviewMetricDefinition")
            .WithSummary("Records that the metric's definition was reviewed today (the data-quality mark's Audited; analysts, admins).")
            .WithDescription("Send Content-Type: application/json (the body may be empty or {}); anything else is 415.")
            .WithTags("Boards")
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .RequireAuthorization(new Microsoft.AspNetCore.Authorization.AuthorizeAttribute { Roles = Performance.PerformanceAccess.MetricsRoles });
        return api;
    }

    /// <summary>A published version, without its files.</summary>
    public sealed record PackVersionSummary(
        int Version, DateTime PublishedAt, string PublishedBy, string? CorrectionReason, string NarrativeToFollow, IReadOnlyDictionary<string, PackFile> Files);

    /// <summary>One of a version's files: where to download it and its SHA-256.</summary>
    public sealed record PackFile(string Href, string Sha256);

    /// <summary>What a publisher posts: per exception metric without narrative, why it is to follow; for a correction, its reason.</summary>
    public sealed record PublishRequest(Dictionary<string, string>? ToFollow, string? CorrectionReason);

    public sealed record SignOffRequest(string? Month);

    /// <summary>A metric's definition review: the date it was last reviewed (<c>YYYY-MM-DD</c>).</summary>
    public sealed record MetricReview(string Metric, DateOnly ReviewedOn);

    public static async Task<Results<FileContentHttpResult, NotFound<ProblemDetails>, ForbidHttpResult>> GetDraft(
        int id, HttpContext http, PackDrafts drafts, CancellationToken cancellationToken)
    {
        if (!http.User.CanReadDrafts())
        {
            return TypedResults.Forbid();
        }

        return (await drafts.ForReadingAsync(id, cancellationToken))?.Pack is { } pack
            ? TypedResults.File(PackJson.Write(pack), PackFormat.Json.MediaType())
            : NoMeeting(id);
    }

    public static async Task<Results<Ok<IReadOnlyList<PackVersionSummary>>, NotFound<ProblemDetails>>> GetVersions(int id, LocalCareDbContext db, CancellationToken cancellationToken)
    {
        if (!await db.Meetings.AnyAsync(m => m.Id == id, cancellationToken))
        {
            return NoMeeting(id);
        }

        return TypedResults.Ok(await SummariesAsync(id, db, cancellationToken));
    }

    public static async Task<Results<Created<PackVersionSummary>, ValidationProblem, NotFound<ProblemDetails>, ForbidHttpResult>> PostVersion(
        int id, PublishRequest request, HttpContext http, PackPublisher publisher, LocalCareDbContext db, CancellationToken cancellationToken)
    {
        if (!http.User.CanPublish())
        {
            return TypedResults.Forbid();
        }

        var input = new PublishInput { ToFollow = request.ToFollow ?? [], CorrectionReason = request.CorrectionReason };
        var result = await publisher.PublishAsync(id, input, http.User.NameOf(), cancellationToken);
        if (result is null)
        {
            return NoMeeting(id);
        }

        if (result.Version is not { } version)
        {
            return ApiProblems.Invalid(result.Problems);
        }

        var created = (await SummariesAsync(id, db, cancellationToken)).Single(v => v.Version == version);
        return TypedResults.Created($"/api/meetings/{id}/pack/versions", created);
    }

    /// <summary>Signs a month off: 403 for anyone but the metric's accountable user and administrators, before the month is read.</summary>
    public static async Task<Results<NoContent, ValidationProblem, NotFound<ProblemDetails>, ForbidHttpResult>> PostSignOff(
        string id, SignOffRequest request, HttpContext http, MetricSignOffs signOffs, CancellationToken cancellationToken)
    {
        switch (await signOffs.MaySignOffAsync(id, http.User, cancellationToken))
        {
            case null:
                return NoMetric(id);
            case false:
                return TypedResults.Forbid();
        }

        var problems = await signOffs.SignOffAsync(id, request.Month, http.User, cancellationToken);
        return problems switch
        {
            null => NoMetric(id),
            { Count: > 0 } => ApiProblems.Invalid(problems),
            _ => TypedResults.NoContent(),
        };
    }

    public static async Task<Results<Ok<MetricReview>, NotFound<ProblemDetails>, ProblemHttpResult>> PostReview(
        string id, HttpRequest http, MetricReviews reviews, CancellationToken cancellationToken)
    {
        if (ApiProblems.UnlessJson(http) is { } unsupported)
        {
            return unsupported;
        }

        return await reviews.ReviewedTodayAsync(id, cancellationToken) is { } reviewed
            ? TypedResults.Ok(new MetricReview(id, reviewed))
            : ApiProblems.NotFound("Metric not found", $"There is no metric '{id}'.");
    }

    private static async Task<IReadOnlyList<PackVersionSummary>> SummariesAsync(int id, LocalCareDbContext db, CancellationToken cancellationToken)
    {
        var versions = await db.PackVersions.AsNoTracking().Where(v => v.MeetingId == id).OrderBy(v => v.Version)
            .Select(v => new { v.Version, v.PublishedAt, v.PublishedBy, v.CorrectionReason, v.NarrativeToFollow, v.HtmlSha256, v.PdfSha256, v.XlsxSha256, v.JsonSha256 })
            .ToListAsync(cancellationToken);
        return [.. versions.Select(v => new PackVersionSummary(
            v.Version, v.PublishedAt, v.PublishedBy, v.CorrectionReason, v.NarrativeToFollow,
            new Dictionary<string, PackFile>
            {
                ["html"] = new($"/meetings/{id}/pack/{v.Version}/html", v.HtmlSha256),
                ["pdf"] = new($"/meetings/{id}/pack/{v.Version}/pdf", v.PdfSha256),
                ["xlsx"] = new($"/meetings/{id}/pack/{v.Version}/xlsx", v.XlsxSha256),
                ["json"] = new($"/meetings/{id}/pack/{v.Version}/json", v.JsonSha256),
            }))];
    }

    private static NotFound<ProblemDetails> NoMeeting(int id) =>
        TypedResults.NotFound(new ProblemDetails { Status = StatusCodes.Status404NotFound, Title = "Meeting not found", Detail = $"There is no meeting {id}." });

    private static NotFound<ProblemDetails> NoMetric(string id) =>
        TypedResults.NotFound(new ProblemDetails { Status = StatusCodes.Status404NotFound, Title = "Metric not found", Detail = $"There is no metric '{id}'." });
}
