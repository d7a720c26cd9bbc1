using System.Text.Json;
using LocalCare.Core.Commissioning;
using LocalCare.Data.Audit;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Data.Commissioning;

/// <summary>
/// The import records of the commissioning files and the CQC ratings, for the packs' Complete: per file name (lower case; the
/// CQC ratings under <see cref="CommissioningQuality.CqcRatings"/>), the rows its latest import rejected, read from the import's
/// entry in the audit trail (<see cref="AuditLog.Imported"/>), which is where a commissioning run records its files.
/// </summary>
public static class CommissioningImportRejects
{
    public static async Task<IReadOnlyDictionary<string, long>> ReadAsync(LocalCareDbContext db, CancellationToken cancellationToken = default)
    {
        string[] subjects = [Subjects.Import("commissioning"), Subjects.Import(CommissioningQuality.CqcRatings)];
        var entries = await db.AuditEntries.AsNoTracking()
            .Where(e => subjects.Contains(e.Subject) && e.Action == Audit.AuditAction.Imported)
            .Select(e => new { e.Id, e.Subject, e.EntityKey, e.Changes })
            .ToListAsync(cancellationToken);
        return entries
            .GroupBy(e => e.Subject == subjects[1] ? CommissioningQuality.CqcRatings : Path.GetFileName(e.EntityKey).ToLowerInvariant(), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Rejected(g.MaxBy(e => e.Id)!.Changes), StringComparer.Ordinal);
    }

    /// <summary>The entry's "Rejected" count (0 when it has none).</summary>
    private static long Rejected(string changes)
    {
        using var json = JsonDocument.Parse(changes);
        return json.RootElement.TryGetProperty("Rejected", out var field) && field.TryGetProperty("after", out var after) && after.ValueKind == JsonValueKind.Number
            ? after.GetInt64()
            : 0;
    }
}
