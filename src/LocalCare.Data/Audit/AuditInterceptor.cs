using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace LocalCare.Data.Audit;

/// <summary>
/// Records every create, change and delete of an audited entity (<see cref="AuditedEntities"/>) as an <see cref="AuditEntry"/>
/// added to the same save, so the change and its record commit together or not at all. Every entry the save adds (these and
/// any added directly, such as sign-ins and imports) is then linked into the hash chain (<see cref="AuditChain"/>) under the
/// chain's lock, inside the caller's transaction or one this interceptor begins and commits with the save.
/// </summary>
public sealed class AuditInterceptor(IAuditActor actor, TimeProvider clock) : SaveChangesInterceptor
{
    private IDbContextTransaction? _owned;

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } context && Pending(context) is { Count: > 0 } pending)
        {
            if (!AuditChain.InTransaction(context))
            {
                _owned = AuditChain.Begin(context);
            }

            AuditChain.Lock(context);
            AuditChain.Link(context, pending, Last(context));
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && Pending(context) is { Count: > 0 } pending)
        {
            if (!AuditChain.InTransaction(context))
            {
                _owned = await context.Database.BeginTransactionAsync(cancellationToken);
            }

            await AuditChain.LockAsync(context, cancellationToken);
            var last = await AuditChain.Newest(context).Select(e => new { e.Id, e.Hash }).FirstOrDefaultAsync(cancellationToken);
            AuditChain.Link(context, pending, last is null ? null : (last.Id, last.Hash));
        }

        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        _owned?.Commit();
        End();
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (_owned is not null)
        {
            await _owned.CommitAsync(cancellationToken);
        }

        End();
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => End();

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        End();
        return Task.CompletedTask;
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) => End();

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        End();
        return Task.CompletedTask;
    }

    /// <summary>Disposing an uncommitted transaction rolls it back (a failed or cancelled save).</summary>
    private void End()
    {
        _owned?.Dispose();
        _owned = null;
    }

    private static (long, string)? Last(DbContext context) =>
        AuditChain.Newest(context).Select(e => new { e.Id, e.Hash }).FirstOrDefault() is { } last ? (last.Id, last.Hash) : null;

    /// <summary>
    /// Records the save's changes, then returns every audit entry it adds: the rows' entries first, then those added directly
    /// (an import's file entry follows the rows it stored), each group in the order added.
    /// </summary>
    private List<AuditEntry> Pending(DbContext context)
    {
        var rows = Record(context);
        var recorded = rows.ToHashSet();
        return [.. rows, .. context.ChangeTracker.Entries<AuditEntry>().Where(e => e.State == EntityState.Added && !recorded.Contains(e.Entity)).Select(e => e.Entity)];
    }

    private List<AuditEntry> Record(DbContext context)
    {
        var at = AuditChain.Stored(clock.GetUtcNow().UtcDateTime);
        var entries = new List<AuditEntry>();
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted) || AuditedEntities.Of(entry) is not { } subject)
            {
                continue;
            }

            var changes = Changes(entry);
            if (entry.State == EntityState.Modified && changes.Count == 0)
            {
                continue; // marked modified but nothing differs
            }

            entries.Add(new AuditEntry
            {
                At = at,
                Actor = actor.Name,
                Subject = subject.Subject,
                Entity = entry.Metadata.ClrType.Name,
                EntityKey = subject.Key,
                Action = entry.State switch
                {
                    EntityState.Added => AuditAction.Created,
                    EntityState.Deleted => AuditAction.Deleted,
                    _ => AuditAction.Changed,
                },
                Changes = JsonSerializer.Serialize(changes),
            });
        }

        var placeholder = entries.Count == 0 ? 0 : AuditChain.Placeholder(context);
        foreach (var entry in entries)
        {
            entry.Id = placeholder--;
        }

        context.Set<AuditEntry>().AddRange(entries);
        return entries;
    }

    /// <summary>Each stored field that is new, changed or removed, with its value before and after (keys and generated ids left out).</summary>
    private static Dictionary<string, Dictionary<string, object?>> Changes(EntityEntry entry)
    {
        var changes = new Dictionary<string, Dictionary<string, object?>>(StringComparer.Ordinal);
        foreach (var property in entry.Properties)
        {
            if (property.Metadata.IsShadowProperty() || (property.Metadata.ValueGenerated != Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.Never && property.Metadata.IsPrimaryKey()))
            {
                continue;
            }

            // Values as stored (a plan year as its number, an enum as its name), which also keeps them plain JSON.
            var converter = property.Metadata.GetTypeMapping().Converter;
            // Documents (a published pack's PDF) are recorded by size: their hashes are stored beside them.
            object? Stored(object? value) => value switch
            {
                null => null,
                byte[] bytes => $"{bytes.Length} bytes",
                // Without trailing zeros: SQLite reads 100000 back as 100000.0 and PostgreSQL as 100000.00, so the same value reads the same on either.
                decimal number => decimal.Parse(number.ToString("0.############################", System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture),
                _ => converter is null ? value : converter.ConvertToProvider(value),
            };
            var name = property.Metadata.Name;
            if (AuditedEntities.NotRecorded.Contains(name))
            {
                continue;
            }

            if (AuditedEntities.ValuesNotRecorded.Contains(name))
            {
                // "Password: changed", never the hash.
                if (entry.State != EntityState.Deleted && property.CurrentValue is not null && (entry.State == EntityState.Added || (property.IsModified && !Equals(property.OriginalValue, property.CurrentValue))))
                {
                    changes[name.Replace("Hash", "", StringComparison.Ordinal)] = new() { ["after"] = "changed" };
                }

                continue;
            }

            switch (entry.State)
            {
                case EntityState.Added:
                    changes[name] = new() { ["after"] = Stored(property.CurrentValue) };
                    break;
                case EntityState.Deleted:
                    changes[name] = new() { ["before"] = Stored(property.OriginalValue) };
                    break;
                case EntityState.Modified when property.IsModified && !Equals(property.OriginalValue, property.CurrentValue):
                    changes[name] = new() { ["before"] = Stored(property.OriginalValue), ["after"] = Stored(property.CurrentValue) };
                    break;
            }
        }

        return changes;
    }
}
