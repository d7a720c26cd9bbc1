using System.Security.Cryptography;
using System.Text.Json;

namespace LocalCare.Data.Audit;

/// <summary>
/// Writes audit entries that are not a row's change: sign-ins and sign-outs, and each imported file (its rows are recorded as any save's are).
/// Entries go through the context, so the interceptor links them into the chain like any other.
/// </summary>
public sealed class AuditLog(LocalCareDbContext db, IAuditActor actor, TimeProvider clock)
{
    /// <summary>Adds an entry to the context's next save; <paramref name="details"/> become its fields (as "after" values).</summary>
    public AuditEntry Add(string subject, string entity, string key, AuditAction action, IReadOnlyList<(string Field, object? Value)> details, string? actorName = null)
    {
        var entry = new AuditEntry
        {
            Id = AuditChain.Placeholder(db),
            At = AuditChain.Stored(clock.GetUtcNow().UtcDateTime),
            Actor = actorName ?? actor.Name,
            Subject = subject,
            Entity = entity,
            EntityKey = key,
            Action = action,
            Changes = JsonSerializer.Serialize(details.ToDictionary(d => d.Field, d => new Dictionary<string, object?> { ["after"] = d.Value }, StringComparer.Ordinal)),
        };
        db.AuditEntries.Add(entry);
        return entry;
    }

    /// <summary>Adds an entry and saves it at once (sign-in events).</summary>
    public async Task RecordAsync(string subject, string entity, string key, AuditAction action, IReadOnlyList<(string Field, object? Value)> details, string? actorName = null, CancellationToken cancellationToken = default)
    {
        Add(subject, entity, key, action, details, actorName);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// The entry for one imported file: who (the actor), the file's name and SHA-256, and what the run did with its rows.
    /// Added to the import's own save, so it commits with the rows.
    /// </summary>
    public AuditEntry Imported(string kind, string file, string? sha256, int inserted, int updated, int unchanged, int deleted, long rejected = 0) =>
        Add(Subjects.Import(kind), "ImportedFile", file, AuditAction.Imported,
        [
            ("File", file), ("SHA-256", sha256), ("Inserted", inserted), ("Updated", updated), ("Unchanged", unchanged), ("Deleted", deleted), ("Rejected", rejected),
        ]);

    /// <summary>The hex SHA-256 of a file's bytes; null when there is no file (rows read from memory).</summary>
    public static string? Sha256Of(string? path)
    {
        if (path is null || !File.Exists(path))
        {
            return null;
        }

        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
