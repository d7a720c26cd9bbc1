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
            try
            {
                while (csv.Read())
                {
                    string? Field(int ordinal) => ordinal < 0 || ordinal >= csv.RowFieldCount || csv.IsDBNull(ordinal) ? null : csv.GetString(ordinal);
                    if (Enumerable.Range(0, csv.RowFieldCount).All(i => string.IsNullOrWhiteSpace(csv.GetString(i))))
                    {
                        continue; // a blank line is not a row
                    }

                    rows.Add(new OrganisationRow(csv.RowNumber, Field(code), Field(name), Field(kind), Field(parent), Field(group)));
                }
            }
            catch (CsvFormatException e)
            {
                throw new InvalidInputException([new InputError(fileName, e.RowNumber, null, "is not valid CSV: " + e.Message)]);
            }

            return new OrganisationCsvContent(rows, warnings);
        }
    }
}

/// <summary>The rows of an organisation.csv and the warnings reading it raised.</summary>
public sealed record OrganisationCsvContent(IReadOnlyList<OrganisationRow> Rows, IReadOnlyList<string> Warnings);
