using LocalCare.Core.Commissioning;
using LocalCare.Core.Commissioning.Files;
using LocalCare.Core.Organisation;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Data.Commissioning;

/// <summary>
/// Stores a checked run of commissioning files in the app database (commissioning.md): each row replaces the stored row of
/// its key or is added; nothing is deleted; storing the same files twice changes nothing. One transaction for the run (the
/// import run's, when it has one open).
/// The audit trail records each row added or changed (before and after) and one entry per file and run (its SHA-256 and
/// counts), all in the run's transaction (docs/audit-trail.md).
/// </summary>
public sealed class CommissioningImport(LocalCareDbContext db, Audit.AuditLog audit)
{
    /// <summary>What the run's files are checked against: the organisation's codes (this run's, else the stored ones) and the stored commissioning data.</summary>
    public async Task<CommissioningStored> StoredAsync(IReadOnlyList<OrganisationUnit> units, CancellationToken cancellationToken = default)
    {
        var providers = await db.Providers.AsNoTracking().ToDictionaryAsync(p => p.Code, p => p.CqcLocationId, StringComparer.Ordinal, cancellationToken);
        var contracts = (await db.Contracts.AsNoTracking().Select(c => c.Code).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var audits = await db.QualityAudits.AsNoTracking().ToDictionaryAsync(a => a.Code, a => a.Overall, StringComparer.Ordinal, cancellationToken);
        var withActions = (await db.AuditActions.AsNoTracking().Select(a => a.AuditCode).Distinct().ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var schemes = await db.VfpSchemes.AsNoTracking().ToDictionaryAsync(s => s.Code, s => s.QiaStatus, StringComparer.Ordinal, cancellationToken);
        var withSavings = (await db.VfpDelivery.AsNoTracking().Select(d => d.SchemeCode).Distinct().ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        return new CommissioningStored(
            units.Where(u => u.Kind == UnitKind.Neighbourhood).Select(u => u.Code).ToHashSet(StringComparer.Ordinal),
            units.Where(u => u.Kind == UnitKind.Service).Select(u => u.Code).ToHashSet(StringComparer.Ordinal),
            providers, contracts, audits, withActions, schemes)
        {
            SchemesWithSavings = withSavings,
        };
    }

    /// <summary>Stores the accepted rows of <paramref name="batch"/>; returns per file how many rows were added, changed and left as they were; <paramref name="sha256ByFile"/> (by file name) goes into each file's audit entry.</summary>
    public async Task<IReadOnlyList<CommissioningFileReport>> ApplyAsync(CommissioningBatch batch, IReadOnlyDictionary<string, string?>? sha256ByFile = null, CancellationToken cancellationToken = default)
    {
        var reports = new List<CommissioningFileReport>();
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            reports.Clear();
            await using var transaction = await Imports.AppTransaction.BeginAsync(db, cancellationToken);
            foreach (var file in batch.Files)
            {
                var (added, changed) = file.Spec.Kind switch
                {
                    CommissioningFileKind.Providers => await UpsertAsync(db.Providers, file, p => p.Code, cancellationToken),
                    CommissioningFileKind.Contracts => await UpsertAsync(db.Contracts, file, c => c.Code, cancellationToken),
                    CommissioningFileKind.Spend => await UpsertAsync(db.Spend, file, s => (s.Month, s.ContractCode), cancellationToken),
                    CommissioningFileKind.SocialValue => await UpsertAsync(db.SocialValue, file, s => (s.ContractCode, s.Theme, s.Measure), cancellationToken),
                    CommissioningFileKind.Audits => await UpsertAsync(db.QualityAudits, file, a => a.Code, cancellationToken, KeepCompletion),
                    CommissioningFileKind.AuditActions => await UpsertAsync(db.AuditActions, file, a => a.Code, cancellationToken),
                    CommissioningFileKind.Concerns => await UpsertAsync(db.Concerns, file, c => c.Code, cancellationToken),
                    CommissioningFileKind.Budget => await UpsertAsync(db.Budget, file, b => (b.Month, b.ServiceCode), cancellationToken),
                    CommissioningFileKind.VfpSchemes => await UpsertAsync(db.VfpSchemes, file, s => s.Code, cancellationToken),
                    CommissioningFileKind.VfpDelivery => await UpsertAsync(db.VfpDelivery, file, d => (d.Month, d.SchemeCode), cancellationToken),
                    _ => throw new ArgumentOutOfRangeException(nameof(batch)),
                };
                var report = new CommissioningFileReport(file.File, file.RowsRead, added, changed, file.Accepted.Count - added - changed, file.RowsRejected);
                reports.Add(report);
                audit.Imported("commissioning", file.File, sha256ByFile?.GetValueOrDefault(file.File), added, changed, report.Unchanged, 0, file.RowsRejected);
            }

            await db.SaveChangesAsync(cancellationToken);

            await transaction.CommitAsync(cancellationToken);
        });
        return reports;
    }

    /// <summary>An audit completed in the app stays completed when its file row comes again (the file has no completion column).</summary>
    private static void KeepCompletion(QualityAudit stored, QualityAudit incoming) => incoming.CompletedOn ??= stored.CompletedOn;

    private async Task<(int Added, int Changed)> UpsertAsync<T, TKey>(
        DbSet<T> set, CommissioningFileResult file, Func<T, TKey> key, CancellationToken cancellationToken, Action<T, T>? merge = null)
        where T : class
        where TKey : notnull
    {
        var incoming = file.Accepted.Cast<T>().ToList();
        if (incoming.Count == 0)
        {
            return (0, 0);
        }

        var stored = (await set.ToListAsync(cancellationToken)).ToDictionary(key);
        int added = 0, changed = 0;
        foreach (var row in incoming)
        {
            if (!stored.TryGetValue(key(row), out var current))
            {
                set.Add(row);
                stored[key(row)] = row;
                added++;
                continue;
            }

            merge?.Invoke(current, row);
            var entry = db.Entry(current);
            entry.CurrentValues.SetValues(row);
            if (entry.State == EntityState.Modified)
            {
                changed++;
            }
        }

        await db.SaveChangesAsync(cancellationToken); // the interceptor records each added or changed row
        return (added, changed);
    }
}

/// <summary>What a run did with one commissioning file.</summary>
public sealed record CommissioningFileReport(string File, long RowsRead, int Added, int Changed, int Unchanged, long RowsRejected);
