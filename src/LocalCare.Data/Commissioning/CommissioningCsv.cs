using LocalCare.Core.Commissioning.Files;
using LocalCare.Core.Inputs;
using Sylvan.Data.Csv;

namespace LocalCare.Data.Commissioning;

/// <summary>Reads a commissioning file (RFC 4180, UTF-8 with or without BOM) into records with their physical line numbers.</summary>
public static class CommissioningCsv
{
    /// <summary>The file's rows; a file that is not CSV or lacks a required column throws <see cref="InvalidInputException"/>; unknown columns are warnings.</summary>
    public static CommissioningFileRows Read(string path, CommissioningFileSpec spec, List<string> warnings)
    {
        var file = Path.GetFileName(path);
        using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        var options = new CsvDataReaderOptions { HasHeaders = true, HeaderComparer = StringComparer.OrdinalIgnoreCase, Delimiter = ',' };
        CsvDataReader csv;
        try
        {
            csv = CsvDataReader.Create(reader, options);
        }
        catch (CsvFormatException e)
        {
            throw new InvalidInputException([new InputError(file, e.RowNumber, null, "is not valid CSV: " + e.Message)]);
        }

        using (csv)
        {
            var header = Enumerable.Range(0, csv.FieldCount).Select(i => csv.GetName(i).Trim().ToLowerInvariant()).ToList();
            var missing = spec.RequiredColumns.Where(c => !header.Contains(c)).ToList();
            if (missing.Count > 0)
            {
                throw new InvalidInputException([.. missing.Select(c => new InputError(file, 1, c, $"the required column is missing from the header (the file has: {string.Join(", ", header)})"))]);
            }

            var known = spec.Columns.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
            warnings.AddRange(header.Where(h => !known.Contains(h)).Select(h => $"{file}:1: column '{h}' is not part of {spec.FileName} and was ignored"));

            var rows = new List<ImportRecord>();
            // Sylvan counts records, not lines; a quoted field may span lines, so the physical line is tracked here.
            var line = 2 + header.Sum(CountLineBreaks);
            try
            {
                while (csv.Read())
                {
                    var fields = Enumerable.Range(0, csv.RowFieldCount).Select(csv.GetString).ToArray();
                    var rowLine = line;
                    line += 1 + fields.Sum(CountLineBreaks);
                    if (fields.All(string.IsNullOrWhiteSpace))
                    {
                        continue; // a blank line is not a row
                    }

                    var byName = new Dictionary<string, string>(StringComparer.Ordinal);
                    for (var i = 0; i < fields.Length && i < header.Count; i++)
                    {
                        if (known.Contains(header[i]) && fields[i].Length > 0)
                        {
                            byName[header[i]] = fields[i];
                        }
                    }

                    rows.Add(new ImportRecord(rowLine, byName));
                }
            }
            catch (CsvFormatException e)
            {
                throw new InvalidInputException([new InputError(file, line, null, "is not valid CSV: " + e.Message)]);
            }

            return new CommissioningFileRows(spec, file, rows);
        }
    }

    private static int CountLineBreaks(string text) => text.Count(c => c == '\n');
}
