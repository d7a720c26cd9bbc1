using Microsoft.EntityFrameworkCore;

namespace LocalCare.Data.Audit;

/// <summary>
/// What to look for in the audit trail: the actor (exact user name), a subject (exact, or a prefix such as <c>provider:</c>
/// or <c>deliverable:D2425</c>), UK dates from and to (inclusive), an action; each is optional.
/// </summary>
public sealed record AuditQuery(string? Actor = null, string? Subject = null, DateOnly? From = null, DateOnly? To = null, AuditAction? Action = null, int Page = 1)
{
    public const int PageSize = 50;
}

/// <summary>One page of matching entries, newest first, and how many match in all.</summary>
public sealed record AuditPage(IReadOnlyList<AuditEntry> Entries, int Total, int Page)
{
    public int Pages => Math.Max(1, (Total + AuditQuery.PageSize - 1) / AuditQuery.PageSize);
}

/// <summary>
/// Searches the trail for administrators. Each filter maps to an index (actor, id), (subject, id) or (at, id), and pages are
/// newest first by id, so a page is an index range however large the trail grows.
/// </summary>
public sealed class AuditSearch(LocalCareDbContext db)
{
    public async Task<AuditPage> FindAsync(AuditQuery query, CancellationToken cancellationToken = default)
    {
        var entries = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Actor))
        {
            var actor = query.Actor.Trim();
            entries = entries.Where(e => e.Actor == actor);
        }

        if (!string.IsNullOrWhiteSpace(query.Subject))
        {
            var subject = query.Subject.Trim();
            entries = entries.Where(e => e.Subject == subject || e.Subject.StartsWith(subject));
        }

        if (query.From is { } from)
        {
            var start = StartOfUkDay(from);
            entries = entries.Where(e => e.At >= start);
        }

        if (query.To is { } to)
        {
            var end = StartOfUkDay(to.AddDays(1));
            entries = entries.Where(e => e.At < end);
        }

        if (query.Action is { } action)
        {
            entries = entries.Where(e => e.Action == action);
        }

        var total = await entries.CountAsync(cancellationToken);
        var page = Math.Max(1, query.Page);
        var rows = await entries.OrderByDescending(e => e.Id).Skip((page - 1) * AuditQuery.PageSize).Take(AuditQuery.PageSize).ToListAsync(cancellationToken);
        return new AuditPage(rows, total, page);
    }

    /// <summary>Midnight in the UK on <paramref name="day"/>, as UTC (the trail stores UTC).</summary>
    public static DateTime StartOfUkDay(DateOnly day) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), Core.Time.UkTime.Zone);
}
