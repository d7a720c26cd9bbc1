using LocalCare.Core.Commissioning.Files;
using LocalCare.Core.Inputs;
using LocalCare.Core.Organisation;
using LocalCare.Data.Commissioning.Cqc;
using LocalCare.Warehouse.Fhir;
using LocalCare.Warehouse.Imports;

namespace LocalCare.Data.Imports;

/// <summary>
/// What one import will do, worked out before anything is stored: the files in import order (organisation.csv, then the
/// extracts in contract order, then FHIR files), files in directories that are not LocalCare's (skipped), or the problems that stop the run.
/// </summary>
public sealed record ImportPlan(IReadOnlyList<ImportStep> Steps, IReadOnlyList<string> Skipped, IReadOnlyList<InputError> Errors)
{
    /// <summary>The file names LocalCare imports, for messages.</summary>
    public static string KnownNames { get; } =
        string.Join(", ", Extracts.All.Select(e => e.FileName).Prepend(OrganisationFile.DefaultName).Concat(CommissioningFiles.All.Select(f => f.FileName)))
        + ", CQC's Latest ratings Locations sheet (.ods, or saved as .csv), or FHIR .json/.ndjson";

    public ImportStep? Organisation => Steps.FirstOrDefault(s => s.Kind == ImportStepKind.Organisation);

    /// <summary>Files are known by name (FHIR by content); a directory contributes the known files directly inside it.</summary>
    public static ImportPlan For(IEnumerable<string> paths)
    {
        var steps = new List<ImportStep>();
        var skipped = new List<string>();
        var errors = new List<InputError>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                AddDirectory(path, steps, skipped, errors);
                continue;
            }

            var name = Path.GetFileName(path);
            var shown = name.Length > 0 ? name : path;
            if (!File.Exists(path))
            {
                errors.Add(new InputError(shown, 0, null, $"file not found: {path}"));
            }
            else if (StepFor(path) is { } step)
            {
                steps.Add(step);
            }
            else
            {
                errors.Add(new InputError(shown, 0, null, $"not a LocalCare import file (expected one of: {KnownNames})"));
            }
        }

        if (steps.Count(s => s.Kind == ImportStepKind.Organisation) > 1)
        {
            errors.Add(new InputError(OrganisationFile.DefaultName, 0, null, "more than one organisation.csv was given; import one at a time"));
        }

        var ordered = steps.Select((step, index) => (step, index)).OrderBy(s => s.step.Order).ThenBy(s => s.index).Select(s => s.step).ToList();
        return new ImportPlan(ordered, skipped, errors);
    }

    private static ImportStep? StepFor(string path)
    {
        var name = Path.GetFileName(path);
        if (string.Equals(name, OrganisationFile.DefaultName, StringComparison.OrdinalIgnoreCase))
        {
            return new ImportStep(path, ImportStepKind.Organisation, null);
        }

        if (Extracts.ForFileName(name) is { } spec)
        {
            return new ImportStep(path, ImportStepKind.Extract, spec);
        }

        if (CommissioningFiles.ForFileName(name) is { } commissioning)
        {
            return new ImportStep(path, ImportStepKind.Commissioning, null) { Commissioning = commissioning };
        }

        if (Path.GetExtension(path).ToUpperInvariant() is ".CSV" or ".ODS" && CqcRatingsFile.LooksLikeCqcRatings(path))
        {
            return new ImportStep(path, ImportStepKind.CqcRatings, null);
        }

        return FhirExtract.LooksLikeFhir(path) ? new ImportStep(path, ImportStepKind.Fhir, null) : null;
    }

    private static void AddDirectory(string directory, List<ImportStep> steps, List<string> skipped, List<InputError> errors)
    {
        var found = 0;
        foreach (var path in Directory.EnumerateFiles(directory).Order(StringComparer.Ordinal))
        {
            if (StepFor(path) is { } step)
            {
                steps.Add(step);
                found++;
            }
            else if (Path.GetExtension(path).ToUpperInvariant() is ".CSV" or ".JSON" or ".NDJSON")
            {
                skipped.Add(path);
            }
        }

        if (found == 0)
        {
            errors.Add(new InputError(directory, 0, null, $"no LocalCare import files in this directory (expected one of: {KnownNames})"));
        }
    }
}

/// <summary>What kind of file a step imports.</summary>
public enum ImportStepKind
{
    Organisation,
    Extract,
    Fhir,

    /// <summary>A commissioning file (providers.csv, contracts.csv, …), stored in the app database.</summary>
    Commissioning,

    /// <summary>CQC's Latest ratings workbook or its Locations sheet as CSV, known by its header whatever its name.</summary>
    CqcRatings,
}

/// <summary>One file to import.</summary>
public sealed record ImportStep(string Path, ImportStepKind Kind, ExtractSpec? Spec)
{
    public string File => System.IO.Path.GetFileName(Path);

    /// <summary>The commissioning file's spec, for a <see cref="ImportStepKind.Commissioning"/> step.</summary>
    public CommissioningFileSpec? Commissioning { get; init; }

    /// <summary>Import order: organisation first (the others are checked against it), extracts in contract order, commissioning files in theirs, FHIR last.</summary>
    public int Order => Kind switch
    {
        ImportStepKind.Organisation => 0,
        ImportStepKind.Extract => 1 + Extracts.All.ToList().IndexOf(Spec!),
        ImportStepKind.Commissioning => 50 + CommissioningFiles.All.ToList().IndexOf(Commissioning!),
        ImportStepKind.CqcRatings => 70,
        _ => 100,
    };
}
