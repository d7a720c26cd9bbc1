using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;

namespace LocalCare.Data.Commissioning.Cqc;

/// <summary>
/// Streams one sheet of an OpenDocument spreadsheet: <c>content.xml</c> is inflated and read with <see cref="XmlReader"/>, row by
/// row. Repeated rows and cells are expanded only where they hold something and only up to the columns wanted, so the empty
/// rows and columns LibreOffice writes with huge repeat counts cost nothing.
/// </summary>
internal sealed class OdsSheetReader : ISheetReader
{
    /// <summary>The most columns a row is read to before <see cref="Want"/> narrows it (LibreOffice's sheet width).</summary>
    public const int MaxColumns = 16384;

    /// <summary>Repeat counts are capped here so that positions cannot overflow; no sheet is anywhere near this long or wide.</summary>
    private const long MaxRepeat = 1L << 40;

    private const string OfficeNs = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private const string TableNs = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private const string TextNs = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";

    private readonly Stream _file;
    private readonly ZipArchive _zip;
    private readonly XmlReader _xml;
    private readonly StringBuilder _text = new();
    private readonly string _tableNs;
    private readonly string _textNs;
    private readonly string _table;
    private readonly string _row;
    private readonly string _cell;
    private readonly string _coveredCell;
    private readonly string _headerRows;
    private readonly string _rowGroup;
    private readonly string _rows;
    private readonly string _paragraph;
    private readonly string _space;
    private readonly string _tab;
    private readonly string _lineBreak;
    private int _tableDepth;
    private bool _inTable;
    private long _nextLine = 1;
    private long _repeatsLeft;
    private bool[]? _wanted;
    private int _limit = MaxColumns;

    private OdsSheetReader(Stream file)
    {
        _file = file;
        try
        {
            _zip = new ZipArchive(file, ZipArchiveMode.Read, leaveOpen: true);
            var entry = _zip.GetEntry("content.xml") ?? throw new SheetFormatException(0, "is not an OpenDocument spreadsheet: it has no content.xml");
            var names = new NameTable();
            _tableNs = names.Add(TableNs);
            _textNs = names.Add(TextNs);
            _table = names.Add("table");
            _row = names.Add("table-row");
            _cell = names.Add("table-cell");
            _coveredCell = names.Add("covered-table-cell");
            _headerRows = names.Add("table-header-rows");
            _rowGroup = names.Add("table-row-group");
            _rows = names.Add("table-rows");
            _paragraph = names.Add("p");
            _space = names.Add("s");
            _tab = names.Add("tab");
            _lineBreak = names.Add("line-break");
            var settings = new XmlReaderSettings
            {
                NameTable = names,
                DtdProcessing = DtdProcessing.Prohibit,
                XmlResolver = null,
                IgnoreComments = true,
                IgnoreProcessingInstructions = true,
                CloseInput = true,
            };
            _xml = XmlReader.Create(entry.Open(), settings);
        }
        catch
        {
            _zip?.Dispose();
            file.Dispose();
            throw;
        }
    }

    /// <summary>Whether the file starts like a zip archive (an .ods is one).</summary>
    public static bool IsZip(string path)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1);
        Span<byte> start = stackalloc byte[4];
        return file.ReadAtLeast(start, 4, throwOnEndOfStream: false) == 4 && start.SequenceEqual("PK\u0003\u0004"u8);
    }

    /// <summary>Opens the spreadsheet and reads up to the start of the sheet named <paramref name="sheet"/>; null when there is no such sheet.</summary>
    public static OdsSheetReader? Open(string path, string sheet)
    {
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        OdsSheetReader? reader = null;
        try
        {
            reader = new OdsSheetReader(file);
            if (reader.MoveToTable(sheet))
            {
                return reader;
            }

            reader.Dispose();
            return null;
        }
        catch (Exception e) when (e is InvalidDataException or XmlException or NotSupportedException)
        {
            reader?.Dispose();
            throw new SheetFormatException(0, "is not a readable OpenDocument spreadsheet: " + e.Message, e);
        }
        catch
        {
            reader?.Dispose();
            throw;
        }
    }

    public void Want(bool[]? columns)
    {
        _wanted = columns;
        _limit = columns?.Length ?? MaxColumns;
    }

    public bool ReadRow(SheetRow row)
    {
        try
        {
            return ReadNextRow(row);
        }
        catch (Exception e) when (e is InvalidDataException or XmlException or NotSupportedException)
        {
            throw new SheetFormatException(0, "is not a readable OpenDocument spreadsheet: " + e.Message, e);
        }
    }

    public void Dispose()
    {
        _xml?.Dispose();
        _zip?.Dispose();
        _file.Dispose();
    }

    private bool MoveToTable(string name)
    {
        var more = _xml.Read();
        while (more)
        {
            if (_xml.NodeType == XmlNodeType.Element && Is(_table, _tableNs))
            {
                if (string.Equals(_xml.GetAttribute("name", TableNs)?.Trim(), name, StringComparison.OrdinalIgnoreCase))
                {
                    _tableDepth = _xml.Depth;
                    _inTable = !_xml.IsEmptyElement;
                    return true;
                }

                _xml.Skip();
                more = _xml.ReadState == ReadState.Interactive;
                continue;
            }

            more = _xml.Read();
        }

        return false;
    }

    private bool ReadNextRow(SheetRow row)
    {
        if (_repeatsLeft > 0)
        {
            // The same row again (number-rows-repeated): its cells are unchanged, only the line moves on.
            _repeatsLeft--;
            row.Line = NextLine(1);
            return true;
        }

        row.Clear();
        var positioned = false;
        while (_inTable)
        {
            if (!positioned && !_xml.Read())
            {
                throw new SheetFormatException(0, "is not a readable OpenDocument spreadsheet: content.xml ends inside the sheet");
            }

            positioned = false;
            if (_xml.NodeType == XmlNodeType.EndElement && _xml.Depth == _tableDepth)
            {
                _inTable = false;
                break;
            }

            if (_xml.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (Is(_row, _tableNs))
            {
                var repeated = Repeat("number-rows-repeated");
                ReadCells(row);
                if (row.HasContent)
                {
                    row.Line = NextLine(1);
                    _repeatsLeft = repeated - 1;
                    return true;
                }

                NextLine(repeated);
            }
            else if (!(Is(_headerRows, _tableNs) || Is(_rowGroup, _tableNs) || Is(_rows, _tableNs)))
            {
                // Columns, shapes, named ranges and the like: not rows. Row groups are walked into.
                _xml.Skip();
                positioned = true;
            }
        }

        return false;
    }

    private int NextLine(long rows)
    {
        var line = _nextLine;
        _nextLine += rows;
        return line <= int.MaxValue ? (int)line : throw new SheetFormatException(0, "the sheet has more rows than can be numbered");
    }

    /// <summary>Reads the cells of the row the reader is on, through its end element.</summary>
    private void ReadCells(SheetRow row)
    {
        if (_xml.IsEmptyElement)
        {
            return;
        }

        var depth = _xml.Depth;
        long column = 0;
        var positioned = false;
        while (true)
        {
            if (!positioned && !_xml.Read())
            {
                throw new SheetFormatException(0, "is not a readable OpenDocument spreadsheet: content.xml ends inside a row");
            }

            positioned = false;
            if (_xml.NodeType == XmlNodeType.EndElement && _xml.Depth == depth)
            {
                return;
            }

            if (_xml.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (!(Is(_cell, _tableNs) || Is(_coveredCell, _tableNs)))
            {
                _xml.Skip();
                positioned = true;
                continue;
            }

            var repeated = Repeat("number-columns-repeated");
            var first = column;
            var last = Math.Min(column + repeated, _limit);
            column += repeated;
            if (!AnyWanted(first, last))
            {
                // Not read, but a cell with a value or paragraphs still makes the row non-blank.
                if (_xml.GetAttribute("value-type", OfficeNs) is not null || !_xml.IsEmptyElement)
                {
                    row.HasContent = true;
                }

                _xml.Skip();
                positioned = true;
                continue;
            }

            var dateValue = _xml.GetAttribute("value-type", OfficeNs) == "date" ? _xml.GetAttribute("date-value", OfficeNs) : null;
            var text = ReadCellText();
            if (text.Length == 0 && dateValue is null)
            {
                continue;
            }

            row.HasContent = true;
            for (var c = first; c < last; c++)
            {
                if (_wanted is null || _wanted[c])
                {
                    row.Set((int)c, text, dateValue);
                }
            }
        }
    }

    private bool AnyWanted(long first, long last)
    {
        if (_wanted is null)
        {
            return first < last;
        }

        for (var c = first; c < last; c++)
        {
            if (_wanted[c])
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The cell's paragraphs joined by line breaks; the reader ends on the cell's end element. Annotations are left out.</summary>
    private string ReadCellText()
    {
        if (_xml.IsEmptyElement)
        {
            return "";
        }

        _text.Clear();
        var depth = _xml.Depth;
        var paragraphs = 0;
        var positioned = false;
        while (true)
        {
            if (!positioned && !_xml.Read())
            {
                throw new SheetFormatException(0, "is not a readable OpenDocument spreadsheet: content.xml ends inside a cell");
            }

            positioned = false;
            if (_xml.NodeType == XmlNodeType.EndElement && _xml.Depth == depth)
            {
                break;
            }

            if (_xml.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (Is(_paragraph, _textNs))
            {
                if (paragraphs++ > 0)
                {
                    _text.Append('\n');
                }

                ReadInline();
            }
            else
            {
                _xml.Skip();
                positioned = true;
            }
        }

        return _text.Length == 0 ? "" : _text.ToString();
    }

    /// <summary>Appends the text of the element the reader is on (a paragraph, span, link...) and ends on its end element.</summary>
    private void ReadInline()
    {
        if (_xml.IsEmptyElement)
        {
            return;
        }

        var depth = _xml.Depth;
        var positioned = false;
        while (true)
        {
            if (!positioned && !_xml.Read())
            {
                throw new SheetFormatException(0, "is not a readable OpenDocument spreadsheet: content.xml ends inside a paragraph");
            }

            positioned = false;
            switch (_xml.NodeType)
            {
                case XmlNodeType.EndElement when _xml.Depth == depth:
                    return;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                    _text.Append(_xml.Value);
                    break;
                case XmlNodeType.Element when Is(_space, _textNs):
                    _text.Append(' ', (int)Math.Min(Repeat("c", TextNs), 1024));
                    _xml.Skip();
                    positioned = true;
                    break;
                case XmlNodeType.Element when Is(_tab, _textNs):
                    _text.Append('\t');
                    _xml.Skip();
                    positioned = true;
                    break;
                case XmlNodeType.Element when Is(_lineBreak, _textNs):
                    _text.Append('\n');
                    _xml.Skip();
                    positioned = true;
                    break;
                case XmlNodeType.Element when _xml.LocalName == "annotation" && _xml.NamespaceURI == OfficeNs:
                    _xml.Skip();
                    positioned = true;
                    break;
                case XmlNodeType.Element:
                    ReadInline(); // text:span, text:a and the like: their text counts
                    break;
            }
        }
    }

    private bool Is(string localName, string ns) => ReferenceEquals(_xml.LocalName, localName) && ReferenceEquals(_xml.NamespaceURI, ns);

    private long Repeat(string attribute, string ns = TableNs) =>
        long.TryParse(_xml.GetAttribute(attribute, ns), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? Math.Min(n, MaxRepeat) : 1;
}
