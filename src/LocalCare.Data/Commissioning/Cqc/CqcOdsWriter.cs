using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using LocalCare.Core.Commissioning;

namespace LocalCare.Data.Commissioning.Cqc;

/// <summary>
/// Writes a CQC-shaped "Latest ratings" workbook (.ods) from rows, streaming: a first sheet of notes, then the Locations sheet
/// in CQC's column layout (publication dates as date cells, the columns LocalCare ignores filled with plausible text) ended the
/// way LibreOffice ends a sheet, with empty rows and columns repeated out to the sheet's edge. For tests and benchmarks.
/// </summary>
public static class CqcOdsWriter
{
    /// <summary>The header of CQC's Locations sheet, in its order (<see cref="CqcLocationsLayout.Header"/>).</summary>
    public static IReadOnlyList<string> LocationsHeader => CqcLocationsLayout.Header;

    private const string OfficeNs = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private const string TableNs = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private const string TextNs = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private const string StyleNs = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
    private const string NumberNs = "urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0";
    private const string FoNs = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0";
    private const string CalcExtNs = "urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0";
    private const string ManifestNs = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0";
    private const string MimeType = "application/vnd.oasis.opendocument.spreadsheet";
    private const int SheetColumns = 16384;
    private const int SheetRows = 1048576;

    private static readonly (string City, string PostCode, string Region, string NhsRegion, string CcgCode)[] Areas =
    [
        ("Leeds", "LS1", "Yorkshire and The Humber", "North East and Yorkshire", "15F"),
        ("Bristol", "BS1", "South West", "South West", "15C"),
        ("Manchester", "M1", "North West", "North West", "14L"),
        ("Norwich", "NR1", "East of England", "East of England", "26A"),
        ("Camden", "NW1", "London", "London", "93C"),
    ];

    /// <summary>Writes the workbook to <paramref name="path"/> (replacing it); the rows' <see cref="CqcLocationRow.Line"/> is not used (rows follow the header).</summary>
    public static void Write(string path, IEnumerable<CqcLocationRow> rows) => Write(path, rows, CompressionLevel.Fastest);

    public static void Write(string path, IEnumerable<CqcLocationRow> rows, CompressionLevel compression)
    {
        using var file = new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16);
        Write(file, rows, compression);
    }

    /// <summary>Writes the workbook to a stream, left open.</summary>
    public static void Write(Stream output, IEnumerable<CqcLocationRow> rows, CompressionLevel compression)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(rows);
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);

        // ODF: "mimetype" comes first, stored, so that the file's kind can be read at a fixed offset.
        using (var mime = zip.CreateEntry("mimetype", CompressionLevel.NoCompression).Open())
        {
            mime.Write(Encoding.ASCII.GetBytes(MimeType));
        }

        using (var manifest = XmlWriter.Create(zip.CreateEntry("META-INF/manifest.xml", compression).Open(), Settings()))
        {
            manifest.WriteStartElement("manifest", "manifest", ManifestNs);
            manifest.WriteAttributeString("manifest", "version", ManifestNs, "1.3");
            ManifestEntry(manifest, "/", MimeType);
            ManifestEntry(manifest, "content.xml", "text/xml");
            manifest.WriteEndElement();
        }

        using var content = XmlWriter.Create(zip.CreateEntry("content.xml", compression).Open(), Settings());
        WriteContent(content, rows);
    }

    private static XmlWriterSettings Settings() => new() { Encoding = new UTF8Encoding(false), CloseOutput = true, Indent = false };

    private static void ManifestEntry(XmlWriter xml, string path, string mediaType)
    {
        xml.WriteStartElement("manifest", "file-entry", ManifestNs);
        xml.WriteAttributeString("manifest", "full-path", ManifestNs, path);
        xml.WriteAttributeString("manifest", "media-type", ManifestNs, mediaType);
        xml.WriteEndElement();
    }

    private static void WriteContent(XmlWriter xml, IEnumerable<CqcLocationRow> rows)
    {
        xml.WriteStartDocument();
        xml.WriteStartElement("office", "document-content", OfficeNs);
        xml.WriteAttributeString("xmlns", "table", null, TableNs);
        xml.WriteAttributeString("xmlns", "text", null, TextNs);
        xml.WriteAttributeString("xmlns", "style", null, StyleNs);
        xml.WriteAttributeString("xmlns", "number", null, NumberNs);
        xml.WriteAttributeString("xmlns", "fo", null, FoNs);
        xml.WriteAttributeString("xmlns", "calcext", null, CalcExtNs);
        xml.WriteAttributeString("office", "version", OfficeNs, "1.3");
        WriteStyles(xml);
        xml.WriteStartElement("office", "body", OfficeNs);
        xml.WriteStartElement("office", "spreadsheet", OfficeNs);
        WriteNotes(xml);
        WriteLocations(xml, rows);
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void WriteStyles(XmlWriter xml)
    {
        xml.WriteStartElement("office", "automatic-styles", OfficeNs);
        xml.WriteStartElement("number", "date-style", NumberNs);
        xml.WriteAttributeString("style", "name", StyleNs, "N37");
        foreach (var (part, separator) in new[] { ("day", "/"), ("month", "/"), ("year", null) })
        {
            xml.WriteStartElement("number", part, NumberNs);
            xml.WriteAttributeString("number", "style", NumberNs, "long");
            xml.WriteEndElement();
            if (separator is not null)
            {
                xml.WriteElementString("number", "text", NumberNs, separator);
            }
        }

        xml.WriteEndElement();
        xml.WriteStartElement("style", "style", StyleNs);
        xml.WriteAttributeString("style", "name", StyleNs, "ce1");
        xml.WriteAttributeString("style", "family", StyleNs, "table-cell");
        xml.WriteAttributeString("style", "data-style-name", StyleNs, "N37");
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void WriteNotes(XmlWriter xml)
    {
        xml.WriteStartElement("table", "table", TableNs);
        xml.WriteAttributeString("table", "name", TableNs, "Notes");
        StringRow(xml, ["Care Quality Commission: latest ratings"]);
        StringRow(xml, ["The Locations sheet lists each location's latest rating for each service/population group and key question."]);
        EmptyRows(xml, 2);
        xml.WriteEndElement();
    }

    private static void WriteLocations(XmlWriter xml, IEnumerable<CqcLocationRow> rows)
    {
        xml.WriteStartElement("table", "table", TableNs);
        xml.WriteAttributeString("table", "name", TableNs, CqcRatingsFile.SheetName);
        xml.WriteStartElement("table", "table-column", TableNs);
        xml.WriteAttributeString("table", "number-columns-repeated", TableNs, LocationsHeader.Count.ToString(CultureInfo.InvariantCulture));
        xml.WriteEndElement();
        xml.WriteStartElement("table", "table-column", TableNs);
        xml.WriteAttributeString("table", "number-columns-repeated", TableNs, (SheetColumns - LocationsHeader.Count).ToString(CultureInfo.InvariantCulture));
        xml.WriteEndElement();

        xml.WriteStartElement("table", "table-header-rows", TableNs);
        StringRow(xml, LocationsHeader, trailingCells: SheetColumns - LocationsHeader.Count);
        xml.WriteEndElement();

        var written = 1;
        foreach (var row in rows)
        {
            LocationRow(xml, row);
            written++;
        }

        EmptyRows(xml, written < SheetRows ? SheetRows - written : 1);
        xml.WriteEndElement();
    }

    private static void LocationRow(XmlWriter xml, CqcLocationRow row)
    {
        var number = (uint)row.LocationId.GetHashCode(StringComparison.Ordinal) % 9000 + 1000;
        var area = Areas[(int)(number % Areas.Length)];
        var careHome = number % 3 == 0;
        xml.WriteStartElement("table", "table-row", TableNs);
        StringCell(xml, row.LocationId);
        StringCell(xml, "V" + number.ToString(CultureInfo.InvariantCulture));
        StringCell(xml, row.LocationName);
        StringCell(xml, careHome ? "Y" : "N");
        StringCell(xml, "Social Care Org");
        StringCell(xml, careHome ? "Residential social care" : "Community based adult social care services");
        StringCell(xml, number.ToString(CultureInfo.InvariantCulture) + " High Street");
        EmptyCell(xml);
        StringCell(xml, area.City);
        StringCell(xml, area.PostCode + " " + (number % 9).ToString(CultureInfo.InvariantCulture) + "AB");
        StringCell(xml, area.City);
        StringCell(xml, area.Region);
        StringCell(xml, area.NhsRegion);
        StringCell(xml, area.CcgCode);
        StringCell(xml, "NHS " + area.City + " ICB");
        StringCell(xml, area.CcgCode);
        StringCell(xml, "NHS " + area.City + " ICB");
        StringCell(xml, row.ServiceGroup);
        StringCell(xml, row.Domain);
        StringCell(xml, row.LatestRating);
        DateCell(xml, row.PublicationDate);
        StringCell(xml, "Location");
        StringCell(xml, "N");
        StringCell(xml, "https://www.cqc.org.uk/location/" + row.LocationId);
        StringCell(xml, row.ProviderId);
        StringCell(xml, row.ProviderName);
        EmptyCell(xml, 2); // Brand ID and Brand Name: most providers are in no brand
        xml.WriteEndElement();
    }

    private static void StringRow(XmlWriter xml, IEnumerable<string> texts, int trailingCells = 0)
    {
        xml.WriteStartElement("table", "table-row", TableNs);
        foreach (var text in texts)
        {
            StringCell(xml, text);
        }

        if (trailingCells > 0)
        {
            EmptyCell(xml, trailingCells);
        }

        xml.WriteEndElement();
    }

    private static void EmptyRows(XmlWriter xml, int count)
    {
        xml.WriteStartElement("table", "table-row", TableNs);
        xml.WriteAttributeString("table", "number-rows-repeated", TableNs, count.ToString(CultureInfo.InvariantCulture));
        EmptyCell(xml, SheetColumns);
        xml.WriteEndElement();
    }

    private static void StringCell(XmlWriter xml, string text)
    {
        if (text.Length == 0)
        {
            EmptyCell(xml);
            return;
        }

        xml.WriteStartElement("table", "table-cell", TableNs);
        xml.WriteAttributeString("office", "value-type", OfficeNs, "string");
        xml.WriteAttributeString("calcext", "value-type", CalcExtNs, "string");
        var paragraphs = text.Split('\n');
        foreach (var paragraph in paragraphs)
        {
            xml.WriteElementString("text", "p", TextNs, paragraph);
        }

        xml.WriteEndElement();
    }

    private static void DateCell(XmlWriter xml, DateOnly date)
    {
        xml.WriteStartElement("table", "table-cell", TableNs);
        xml.WriteAttributeString("table", "style-name", TableNs, "ce1");
        xml.WriteAttributeString("office", "value-type", OfficeNs, "date");
        xml.WriteAttributeString("office", "date-value", OfficeNs, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        xml.WriteAttributeString("calcext", "value-type", CalcExtNs, "date");
        xml.WriteElementString("text", "p", TextNs, date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture));
        xml.WriteEndElement();
    }

    private static void EmptyCell(XmlWriter xml, int repeated = 1)
    {
        xml.WriteStartElement("table", "table-cell", TableNs);
        if (repeated > 1)
        {
            xml.WriteAttributeString("table", "number-columns-repeated", TableNs, repeated.ToString(CultureInfo.InvariantCulture));
        }

        xml.WriteEndElement();
    }
}
