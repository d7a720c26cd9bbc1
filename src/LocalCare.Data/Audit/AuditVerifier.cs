using Microsoft.EntityFrameworkCore;

namespace LocalCare.Data.Audit;

/// <summary>
/// Walks the audit trail's hash chain in id order (<see cref="AuditChain"/>) and finds the first entry that does not hold:
/// a missing id, a previous hash that is not the entry before's, or contents that no longer match the entry's hash.
/// </summary>
public sealed class AuditVerifier(LocalCareDbContext db)
{
    /// <summary>Entries read at a time: the walk keeps one batch in memory, whatever the trail's size.</summary>
    public const int BatchSize = 5_000;

    /// <summary>How many entries there are to walk (for a progress bar).</summary>
    public Task<int> CountAsync(CancellationToken cancellationToken = default) => db.AuditEntries.CountAsync(cancellationToken);

    /// <summary>Checks every entry; <paramref name="progress"/> gets the number checked so far after each batch.</summary>
    public async Task<AuditVerification> VerifyAsync(IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        long checkedCount = 0, unsealed = 0, lastId = 0;
        string lastHash = "";
        var sealedSeen = false;
        while (true)
        {
            var afterId = lastId;
            var batch = await db.AuditEntries.AsNoTracking().Where(e => e.Id > afterId).OrderBy(e => e.Id).Take(BatchSize).ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                return new AuditVerification(checkedCount, unsealed, checkedCount == 0 ? null : lastId, lastHash, null);
            }

            foreach (var entry in batch)
            {
                if (Problem(entry, lastId, lastHash, sealedSeen) is { } problem)
                {
                    return new AuditVerification(checkedCount, unsealed, lastId, lastHash, new AuditChainBreak(entry.Id, problem));
                }

                if (entry.Hash.Length == 0)
                {
                    unsealed++;
                }
                else
                {
                    sealedSeen = true;
                }

                checkedCount++;
                lastId = entry.Id;
                lastHash = entry.Hash;
            }

            progress?.Report(checkedCount);
        }
    }

    private static string? Problem(AuditEntry entry, long previousId, string previousHash, bool sealedSeen)
    {
        if (entry.Id != previousId + 1)
        {
            return previousId == 0
                ? $"the trail starts at id {entry.Id}, not 1: entries before it are missing"
                : $"it follows entry {previousId}: entries {previousId + 1}–{entry.Id - 1} are missing";
        }

        if (entry.Hash.Length == 0)
        {
            // Entries written before the chain existed (an older database) may only come first.
            return sealedSeen ? "it has no hash, but entries before it do: its hash was removed" : null;
        }

        if (!string.Equals(entry.PreviousHash, previousHash, StringComparison.Ordinal))
        {
            return $"its previous hash does not match entry {previousId}'s hash: an entry was removed, inserted or reordered";
        }

        return string.Equals(entry.Hash, AuditChain.HashOf(entry, entry.PreviousHash), StringComparison.Ordinal)
            ? null
            : "its contents do not match its hash: it was changed after it was written";
    }
}

/// <summary>The outcome of a walk: how many entries were checked, how many predate the chain, the last good entry, and the first break if any.</summary>
public sealed record AuditVerification(long Checked, long Unsealed, long? LastId, string LastHash, AuditChainBreak? Break)
{
    public bool IsIntact => Break is null;
}

/// <summary>The first entry where the chain does not hold, and why.</summary>
public sealed record AuditChainBreak(long EntryId, string Reason);
