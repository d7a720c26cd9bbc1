using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LocalCare.Data.Audit;

/// <summary>
/// Records every create, change and delete of an audited entity (<see cref="AuditedEntities"/>) as an <see cref="AuditEntry"/>
/// added to the same save, so the change and its record commit together or not at all.
/// </summary>
public sealed class AuditInterceptor(IAuditActor actor, TimeProvider clock) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Record(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Record(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Record(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var at = clock.GetUtcNow().UtcDateTime;
        var entries = new List<AuditEntry>();
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted) || AuditedEntities.Of(entry.Entity) is not { } subject)
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

        context.Set<AuditEntry>().AddRange(entries);
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
