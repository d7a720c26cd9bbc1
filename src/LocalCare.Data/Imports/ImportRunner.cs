using LocalCare.Core.Inputs;
using LocalCare.Core.Organisation;
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
public sealed class ImportRunner(LocalCareDbContext db, OrganisationImport organisationImport, WarehouseDatabase warehouse, TimeProvider clock)
{
    public async Task<ImportOutcome> RunAsync(ImportPlan plan, ImportOptions options, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        if (plan.Errors.Count > 0)
        {
            throw new InvalidInputException(plan.Errors);
        }

        var organisation = plan.Organisation is { } orgStep ? OrganisationImport.Read(orgStep.Path) : null;
        var (sources, warnings) = Sources(plan);
        var reference = await ReferenceAsync(organisation, cancellationToken);
        if (reference.Units.All(u => u.Kind != UnitKind.Lco) && sources.Count > 0)
        {
            throw new InvalidInputException("No organisation loaded: import organisation.csv first (or run 'localcare init --demo').");
        }

        // The codes the warehouse uses are read before its writer opens; the organisation is applied inside its transaction.
        var used = organisation is null ? null : WarehouseReferences.UsedCodes(warehouse);
        if (sources.Count == 0)
        {
            var applied = organisation is null ? null : await organisationImport.ApplyAsync(organisation, used, cancellationToken);
            return new ImportOutcome(applied, null, warnings);
        }

        OrganisationImportResult? organisationResult = null;
        var report = await new WarehouseImport(warehouse, clock).RunAsync(sources, reference, options, progress, async () =>
        {
            if (organisation is not null)
            {
                organisationResult = await organisationImport.ApplyAsync(organisation, used, cancellationToken);
            }
        });
        return new ImportOutcome(organisationResult, report, warnings);
    }

    /// <summary>Imports rows already read (FHIR posted to the web API): the same reference data, checks, atomicity and history as files.</summary>
    public async Task<ImportReport> RunAsync(IReadOnlyList<ImportSource> sources, ImportOptions options, CancellationToken cancellationToken = default)
    {
        var reference = await ReferenceAsync(null, cancellationToken);
        if (reference.Units.All(u => u.Kind != UnitKind.Lco))
        {
            throw new InvalidInputException("No organisation loaded: import organisation.csv first (or run 'localcare init --demo').");
        }

        return await new WarehouseImport(warehouse, clock).RunAsync(sources, reference, options);
    }

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
public sealed record ImportOutcome(OrganisationImportResult? Organisation, ImportReport? Warehouse, IReadOnlyList<string> Warnings);
