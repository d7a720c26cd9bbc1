using System.Text.Json;
using LocalCare.Data;
using LocalCare.Data.Audit;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Web.Features.History;

/// <summary>One recorded change for a page or the API: when (UTC), who, what kind of thing, which, how, and each field before and after.</summary>
public sealed record HistoryEntry(DateTime At, string Actor, string Entity, string Key, string Action, IReadOnlyList<FieldChange> Changes);

/// <summary>A field's value before and after a change, as text (null: no value).</summary>
public sealed record FieldChange(string Field, string? Before, string? After);

/// <summary>Reads the change history of a subject (<see cref="Subjects"/>), newest first.</summary>
public sealed class ChangeHistory(LocalCareDbContext db)
{
    public const int DefaultLimit = 50;

    public async Task<IReadOnlyList<HistoryEntry>> ForAsync(string subject, CancellationToken cancellationToken, int limit = DefaultLimit) =>
        [.. (await db.AuditEntries.AsNoTracking().Where(e => e.Subject == subject).OrderByDescending(e => e.Id).Take(limit).ToListAsync(cancellationToken)).Select(ToEntry)];

    /// <summary>The history of several subjects together (a provider and its contracts), newest first.</summary>
    public async Task<IReadOnlyList<HistoryEntry>> ForAnyAsync(IReadOnlyCollection<string> subjects, CancellationToken cancellationToken, int limit = DefaultLimit, IReadOnlyCollection<string>? withoutEntities = null)
    {
        var entries = db.AuditEntries.AsNoTracking().Where(e => subjects.Contains(e.Subject));
        if (withoutEntities is { Count: > 0 })
        {
            entries = entries.Where(e => !withoutEntities.Contains(e.Entity));
        }

        return [.. (await entries.OrderByDescending(e => e.Id).Take(limit).ToListAsync(cancellationToken)).Select(ToEntry)];
    }

    /// <summary>
    /// The history of several subjects together with one row recorded under another subject (a contract's own row is in its
    /// provider's history, as <c>ProviderContract</c> "contract CODE"), newest first.
    /// </summary>
    public async Task<IReadOnlyList<HistoryEntry>> ForAnyWithRowAsync(
        IReadOnlyCollection<string> subjects, string rowSubject, string rowEntity, string rowKey, CancellationToken cancellationToken, int limit = DefaultLimit) =>
        [.. (await db.AuditEntries.AsNoTracking()
            .Where(e => subjects.Contains(e.Subject) || (e.Subject == rowSubject && e.Entity == rowEntity && e.EntityKey == rowKey))
            .OrderByDescending(e => e.Id).Take(limit).ToListAsync(cancellationToken)).Select(ToEntry)];

    public static HistoryEntry ToEntry(AuditEntry entry)
    {
        using var json = JsonDocument.Parse(entry.Changes);
        var fields = json.RootElement.EnumerateObject()
            .Select(f => new FieldChange(f.Name, Text(f.Value, "before"), Text(f.Value, "after")))
            .ToList();
        return new HistoryEntry(entry.At, entry.Actor, entry.Entity, entry.EntityKey, entry.Action.ToString().ToLowerInvariant(), fields);
    }

    private static string? Text(JsonElement change, string side) =>
        change.TryGetProperty(side, out var value) ? value.ValueKind switch
        {
            JsonValueKind.Null => null,
            JsonValueKind.String => value.GetString(),
            _ => value.GetRawText(),
        } : null;
}
