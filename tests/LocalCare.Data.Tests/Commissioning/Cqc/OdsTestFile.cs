using System.IO.Compression;
using System.Security;
using System.Text;

namespace LocalCare.Data.Tests.Commissioning.Cqc;

/// <summary>Writes small hand-made .ods files: the zip layout of a real one around the spreadsheet XML a test gives.</summary>
public static class OdsTestFile
{
    public const string Namespaces =
        "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
        + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" xmlns:calcext=\"urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0\" "
        + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"";

    /// <summary>Writes the file: <c>mimetype</c> first and stored, the manifest, then <c>content.xml</c> holding <paramref name="tables"/>.</summary>
    public static void Write(string path, string tables)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        using (var mime = zip.CreateEntry("mimetype", CompressionLevel.NoCompression).Open())
        {
            mime.Write("application/vnd.oasis.opendocument.spreadsheet"u8);
        }

        Text(zip, "META-INF/manifest.xml",
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
              <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>
              <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
            </manifest:manifest>
            """);
        Text(zip, "content.xml",
            $"""
             <?xml version="1.0" encoding="UTF-8"?>
             <office:document-content {Namespaces} office:version="1.3"><office:automatic-styles/><office:body><office:spreadsheet>{tables}</office:spreadsheet></office:body></office:document-content>
             """);
    }

    /// <summary>A table (sheet) with the given rows.</summary>
    public static string Table(string name, params string[] rows) =>
        $"<table:table table:name=\"{name}\"><table:table-column table:number-columns-repeated=\"16384\"/>{string.Concat(rows)}</table:table>";

    /// <summary>A row of string cells, one per text; an empty text is an empty cell.</summary>
    public static string Row(IEnumerable<string> texts, string attributes = "") =>
        $"<table:table-row{attributes}>{string.Concat(texts.Select(Cell))}</table:table-row>";

    /// <summary>A string cell with one paragraph, or an empty cell.</summary>
    public static string Cell(string text) =>
        text.Length == 0 ? "<table:table-cell/>" : $"<table:table-cell office:value-type=\"string\" calcext:value-type=\"string\"><text:p>{SecurityElement.Escape(text)}</text:p></table:table-cell>";

    /// <summary>Rows that are empty out to the sheet's edge, as LibreOffice ends a sheet.</summary>
    public static string EmptyRows(int count) =>
        $"<table:table-row table:number-rows-repeated=\"{count}\"><table:table-cell table:number-columns-repeated=\"16384\"/></table:table-row>";

    private static void Text(ZipArchive zip, string name, string text)
    {
        using var stream = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
        stream.Write(new UTF8Encoding(false).GetBytes(text));
    }
}
