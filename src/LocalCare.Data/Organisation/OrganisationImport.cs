using LocalCare.Core.Inputs;
using LocalCare.Core.Organisation;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Data.Organisation;

/// <summary>
/// Imports organisation.csv into the app database: validated whole, applied in one transaction.
/// The file is the complete reference data: units missing from it are removed unless something still refers to them.
/// The audit trail records each unit added, changed or removed, and one entry for the file (its SHA-256 and counts) (docs/audit-trail.md).
/// </summary>
public sealed class OrganisationImport(LocalCareDbContext db, Audit.AuditLog audit)
{
    /// <summary>Reads and validates a file without storing anything; throws <see cref="InvalidInputException"/> with every problem.</summary>
    public static ValidatedOrganisation Read(string path)
    {
        var fileName = Path.GetFileName(path);
        if (!File.Exists(path))
        {
            throw new InvalidInputException([new InputError(fileName, 0, null, $"file not found: {path}")]);
        }

        using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        return Read(reader, fileName) with { Sha256 = Audit.AuditLog.Sha256Of(path) };
    }

    public static ValidatedOrganisation Read(TextReader reader, string fileName)
    {
        var content = OrganisationCsv.Read(reader, fileName);
        var result = OrganisationFile.Validate(fileName, content.Rows);
        return result.IsValid
            ? new ValidatedOrganisation(fileName, result.Units, content.Warnings)
            : throw new InvalidInputException(result.Errors);
    }

    public Task<OrganisationImportResult> FromFileAsync(string path, CancellationToken cancellationToken = default) =>
        ApplyAsync(Read(path), usedElsewhere: null, cancellationToken);

    public Task<OrganisationImportResult> FromReaderAsync(TextReader reader, string fileName, CancellationToken cancellationToken = default) =>
        ApplyAsync(Read(reader, fileName), usedElsewhere: null, cancellationToken);

    /// <summary>Stores validated units. <paramref name="usedElsewhere"/>: codes other stores (the warehouse) still use.</summary>
    public async Task<OrganisationImportResult> ApplyAsync(ValidatedOrganisation organisation, IReadOnlySet<string>? usedElsewhere, CancellationToken cancellationToken = default)
    {
        var (fileName, units, warnings) = organisation;
        await using var transaction = await Imports.AppTransaction.BeginAsync(db, cancellationToken);
        var existing = await db.OrganisationUnits.ToDictionaryAsync(u => u.Code, StringComparer.Ordinal, cancellationToken);
        var incoming = units.Select(u => u.Code).ToHashSet(StringComparer.Ordinal);

        var removed = existing.Values.Where(u => !incoming.Contains(u.Code)).ToList();
        var stillReferenced = await ReferencedAsync(removed, cancellationToken);
        stillReferenced.AddRange(removed.Where(u => usedElsewhere?.Contains(u.Code) == true).Select(u => (u.Code, "warehouse data")));
        if (stillReferenced.Count > 0)
        {
            throw new InvalidInputException(stillReferenced
                .Select(r => new InputError(fileName, 0, "code", $"'{r.Code}' is missing from the file but is still used by {r.UsedBy}; it cannot be removed"))
                .ToList());
        }

        int added = 0, updated = 0, unchanged = 0;
        foreach (var unit in units)
        {
            if (!existing.TryGetValue(unit.Code, out var current))
            {
                db.OrganisationUnits.Add(unit);
                added++;
            }
            else if (current.Name != unit.Name || current.Kind != unit.Kind || current.ParentCode != unit.ParentCode || current.ServiceGroup != unit.ServiceGroup)
            {
                current.Name = unit.Name;
                current.Kind = unit.Kind;
                current.ParentCode = unit.ParentCode;
                current.ServiceGroup = unit.ServiceGroup;
                updated++;
            }
            else
            {
                unchanged++;
            }
        }

        db.OrganisationUnits.RemoveRange(removed);
        audit.Imported("organisation", fileName, organisation.Sha256, added, updated, unchanged, removed.Count);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new OrganisationImportResult(fileName, added, updated, unchanged, removed.Count, warnings);
    }

    private async Task<List<(string Code, string UsedBy)>> ReferencedAsync(List<OrganisationUnit> removed, CancellationToken cancellationToken)
    {
        if (removed.Count == 0)
        {
            return [];
        }

        // "lco" names whichever unit is the LCO, so a new LCO code keeps the LCO's targets; only other units are pinned.
        var refs = removed.Where(u => u.Kind != UnitKind.Lco).ToDictionary(u => u.UnitRef, u => u.Code, StringComparer.Ordinal);
        var targetUnits = await db.MetricTargets.Select(t => t.Unit).Distinct().ToListAsync(cancellationToken);
        var codes = removed.Select(u => u.Code).ToList();
        var planned = await db.ServicePlans.Where(p => codes.Contains(p.UnitCode)).Select(p => p.UnitCode).Distinct().ToListAsync(cancellationToken);
        var providers = await db.Providers.Where(p => p.NeighbourhoodCode != null && codes.Contains(p.NeighbourhoodCode)).Select(p => p.NeighbourhoodCode!).Distinct().ToListAsync(cancellationToken);
        var budgeted = await db.Budget.Where(b => codes.Contains(b.ServiceCode)).Select(b => b.ServiceCode).Distinct().ToListAsync(cancellationToken);
        var schemes = await db.VfpSchemes.Where(s => codes.Contains(s.ServiceCode)).Select(s => s.ServiceCode).Distinct().ToListAsync(cancellationToken);
        return
        [
            .. targetUnits.Where(refs.ContainsKey).Select(r => (refs[r], "metric targets")),
            .. planned.Order(StringComparer.Ordinal).Select(c => (c, "service plans")),
            .. providers.Order(StringComparer.Ordinal).Select(c => (c, "the provider register")),
            .. budgeted.Concat(schemes).Distinct().Order(StringComparer.Ordinal).Select(c => (c, "the budget or Value for Patients schemes")),
        ];
    }
}

/// <summary>An organisation.csv that passed every rule, ready to store.</summary>
public sealed record ValidatedOrganisation(string FileName, IReadOnlyList<OrganisationUnit> Units, IReadOnlyList<string> Warnings)
{
    /// <summary>The file's SHA-256 when it was read from a file, for the audit trail.</summary>
    public string? Sha256 { get; init; }
}

/// <summary>What an organisation.csv import changed.</summary>
public sealed record OrganisationImportResult(string File, int Added, int Updated, int Unchanged, int Removed, IReadOnlyList<string> Warnings)
{
    public override string ToString() =>
        $"{File}: {Added} added, {Updated} updated, {Unchanged} unchanged, {Removed} removed";
}
