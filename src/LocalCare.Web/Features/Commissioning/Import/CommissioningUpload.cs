using System.Globalization;
using LocalCare.Core.Commissioning.Files;
using LocalCare.Core.Inputs;
using LocalCare.Data.Backup;
using LocalCare.Data.Commissioning;
using LocalCare.Data.Imports;
using LocalCare.Warehouse.Imports;

namespace LocalCare.Web.Features.Commissioning.Import;

/// <summary>One file's line in the summary: rows read, added, changed, unchanged and rejected (for CQC: kept, skipped, already held).</summary>
public sealed record UploadedFileSummary(string File, long RowsRead, int Added, int Changed, int Unchanged, long RowsRejected, string? Note = null);

/// <summary>What an upload did: stored or not, per file, every problem found (file:line: column: reason) and the warnings.</summary>
public sealed record UploadOutcome(bool Stored, IReadOnlyList<UploadedFileSummary> Files, IReadOnlyList<InputError> Problems, IReadOnlyList<string> Warnings)
{
    public long RowsRejected => Files.Sum(f => f.RowsRejected);
}

/// <summary>
/// Imports commissioning files uploaded from the import page as one run of <see cref="ImportRunner"/>, with the rules of
/// <c>localcare import</c>: every file checked before anything is stored, any rejected row storing nothing unless rejects are
/// allowed, problems named by file, line, column and reason. Only the commissioning files (providers.csv … vfp_delivery.csv)
/// and CQC's Latest ratings sheet (.csv or .ods) are taken here; organisation.csv and the extracts belong to the data page.
/// </summary>
public sealed class CommissioningUpload(ImportRunner runner)
{
    /// <summary>The largest upload read: 100 MiB (the CQC workbook is far larger unpacked, but not as uploaded).</summary>
    public const long MaxUploadBytes = 100L * 1024 * 1024;

    /// <summary>The form's file field, for problems about the files chosen.</summary>
    public const string FilesField = "files";

    public static string KnownNames { get; } = string.Join(", ", CommissioningFiles.All.Select(f => f.FileName)) + " or CQC's Latest ratings Locations sheet (.csv or .ods)";

    /// <summary>Problems with the choice of files itself (none chosen, twice the same, not a commissioning file); empty when they may be imported.</summary>
    public static IReadOnlyList<FieldProblem> ChoiceProblems(IReadOnlyList<IFormFile> files)
    {
        if (files.Count == 0 || files.All(f => f.Length == 0 && string.IsNullOrEmpty(f.FileName)))
        {
            return [new(FilesField, "Select one or more commissioning files to import")];
        }

        var problems = new List<FieldProblem>();
        foreach (var twice in files.GroupBy(f => Path.GetFileName(f.FileName), StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            problems.Add(new(FilesField, $"{twice.Key} was selected more than once: select each file once"));
        }

        return problems;
    }

    /// <summary>Saves the files to a directory of their own, plans and runs the import, and removes the directory.</summary>
    public async Task<UploadOutcome> ImportAsync(IReadOnlyList<IFormFile> files, bool allowRejects, string user, CancellationToken cancellationToken)
    {
        var directory = Directory.CreateTempSubdirectory("localcare-upload-").FullName;
        try
        {
            var paths = new List<string>();
            foreach (var file in files)
            {
                var path = Path.Combine(directory, Path.GetFileName(file.FileName));
                await using (var stream = File.Create(path))
                {
                    await file.CopyToAsync(stream, cancellationToken);
                }

                paths.Add(path);
            }

            var plan = ImportPlan.For(paths);
            var notCommissioning = plan.Steps.Where(s => s.Kind is not (ImportStepKind.Commissioning or ImportStepKind.CqcRatings))
                .Select(s => new InputError(s.File, 0, null, $"is not a commissioning file: import it from the data page or with 'localcare import' (here: {KnownNames})"));
            var unknown = plan.Errors.Select(e => e with { Reason = $"is not a commissioning file (expected {KnownNames})" });
            if (notCommissioning.Concat(unknown).ToList() is { Count: > 0 } refused)
            {
                return Refused(refused);
            }

            return Stored(await runner.RunAsync(plan, new ImportOptions(user, allowRejects), cancellationToken: cancellationToken));
        }
        catch (CommissioningRejectedException rejected)
        {
            return new UploadOutcome(false, [.. rejected.Result.Files.Select(Summary)], rejected.Result.Rejects, rejected.Result.Warnings);
        }
        catch (CqcRatingsRejectedException rejected)
        {
            return new UploadOutcome(false, [.. rejected.Reports.Select(Summary)], [.. rejected.Reports.SelectMany(r => r.Rejects)], []);
        }
        catch (InvalidInputException invalid)
        {
            return Refused(invalid.Errors.Count > 0 ? invalid.Errors : [new InputError("", 0, null, invalid.Message)]);
        }
        catch (DataDirectoryBusyException busy)
        {
            return Refused([new InputError("", 0, null, busy.Message)]);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static UploadOutcome Refused(IReadOnlyList<InputError> problems) => new(false, [], problems, []);

    private static UploadOutcome Stored(ImportOutcome outcome)
    {
        var files = new List<UploadedFileSummary>();
        var problems = new List<InputError>();
        if (outcome.Commissioning is { } commissioning)
        {
            files.AddRange(commissioning.Files.Select(Summary));
            problems.AddRange(commissioning.Rejects);
        }

        files.AddRange(outcome.CqcRatings.Select(Summary));
        problems.AddRange(outcome.CqcRatings.SelectMany(r => r.Rejects));
        return new UploadOutcome(true, files, problems, [.. outcome.Warnings, .. outcome.Commissioning?.Warnings ?? []]);
    }

    private static UploadedFileSummary Summary(CommissioningFileReport f) => new(f.File, f.RowsRead, f.Added, f.Changed, f.Unchanged, f.RowsRejected);

    private static UploadedFileSummary Summary(CqcRatingsReport r) =>
        new(r.File, r.RowsRead, r.Added, 0, r.AlreadyHeld, r.RowsRejected,
            string.Create(CultureInfo.InvariantCulture, $"CQC ratings: {r.RowsKept:#,0} rows of register locations, {r.RowsSkipped:#,0} rows of other locations skipped"));
}
