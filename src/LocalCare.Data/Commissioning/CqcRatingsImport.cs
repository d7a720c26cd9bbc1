using LocalCare.Core.Commissioning;
using LocalCare.Core.Inputs;
using LocalCare.Data.Commissioning.Cqc;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Data.Commissioning;

/// <summary>
/// CQC's Latest ratings sheet into the rating history (commissioning.md): only rows of locations in the provider register are
/// kept; a row whose location, service group, domain and publication date are already held is left as it is; nothing is deleted.
/// A bad row of a kept location refuses the file, unless rejects are allowed (data-contract.md's <c>--allow-rejects</c>), when it is left out.
/// </summary>
public sealed class CqcRatingsImport(LocalCareDbContext db, Audit.AuditLog audit)
{
    /// <summary>
    /// Reads <paramref name="path"/> (streamed) keeping the rows of <paramref name="locations"/> (case-insensitive): the good rows,
    /// and every problem of the bad ones in <see cref="CqcRatingsRead.Rejects"/>. Whether a bad row refuses the run is the
    /// caller's to say (<see cref="CqcRatingsRejectedException"/>); a file that cannot be read at all, or lacks a required
    /// column, throws <see cref="InvalidInputException"/>.
    /// </summary>
    public static CqcRatingsRead Read(string path, IReadOnlySet<string> locations)
    {
        var stats = new CqcReadStats();
        var rows = new List<CqcRatingRecord>();
        foreach (var row in CqcRatingsFile.Read(path, locations.Contains, stats, allowRejects: true))
        {
            rows.Add(new CqcRatingRecord
            {
                LocationId = row.LocationId,
                LocationName = Clip(row.LocationName, 300),
                ServiceGroup = Clip(row.ServiceGroup, 200),
                Domain = CqcDomains.Parse(row.Domain)!.Value, // the reader has checked it
                Rating = CqcRatings.Parse(row.LatestRating),
                RatingText = Clip(row.LatestRating, 100),
                PublicationDate = row.PublicationDate,
                CqcProviderId = Clip(row.ProviderId, 64),
                CqcProviderName = Clip(row.ProviderName, 300),
            });
        }

        return new CqcRatingsRead(Path.GetFileName(path), rows, stats.RowsRead, stats.RowsSkipped)
        {
            Sha256 = Audit.AuditLog.Sha256Of(path),
            RowsRejected = stats.RowsRejected,
            Rejects = stats.Rejects,
        };
    }

    /// <summary>Adds the rows not held yet; returns how many were added and how many were already held.</summary>
    public async Task<CqcRatingsReport> ApplyAsync(CqcRatingsRead read, CancellationToken cancellationToken = default)
    {
        var locations = read.Rows.Select(r => r.LocationId).Distinct().ToList();
        var held = (await db.CqcRatings.AsNoTracking().Where(r => locations.Contains(r.LocationId)).ToListAsync(cancellationToken))
            .Select(Key).ToHashSet();
        var added = 0;
        foreach (var row in read.Rows)
        {
            if (held.Add(Key(row)))
            {
                db.CqcRatings.Add(row);
                added++;
            }
        }

        // Each rating added is recorded by the interceptor; this entry ties them to the file (docs/audit-trail.md).
        audit.Imported("cqc-ratings", read.File, read.Sha256, added, 0, read.Rows.Count - added, 0, read.RowsRejected);
        await db.SaveChangesAsync(cancellationToken);
        return new CqcRatingsReport(read.File, read.RowsRead, read.Rows.Count, read.RowsSkipped, added, read.Rows.Count - added) { RowsRejected = read.RowsRejected, Rejects = read.Rejects };
    }

    private static (string, string, CqcDomain, DateOnly) Key(CqcRatingRecord r) => (r.LocationId.ToUpperInvariant(), r.ServiceGroup, r.Domain, r.PublicationDate);

    private static string Clip(string text, int length) => text.Length <= length ? text : text[..length];
}

/// <summary>A CQC ratings file as read: the rows of register locations, and how many rows were read and left out.</summary>
public sealed record CqcRatingsRead(string File, IReadOnlyList<CqcRatingRecord> Rows, long RowsRead, long RowsSkipped)
{
    /// <summary>The file's SHA-256, for the audit trail.</summary>
    public string? Sha256 { get; init; }

    /// <summary>Rows of register locations that are bad: left out with rejects allowed, else the run is refused.</summary>
    public long RowsRejected { get; init; }

    /// <summary>Every problem of those rows, in file order.</summary>
    public IReadOnlyList<InputError> Rejects { get; init; } = [];

    /// <summary>The read as a report of a run that stored nothing.</summary>
    public CqcRatingsReport NothingStored() =>
        new(File, RowsRead, Rows.Count, RowsSkipped, 0, 0) { RowsRejected = RowsRejected, Rejects = Rejects };
}

/// <summary>What an import did with a CQC ratings file.</summary>
public sealed record CqcRatingsReport(string File, long RowsRead, int RowsKept, long RowsSkipped, int Added, int AlreadyHeld)
{
    /// <summary>Rows of register locations left out as bad (only with rejects allowed).</summary>
    public long RowsRejected { get; init; }

    /// <summary>Every problem of those rows, in file order.</summary>
    public IReadOnlyList<InputError> Rejects { get; init; } = [];
}
