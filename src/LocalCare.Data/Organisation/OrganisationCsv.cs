using LocalCare.Core.Inputs;
using LocalCare.Core.Organisation;
using LocalCare.Data.Imports;

namespace LocalCare.Data.Organisation;

/// <summary>Reads organisation.csv (RFC 4180, UTF-8 with or without BOM) into rows with their line numbers.</summary>
public static class OrganisationCsv
{
    /// <summary>Reads the file's rows; throws <see cref="InvalidInputException"/> for a file that cannot be read as CSV or lacks a required column.</summary>
    public static OrganisationCsvContent Read(TextReader reader, string fileName)
    {
        var (header, records) = NumberedCsv.Read(reader, fileName);
        var headerErrors = OrganisationFile.CheckHeader(fileName, header);
        if (headerErrors.Count > 0)
        {
            throw new InvalidInputException(headerErrors);
        }

        var known = OrganisationFile.RequiredColumns.Concat(OrganisationFile.OptionalColumns).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var warnings = header.Where(h => !known.Contains(h))
            .Select(h => $"{fileName}:1: column '{h}' is not part of organisation.csv and was ignored")
            .ToList();

        var columns = header.ToList();
        int Ordinal(string name) => columns.FindIndex(h => string.Equals(h, name, StringComparison.OrdinalIgnoreCase));
        var code = Ordinal("code");
        var name = Ordinal("name");
        var kind = Ordinal("kind");
        var parent = Ordinal("parent_code");
        var group = Ordinal("service_group");

        var rows = records.Select(record =>
        {
            string? Field(int ordinal) => ordinal >= 0 && ordinal < record.Fields.Length && record.Fields[ordinal].Length > 0 ? record.Fields[ordinal] : null;
            return new OrganisationRow(record.Line, Field(code), Field(name), Field(kind), Field(parent), Field(group));
        }).ToList();
        return new OrganisationCsvContent(rows, warnings);
    }
}

/// <summary>The rows of an organisation.csv and the warnings reading it raised.</summary>
public sealed record OrganisationCsvContent(IReadOnlyList<OrganisationRow> Rows, IReadOnlyList<string> Warnings);
