using LocalCare.Core.Commissioning;
using LocalCare.Core.Commissioning.Files;
using LocalCare.Core.Inputs;
using LocalCare.Core.Organisation;
using LocalCare.Data.Backup;
using LocalCare.Data.Caching;
using LocalCare.Data.Commissioning;
using LocalCare.Data.Organisation;
using LocalCare.Warehouse;
using LocalCare.Warehouse.Fhir;
using LocalCare.Warehouse.Imports;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Data.Imports;

/// <summary>
/// Runs an import that may span both stores: organisation.csv into the app database, extracts and FHIR into the warehouse.
/// Everything is checked first; the organisation is stored only once every extract row has passed, just before the warehouse commits.
/// </summary>
public sealed class ImportRunner(
    LocalCareDbContext db, OrganisationImport organisationImport, CommissioningImport commissioningImport, CqcRatingsImport cqcImport,
    WarehouseDatabase warehouse, TimeProvider clock)
{
    public async Task<ImportOutcome> RunAsync(ImportPlan plan, ImportOptions options, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        if (plan.Errors.Count > 0)
        {
            throw new InvalidInputException(plan.Errors);
        }

        // The whole run holds the data directory's writer lock: a backup waits for it (docs/decisions/0007).
        using var writeLock = await AcquireWriteLockAsync(progress, cancellationToken);
        var organisation = plan.Organisation is { } orgStep ? OrganisationImport.Read(orgStep.Path) : null;
        var (sources, warnings) = Sources(plan);
        var commissioningFiles = plan.Steps.Where(s => s.Kind == ImportStepKind.Commissioning).Select(s => CommissioningCsv.Read(s.Path, s.Commissioning!, warnings)).ToList();
        var reference = await ReferenceAsync(organisation, cancellationToken);
        if (reference.Units.All(u => u.Kind != UnitKind.Lco) && (sources.Count > 0 || commissioningFiles.Count > 0 || plan.Steps.Any(s => s.Kind == ImportStepKind.CqcRatings)))
        {
            throw new InvalidInputException("No organisation loaded: import organisation.csv first (or run 'localcare init --demo').");
        }

        // Commissioning files are checked before anything is stored, and stored with the organisation, just before the warehouse commits.
        CommissioningBatch? commissioning = null;
        if (commissioningFiles.Count > 0)
        {
            progress?.Report(new ImportProgress("commissioning files", "checking"));
            commissioning = CommissioningBatchCheck.Check(commissioningFiles, await commissioningImport.StoredAsync(reference.Units, cancellationToken));
            if (commissioning.RowsRejected > 0 && !options.AllowRejects)
            {
                throw new CommissioningRejectedException(commissioning);
            }
        }

        // CQC's sheet keeps the rows of the register's locations: those stored and those this run adds.
        var cqcReads = new List<CqcRatingsRead>();
        var cqcSteps = plan.Steps.Where(s => s.Kind == ImportStepKind.CqcRatings).ToList();
        if (cqcSteps.Count > 0)
        {
            var locations = (await db.Providers.AsNoTracking().Where(p => p.CqcLocationId != null).Select(p => p.CqcLocationId!).ToListAsync(cancellationToken))
                .Concat(commissioning?.Accepted<Provider>(CommissioningFileKind.Providers).Select(p => p.CqcLocationId).OfType<string>() ?? [])
                .ToHashSet(StringComparer.OrdinalIgnoreCase);
            foreach (var step in cqcSteps)
            {
                progress?.Report(new ImportProgress(step.File, "reading"));
                cqcReads.Add(CqcRatingsImport.Read(step.Path, locations));
            }

            if (!options.AllowRejects && cqcReads.Any(r => r.RowsRejected > 0))
            {
                throw new CqcRatingsRejectedException(cqcReads);
            }
        }

        // The codes the warehouse uses are read before its writer opens; the organisation is applied inside its transaction.
        var used = organisation is null ? null : WarehouseReferences.UsedCodes(warehouse);
        OrganisationImportResult? organisationResult = null;
        CommissioningImportResult? commissioningResult = null;
        var cqcResults = new List<CqcRatingsReport>();
        // Everything the run stores in the app database is one transaction: a failure storing any file stores none of them.
        async Task ApplyAppDataAsync()
        {
            await using var transaction = await AppTransaction.BeginAsync(db, cancellationToken);
            if (organisation is not null)
            {
                organisationResult = await organisationImport.ApplyAsync(organisation, used, cancellationToken);
            }

            if (commissioning is not null)
            {
                progress?.Report(new ImportProgress("commissioning files", "storing"));
                var sha256ByFile = plan.Steps.Where(s => s.Kind == ImportStepKind.Commissioning).ToDictionary(s => s.File, s => Audit.AuditLog.Sha256Of(s.Path), StringComparer.Ordinal);
                commissioningResult = new CommissioningImportResult(await commissioningImport.ApplyAsync(commissioning, sha256ByFile, cancellationToken), commissioning.Rejects, commissioning.Warnings);
            }

            foreach (var read in cqcReads)
            {
                cqcResults.Add(await cqcImport.ApplyAsync(read, cancellationToken));
            }

            await transaction.CommitAsync(cancellationToken);
        }

        if (sources.Count == 0)
        {
            await ApplyAppDataAsync();
            return new ImportOutcome(organisationResult, null, warnings) { Commissioning = commissioningResult, CqcRatings = cqcResults };
        }

        var report = await new WarehouseImport(warehouse, clock).RunAsync(sources, reference, options, progress, ApplyAppDataAsync);
        await DataGenerations.RenewAsync(db, cancellationToken); // after the warehouse committed: cached pages recompute from it
        return new ImportOutcome(organisationResult, report, warnings) { Commissioning = commissioningResult, CqcRatings = cqcResults };
    }

    /// <summary>Imports rows already read (FHIR posted to the web API): the same reference data, checks, atomicity and history as files.</summary>
    public async Task<ImportReport> RunAsync(IReadOnlyList<ImportSource> sources, ImportOptions options, CancellationToken cancellationToken = default)
    {
        using var writeLock = await AcquireWriteLockAsync(null, cancellationToken);
        var reference = await ReferenceAsync(null, cancellationToken);
        if (reference.Units.All(u => u.Kind != UnitKind.Lco))
        {
            throw new InvalidInputException("No organisation loaded: import organisation.csv first (or run 'localcare init --demo').");
        }

        var report = await new WarehouseImport(warehouse, clock).RunAsync(sources, reference, options);
        await DataGenerations.RenewAsync(db, cancellationToken);
        return report;
    }

    private Task<DataDirectoryLock> AcquireWriteLockAsync(IProgress<ImportProgress>? progress, CancellationToken cancellationToken) =>
        DataDirectoryLock.AcquireAsync(warehouse, "import", DataDirectoryLock.WriterWait,
            () => progress?.Report(new ImportProgress(DataDirectoryLock.FileName, "waiting for a backup or another run to finish")), cancellationToken);

    private static (List<ImportSource> Sources, List<string> Warnings) Sources(ImportPlan plan)
    {
        var sources = new List<ImportSource>();
        var warnings = new List<string>();
        var errors = new List<InputError>();
        foreach (var step in plan.Steps)
        {
            if (step.Kind == ImportStepKind.Extract)
            {
                sources.Add(new CsvSource(step.Spec!, step.Path));
            }
            else if (step.Kind == ImportStepKind.Fhir)
            {
                var read = FhirExtract.Read(step.Path);
                errors.AddRange(read.Errors);
                warnings.AddRange(read.Warnings);
                sources.AddRange(read.Tables.Select(t => new TextSource(Extracts.Of(t.Kind), t)));
            }
        }

        if (errors.Count > 0)
        {
            throw new InvalidInputException(errors);
        }

        return (sources, warnings);
    }

    /// <summary>The codes extracts are checked against: the organisation being imported in this run, else the stored one.</summary>
    private async Task<ReferenceData> ReferenceAsync(ValidatedOrganisation? organisation, CancellationToken cancellationToken)
    {
        var units = organisation?.Units ?? await db.OrganisationUnits.AsNoTracking().ToListAsync(cancellationToken);
        // metric_values.csv carries manual metrics only: a computed metric's values come from its query, so they are refused.
        var metrics = await db.Metrics.AsNoTracking().Where(m => m.IsManual).ToListAsync(cancellationToken);
        return new ReferenceData(units, metrics);
    }
}

/// <summary>What an import run stored: the organisation's changes (if organisation.csv was in it) and the warehouse report (if extracts were).</summary>
public sealed record ImportOutcome(OrganisationImportResult? Organisation, ImportReport? Warehouse, IReadOnlyList<string> Warnings)
{
    /// <summary>The commissioning files' outcome, when the run had any.</summary>
    public CommissioningImportResult? Commissioning { get; init; }

    /// <summary>What each CQC ratings file added to the rating history.</summary>
    public IReadOnlyList<CqcRatingsReport> CqcRatings { get; init; } = [];
}
