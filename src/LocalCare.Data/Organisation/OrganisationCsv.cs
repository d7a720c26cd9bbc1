using LocalCare.Core.Inputs;
using LocalCare.Core.Organisation;
using Sylvan.Data.Csv;

namespace LocalCare.Data.Organisation;

/// <summary>Reads organisation.csv (RFC 4180, UTF-8 with or without BOM) into rows with their line numbers.</summary>
public static class OrganisationCsv
{
    /// <summary>Reads the file's rows; throws <see cref="InvalidInputException"/> for a file that cannot be read as CSV or lacks a required column.</summary>
    public static OrganisationCsvContent Read(TextReader reader, string fileName)
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
            var header = Enumerable.Range(0, csv.FieldCount).Select(i => csv.GetName(i).Trim()).ToList();
            var headerErrors = OrganisationFile.CheckHeader(fileName, header);
            if (headerErrors.Count > 0)
            {
                throw new InvalidInputException(headerErrors);
            }

            var known = OrganisationFile.RequiredColumns.Concat(OrganisationFile.OptionalColumns).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var warnings = header.Where(h => !known.Contains(h))
                .Select(h => $"{fileName}:1: column '{h}' is not part of organisation.csv and was ignored")
                .ToList();

            int Ordinal(string name) => header.FindIndex(h => string.Equals(h, name, StringComparison.OrdinalIgnoreCase));
            var code = Ordinal("code");
            var name = Ordinal("name");
            var kind = Ordinal("kind");
            var parent = Ordinal("parent_code");
            var group = Ordinal("service_group");

            var rows = new List<OrganisationRow>();

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

                    string? Field(int ordinal) => ordinal >= 0 && ordinal < fields.Length && fields[ordinal].Length > 0 ? fields[ordinal] : null;
                    rows.Add(new OrganisationRow(rowLine, Field(code), Field(name), Field(kind), Field(parent), Field(group)));
                }
            }
            catch (CsvFormatException e)
            {
                throw new InvalidInputException([new InputError(fileName, line, null, "is not valid CSV: " + e.Message)]);
            }

            return new OrganisationCsvContent(rows, warnings);
        }
    }

    private static int CountLineBreaks(string text) => text.Count(c => c == '\n');
}

/// <summary>The rows of an organisation.csv and the warnings reading it raised.</summary>
public sealed record OrganisationCsvContent(IReadOnlyList<OrganisationRow> Rows, IReadOnlyList<string> Warnings);
