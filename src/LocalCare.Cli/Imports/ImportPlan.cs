using LocalCare.Core.Inputs;

namespace LocalCare.Cli.Imports;

/// <summary>
/// What one <c>localcare import</c> will do, worked out before anything is stored: the files in import order,
/// the unknown files found in directories (skipped), or the problems that stop the run.
/// </summary>
public sealed record ImportPlan(IReadOnlyList<ImportStep> Steps, IReadOnlyList<string> Skipped, IReadOnlyList<InputError> Errors)
{
    /// <summary>Files are known by name; a directory contributes the known files directly inside it.</summary>
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
            var file = ImportFiles.Find(name);
            if (!File.Exists(path))
            {
                errors.Add(new InputError(shown, 0, null, file is null ? $"no such file or directory: {path}" : $"file not found: {path}"));
            }
            else if (file is null)
            {
                errors.Add(new InputError(shown, 0, null, $"not a LocalCare import file (expected one of: {ImportFiles.Names})"));
            }
            else
            {
                steps.Add(new ImportStep(file, path));
            }
        }

        var ordered = steps.Select((step, index) => (step, index))
            .OrderBy(s => ImportFiles.OrderOf(s.step.File))
            .ThenBy(s => s.index)
            .Select(s => s.step)
            .ToList();
        return new ImportPlan(ordered, skipped, errors);
    }

    private static void AddDirectory(string directory, List<ImportStep> steps, List<string> skipped, List<InputError> errors)
    {
        var found = 0;
        foreach (var path in Directory.EnumerateFiles(directory).Order(StringComparer.Ordinal))
        {
            var file = ImportFiles.Find(Path.GetFileName(path));
            if (file is not null)
            {
                steps.Add(new ImportStep(file, path));
                found++;
            }
            else if (string.Equals(Path.GetExtension(path), ".csv", StringComparison.OrdinalIgnoreCase))
            {
                skipped.Add(path);
            }
        }

        if (found == 0)
        {
            errors.Add(new InputError(directory, 0, null, $"no LocalCare import files in this directory (expected one of: {ImportFiles.Names})"));
        }
    }
}

/// <summary>One file to import and the importer that reads it.</summary>
public sealed record ImportStep(ImportFile File, string Path);
