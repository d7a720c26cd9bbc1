using LocalCare.Core.Commissioning.Files;
using LocalCare.Core.Inputs;
using LocalCare.Data.Imports;

namespace LocalCare.Data.Commissioning;

/// <summary>Reads a commissioning file (RFC 4180, UTF-8 with or without BOM) into records with their physical line numbers.</summary>
public static class CommissioningCsv
{
    /// <summary>The file's rows; a file that is not CSV or lacks a required column throws <see cref="InvalidInputException"/>; unknown columns are warnings.</summary>
    public static CommissioningFileRows Read(string path, CommissioningFileSpec spec, List<string> warnings)
    {
        var file = Path.GetFileName(path);
        using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        var (read, records) = NumberedCsv.Read(reader, file);
        var header = read.Select(h => h.ToLowerInvariant()).ToList();
        var missing = spec.RequiredColumns.Where(c => !header.Contains(c)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidInputException([.. missing.Select(c => new InputError(file, 1, c, $"the required column is missing from the header (the file has: {string.Join(", ", header)})"))]);
        }

        var known = spec.Columns.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        warnings.AddRange(header.Where(h => !known.Contains(h)).Select(h => $"{file}:1: column '{h}' is not part of {spec.FileName} and was ignored"));

        var rows = records.Select(record =>
        {
            var byName = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < record.Fields.Length && i < header.Count; i++)
            {
                if (known.Contains(header[i]) && record.Fields[i].Length > 0)
                {
                    byName[header[i]] = record.Fields[i];
                }
            }

            return new ImportRecord(record.Line, byName);
        }).ToList();
        return new CommissioningFileRows(spec, file, rows);
    }
}
