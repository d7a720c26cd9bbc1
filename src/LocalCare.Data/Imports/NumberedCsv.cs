using LocalCare.Core.Inputs;
using Sylvan.Data.Csv;

namespace LocalCare.Data.Imports;

/// <summary>
/// Reads a CSV file (RFC 4180, UTF-8 with or without BOM) of the app database's imports: its header, trimmed of spaces (and
/// the first name of a BOM), and each non-blank record's fields with the physical line it starts on (the header is line 1).
/// A file that is not CSV throws <see cref="InvalidInputException"/> naming the line.
/// </summary>
public static class NumberedCsv
{
    public static NumberedCsvContent Read(TextReader reader, string fileName)
    {
        var options = new CsvDataReaderOptions { HasHeaders = true, HeaderComparer = StringComparer.OrdinalIgnoreCase, Delimiter = ',' };
        CsvDataReader csv;
        try
        {
            csv = CsvDataReader.Create(reader, options);
        }
        catch (CsvFormatException e)
        {
            throw new InvalidInputException([new InputError(fileName, e.RowNumber, null, "is not valid CSV: " + e.Message)]);
        }

        using (csv)
        {
            // A BOM the reader did not take (a stream read without BOM detection, or one saved twice) would hide the first column.
            var header = Enumerable.Range(0, csv.FieldCount).Select(i => (i == 0 ? csv.GetName(i).TrimStart('\uFEFF') : csv.GetName(i)).Trim()).ToList();
            var records = new List<NumberedCsvRecord>();

            // Sylvan counts records, not lines; a quoted field may span lines, so the physical line is tracked here.
            var line = 2 + header.Sum(CountLineBreaks);
            try
            {
                while (csv.Read())
                {
                    var fields = Enumerable.Range(0, csv.RowFieldCount).Select(csv.GetString).ToArray();
                    var recordLine = line;
                    line += 1 + fields.Sum(CountLineBreaks);
                    if (!fields.All(string.IsNullOrWhiteSpace))
                    {
                        records.Add(new NumberedCsvRecord(recordLine, fields)); // a blank line is not a record
                    }
                }
            }
            catch (CsvFormatException e)
            {
                throw new InvalidInputException([new InputError(fileName, line, null, "is not valid CSV: " + e.Message)]);
            }

            return new NumberedCsvContent(header, records);
        }
    }

    private static int CountLineBreaks(string text) => text.Count(c => c == '\n');
}

/// <summary>A CSV file's trimmed header and its non-blank records.</summary>
public sealed record NumberedCsvContent(IReadOnlyList<string> Header, IReadOnlyList<NumberedCsvRecord> Records);

/// <summary>One record's fields and the physical line it starts on.</summary>
public sealed record NumberedCsvRecord(int Line, string[] Fields);
