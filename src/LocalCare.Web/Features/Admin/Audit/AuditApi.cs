using LocalCare.Data.Audit;
using LocalCare.Web.Features.History;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace LocalCare.Web.Features.Admin.Audit;

/// <summary>One page of the audit trail for the API: the entries (newest first), how many match, the page and page count.</summary>
public sealed record AuditTrailPage(IReadOnlyList<AuditTrailEntry> Entries, int Total, int Page, int Pages, int PageSize);

/// <summary>An entry as the API gives it: its id, the subject with its page (if any), and the change as on a history.</summary>
public sealed record AuditTrailEntry(long Id, string Subject, string? Link, HistoryEntry Change, string Hash);

/// <summary><c>GET /api/audit</c>: the trail searched by user, subject, dates and action, 50 a page; administrators only.</summary>
public static class AuditApi
{
    public static RouteGroupBuilder MapAuditApi(this RouteGroupBuilder api)
    {
        api.MapGet("/audit", GetAudit)
            .WithName("GetAuditTrail")
            .WithSummary($"The audit trail, newest first, {AuditQuery.PageSize} a page: filter by user (exact), subject (exact or prefix), from and to (UK dates, yyyy-MM-dd, inclusive) and action. Administrators only.")
            .WithTags("Audit")
            .RequireAuthorization(policy => policy.RequireRole(AuditTrailFeature.Roles))
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return api;
    }

    private static async Task<Results<Ok<AuditTrailPage>, ValidationProblem>> GetAudit(
        AuditSearch search, string? user, string? subject, string? from, string? to, string? action, int? page, CancellationToken cancellationToken)
    {
        var (query, problems) = AuditFilters.Parse(user, subject, from, to, action, page);
        if (problems.Count > 0)
        {
            return TypedResults.ValidationProblem(problems.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray()));
        }

        var found = await search.FindAsync(query, cancellationToken);
        return TypedResults.Ok(new AuditTrailPage(
            [.. found.Entries.Select(e => new AuditTrailEntry(e.Id, e.Subject, SubjectLinks.For(e.Subject), ChangeHistory.ToEntry(e), e.Hash))],
            found.Total, found.Page, found.Pages, AuditQuery.PageSize));
    }
}
