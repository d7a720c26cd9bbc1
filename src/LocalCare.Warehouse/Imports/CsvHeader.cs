using LocalCare.Core.Inputs;
using Sylvan.Data.Csv;

namespace LocalCare.Warehouse.Imports;

/// <summary>A CSV file's header matched to its extract: column names case-insensitively, in any order; extra columns ignored with a warning.</summary>
public sealed record CsvHeader(IReadOnlyList<string> Names, IReadOnlyDictionary<string, int> Ordinals, IReadOnlyList<string> Warnings)
{
    /// <summary>Reads the first line; a missing required column or a repeated name is an error for the whole file.</summary>
    public static CsvHeader Read(string path, ExtractSpec spec, List<InputError> errors)
    {
        var file = Path.GetFileName(path);
        if (new FileInfo(path).Length == 0)
        {
            errors.Add(new InputError(file, 1, null, "the file is empty; it needs a header row"));
            return new CsvHeader([], new Dictionary<string, int>(), []);
        }

        List<string> names;
        try
        {
            using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
            using var csv = CsvDataReader.Create(reader, new CsvDataReaderOptions { HasHeaders = true, Delimiter = ',' });
            names = Enumerable.Range(0, csv.FieldCount).Select(i => csv.GetName(i).Trim()).ToList();
        }
        catch (CsvFormatException e)
        {
            errors.Add(new InputError(file, 1, null, "is not valid CSV: " + e.Message));
            return new CsvHeader([], new Dictionary<string, int>(), []);
        }

        if (names.Count == 0 || names.All(n => n.Length == 0))
        {
            errors.Add(new InputError(file, 1, null, "the file is empty; it needs a header row"));
            return new CsvHeader([], new Dictionary<string, int>(), []);
        }

        var ordinals = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var warnings = new List<string>();
        for (var i = 0; i < names.Count; i++)
        {
            if (!ordinals.TryAdd(names[i], i))
            {
                errors.Add(new InputError(file, 1, names[i], "the column appears more than once"));
            }
            else if (!spec.Columns.Any(c => string.Equals(c.Name, names[i], StringComparison.OrdinalIgnoreCase)))
            {
                warnings.Add($"{file}:1: column '{names[i]}' is not part of {spec.FileName} and was ignored");
            }
        }

        errors.AddRange(spec.Required.Where(c => !ordinals.ContainsKey(c.Name)).Select(c => new InputError(file, 1, c.Name, "required column is missing")));
        return new CsvHeader(names, ordinals, warnings);
    }
}
