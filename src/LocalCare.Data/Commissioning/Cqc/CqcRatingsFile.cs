using System.Globalization;
using LocalCare.Core.Commissioning;
using LocalCare.Core.Inputs;

namespace LocalCare.Data.Commissioning.Cqc;

/// <summary>
/// Reads CQC's "Latest ratings" Locations sheet, from the <c>.ods</c> workbook or the sheet saved as CSV, streaming row by row
/// (the real workbook is over 1 GB of XML). The file's kind is told by its content (a zip is an .ods), not its name.
/// </summary>
public static class CqcRatingsFile
{
    /// <summary>The workbook sheet that is read.</summary>
    public const string SheetName = "Locations";

    /// <summary>A CSV header is sniffed from at most this many characters.</summary>
    private const int SniffChars = 1 << 16;

    private static readonly string[] DateFormats = ["dd/MM/yyyy", "d/M/yyyy"];

    /// <summary>
    /// Whether the file is a CQC ratings file: a CSV whose header has a <c>Location ID</c> and a <c>Domain</c> or
    /// <c>Key Question</c> column, or a zip whose <c>content.xml</c> has a sheet named <c>Locations</c>. Reads only that far.
    /// </summary>
    public static bool LooksLikeCqcRatings(string path)
    {
        try
        {
            if (OdsSheetReader.IsZip(path))
            {
                using var ods = OdsSheetReader.Open(path, SheetName);
                return ods is not null;
            }

            using var csv = CsvSheetReader.Open(path, SniffChars);
            var header = new SheetRow();
            return csv.ReadRow(header) && CqcColumns.IsRatingsHeader(header);
        }
        catch (Exception e) when (e is SheetFormatException or IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>
    /// The rows whose <c>Location ID</c> passes <paramref name="keepLocation"/>, streamed in file order; the others are counted
    /// in <paramref name="stats"/> as skipped. A missing required column throws <see cref="InvalidInputException"/> before any
    /// row. A kept row with an empty location id, a domain that is not one of the six or a publication date that is not
    /// <c>DD/MM/YYYY</c> is an error: every error is thrown together at the end, and no row is returned after the first, so a
    /// caller stores what it was given only once the enumeration has finished. With <paramref name="allowRejects"/> a bad row is
    /// left out instead, every problem kept in <see cref="CqcReadStats.Rejects"/>, and every good row is returned. Only the
    /// register's rows are checked, so the problems held are bounded by the register, not by the file.
    /// </summary>
    public static IEnumerable<CqcLocationRow> Read(string path, Func<string, bool> keepLocation, CqcReadStats stats, bool allowRejects = false)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(keepLocation);
        ArgumentNullException.ThrowIfNull(stats);
        return ReadRows(path, keepLocation, stats, allowRejects);
    }

    private static IEnumerable<CqcLocationRow> ReadRows(string path, Func<string, bool> keepLocation, CqcReadStats stats, bool allowRejects)
    {
        var file = Path.GetFileName(path);
        var errors = new List<InputError>();
        using var sheet = OpenSheet(path, file);
        var row = new SheetRow();
        if (!Next(sheet, row, file, errors))
        {
            throw new InvalidInputException([new InputError(file, 1, null, "the file is empty; it needs a header row")]);
        }

        var columns = CqcColumns.Resolve(row, file);
        sheet.Want(columns.Wanted);
        while (Next(sheet, row, file, errors))
        {
            stats.RowsRead++;
            var locationId = row.Text(columns.LocationId).Trim();
            if (!keepLocation(locationId))
            {
                stats.RowsSkipped++;
                continue;
            }

            var location = ToLocation(row, columns, file, errors);
            if (location is null)
            {
                stats.RowsRejected++;
            }
            else
            {
                stats.RowsKept++;
                if (stats.RowsRejected == 0 || allowRejects)
                {
                    yield return location;
                }
            }
        }

        if (stats.RowsRejected > 0 && !allowRejects)
        {
            throw new InvalidInputException(errors);
        }

        stats.Rejects = errors;
    }

    private static ISheetReader OpenSheet(string path, string file)
    {
        try
        {
            if (!OdsSheetReader.IsZip(path))
            {
                return CsvSheetReader.Open(path);
            }

            return OdsSheetReader.Open(path, SheetName)
                   ?? throw new InvalidInputException([new InputError(file, 0, null, $"has no sheet named '{SheetName}'")]);
        }
        catch (SheetFormatException e)
        {
            throw new InvalidInputException([new InputError(file, e.Line, null, e.Message)]);
        }
    }

    /// <summary>The next row; a file that breaks off or is not CSV/ODS ends the read with the errors found so far and that one.</summary>
    private static bool Next(ISheetReader sheet, SheetRow row, string file, List<InputError> errors)
    {
        try
        {
            return sheet.ReadRow(row);
        }
        catch (SheetFormatException e)
        {
            var reason = sheet is CsvSheetReader ? "is not valid CSV: " + e.Message : e.Message;
            throw new InvalidInputException([.. errors, new InputError(file, e.Line, null, reason)]);
        }
    }

    /// <summary>The row as a location rating, or null (with its problems added to <paramref name="errors"/>) when it is not valid.</summary>
    private static CqcLocationRow? ToLocation(SheetRow row, CqcColumns columns, string file, List<InputError> errors)
    {
        var valid = true;
        var locationId = row.Text(columns.LocationId).Trim();
        if (locationId.Length == 0)
        {
            valid = false;
            errors.Add(new InputError(file, row.Line, CqcColumns.LocationIdName, "is empty; every row needs a location id"));
        }

        var domainText = row.Text(columns.Domain).Trim();
        if (!CqcDomains.TryParse(domainText, out _))
        {
            valid = false;
            var reason = domainText.Length == 0 ? "is empty; a CQC domain is required" : $"'{domainText}' is not a CQC domain";
            errors.Add(new InputError(file, row.Line, columns.DomainHeader, $"{reason} ({string.Join(", ", CqcDomains.All.Select(d => d.ToText()))})"));
        }

        var dateText = row.Text(columns.PublicationDate).Trim();
        if (!TryDate(dateText, row.DateValue(columns.PublicationDate), out var published))
        {
            valid = false;
            var reason = dateText.Length == 0 ? "is empty; a date DD/MM/YYYY is required" : $"'{dateText}' is not a date DD/MM/YYYY";
            errors.Add(new InputError(file, row.Line, CqcColumns.PublicationDateName, reason));
        }

        return valid
            ? new CqcLocationRow(
                row.Line,
                locationId,
                row.Text(columns.LocationName).Trim(),
                row.Text(columns.ServiceGroup).Trim(),
                domainText,
                row.Text(columns.LatestRating).Trim(),
                published,
                row.Text(columns.ProviderId).Trim(),
                row.Text(columns.ProviderName).Trim())
            : null;
    }

    /// <summary>An ODS date cell's <c>office:date-value</c> (<c>YYYY-MM-DD</c>, maybe with a time) when it has one, else the text as <c>DD/MM/YYYY</c>.</summary>
    private static bool TryDate(string text, string? dateValue, out DateOnly date)
    {
        if (dateValue is not null)
        {
            var day = dateValue.AsSpan().Trim();
            var time = day.IndexOf('T');
            if (DateOnly.TryParseExact(time >= 0 ? day[..time] : day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
            {
                return true;
            }
        }

        return DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }
}
