using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace LocalCare.Data.Audit;

/// <summary>
/// The audit trail as a hash chain: entries are numbered in the order they are written and each carries the SHA-256 of its
/// canonical fields and the previous entry's hash, so a changed, removed or reordered entry breaks every link after it.
/// The previous entry is read under a lock held to commit (SQLite: the write lock of an immediate transaction; PostgreSQL:
/// a transaction-level advisory lock), so two saves at once never both extend the same entry.
/// </summary>
public static class AuditChain
{
    /// <summary>The PostgreSQL advisory lock key that serialises writers of the trail (any fixed 64-bit number; this spells "AUDIT").</summary>
    public const long PostgresLockKey = 0x4155444954;

    /// <summary>The hex SHA-256 of an entry's canonical form with the hash it follows.</summary>
    public static string HashOf(AuditEntry entry, string previousHash) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Canonical(entry, previousHash))));

    /// <summary>
    /// The fields hashed, as a JSON array of strings (unambiguous whatever the text holds): id, instant to the microsecond
    /// (PostgreSQL's precision), actor, subject, entity, key, action, changes, previous hash.
    /// </summary>
    public static string Canonical(AuditEntry entry, string previousHash) => JsonSerializer.Serialize(new[]
    {
        entry.Id.ToString(CultureInfo.InvariantCulture),
        entry.At.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture),
        entry.Actor, entry.Subject, entry.Entity, entry.EntityKey, entry.Action.ToString(), entry.Changes, previousHash,
    });

    /// <summary>An instant cut to the microsecond, so it hashes the same after a round trip through either database.</summary>
    public static DateTime Stored(DateTime at) => new(at.Ticks - (at.Ticks % 10), DateTimeKind.Utc);

    /// <summary>Takes the chain's lock in the context's current transaction (which the caller has begun).</summary>
    internal static void Lock(DbContext context)
    {
        if (context.Database.IsNpgsql())
        {
            context.Database.ExecuteSqlRaw($"SELECT pg_advisory_xact_lock({PostgresLockKey})");
        }
        else if (context.Database.IsSqlite())
        {
            // An immediate transaction already holds SQLite's single write lock; a deferred one takes it with this write.
            context.Database.ExecuteSqlRaw("UPDATE \"AuditEntries\" SET \"Id\" = \"Id\" WHERE 0");
        }
    }

    /// <inheritdoc cref="Lock"/>
    internal static async Task LockAsync(DbContext context, CancellationToken cancellationToken)
    {
        if (context.Database.IsNpgsql())
        {
            await context.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({PostgresLockKey})", cancellationToken);
        }
        else if (context.Database.IsSqlite())
        {
            await context.Database.ExecuteSqlRawAsync("UPDATE \"AuditEntries\" SET \"Id\" = \"Id\" WHERE 0", cancellationToken);
        }
    }

    /// <summary>
    /// A unique negative id for an entry added to <paramref name="context"/> before its save (the key must be unique while
    /// tracked); the save replaces it with the entry's place in the chain.
    /// </summary>
    internal static long Placeholder(DbContext context) =>
        Math.Min(0, context.ChangeTracker.Entries<AuditEntry>().Where(e => e.State == EntityState.Added).Select(e => e.Entity.Id).DefaultIfEmpty(0).Min()) - 1;

    /// <summary>
    /// Numbers and hashes <paramref name="entries"/> (added to <paramref name="context"/>) after the last stored entry,
    /// read under the lock. A tracked key cannot change, so each entry is detached, numbered and added again.
    /// </summary>
    internal static void Link(DbContext context, IReadOnlyList<AuditEntry> entries, (long Id, string Hash)? last)
    {
        foreach (var entry in entries)
        {
            context.Entry(entry).State = EntityState.Detached;
        }

        Link(entries, last);
        context.Set<AuditEntry>().AddRange(entries);
    }

    /// <summary>Numbers and hashes <paramref name="entries"/> after <paramref name="last"/>.</summary>
    internal static void Link(IReadOnlyList<AuditEntry> entries, (long Id, string Hash)? last)
    {
        var (id, previous) = last ?? (0, "");
        foreach (var entry in entries)
        {
            entry.Id = ++id;
            entry.PreviousHash = previous;
            entry.Hash = previous = HashOf(entry, previous);
        }
    }

    internal static IQueryable<AuditEntry> Newest(DbContext context) =>
        context.Set<AuditEntry>().AsNoTracking().OrderByDescending(e => e.Id);

    /// <summary>True when the context already runs inside a transaction the caller owns.</summary>
    internal static bool InTransaction(DbContext context) => context.Database.CurrentTransaction is not null;

    internal static IDbContextTransaction Begin(DbContext context) => context.Database.BeginTransaction();
}
