using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using LocalCare.Core.Exports;
using LocalCare.Reports.Packs.Xlsx;

namespace LocalCare.Reports.Exports;

/// <summary>
/// The export as one XLSX workbook, one sheet per table, streamed so a large table never sits in memory as a document: a bold
/// header row frozen above the data, typed cells (numbers and integers as numbers, booleans as booleans, dates and timestamps as
/// dates), text always as a string — never a formula — defused by <see cref="FormulaGuard"/> like the CSV.
/// </summary>
public sealed class ExportWorkbook : IDisposable
{
    /// <summary>The most data rows a worksheet holds below its header.</summary>
    public const int MaxRows = 1_048_575;

    /// <summary>The longest sheet name Excel accepts.</summary>
    public const int MaxSheetName = 31;

    private const uint HeaderStyle = 1;
    private const uint DateStyle = 2;
    private const uint TimestampStyle = 3;

    private readonly SpreadsheetDocument _document;
    private readonly WorkbookPart _workbook;
    private readonly Sheets _sheets;

    public ExportWorkbook(string path)
    {
        _document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        _workbook = _document.AddWorkbookPart();
        _workbook.Workbook = new Workbook();
        _sheets = _workbook.Workbook.AppendChild(new Sheets());
        var styles = _workbook.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = Styles();
        styles.Stylesheet.Save();
    }

    /// <summary>Adds the table as a sheet named after it.</summary>
    public void Add(ExportTable table)
    {
        if (table.Name.Length > MaxSheetName)
        {
            throw new ArgumentException($"Table {table.Name}: a sheet name has at most {MaxSheetName} characters.", nameof(table));
        }

        if (table.Rows.Count > MaxRows)
        {
            throw new ArgumentException($"Table {table.Name} has {table.Rows.Count:N0} rows; a worksheet holds {MaxRows:N0}.", nameof(table));
        }

        var part = _workbook.AddNewPart<WorksheetPart>();
        using (var writer = OpenXmlWriter.Create(part))
        {
            writer.WriteStartElement(new Worksheet());
            writer.WriteElement(new SheetViews(new SheetView(
                new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
                new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
            { WorkbookViewId = 0 }));
            writer.WriteElement(new Columns(table.Columns.Select((c, i) => new Column
            {
                Min = (uint)(i + 1),
                Max = (uint)(i + 1),
                Width = Math.Clamp(c.Name.Length + 4, c.Type is ExportType.Date or ExportType.Timestamp ? 20 : 10, 40),
                CustomWidth = true,
            })));
            writer.WriteStartElement(new SheetData());
            writer.WriteStartElement(new Row { RowIndex = 1 });
            for (var i = 0; i < table.Columns.Count; i++)
            {
                writer.WriteElement(TextCell(Reference(i, 1), table.Columns[i].Name, HeaderStyle));
            }

            writer.WriteEndElement();
            uint index = 1;
            foreach (var row in table.Rows)
            {
                index++;
                writer.WriteStartElement(new Row { RowIndex = index });
                for (var i = 0; i < row.Length; i++)
                {
                    if (row[i] is { } value)
                    {
                        writer.WriteElement(Cell(Reference(i, index), value));
                    }
                }

                writer.WriteEndElement();
            }

            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        _sheets.Append(new Sheet { Id = _workbook.GetIdOfPart(part), SheetId = (uint)(_sheets.ChildElements.Count + 1), Name = table.Name });
    }

    public void Dispose()
    {
        _workbook.Workbook.Save();
        _document.Dispose();
    }

    private static Cell Cell(string reference, object value) => value switch
    {
        string text => TextCell(reference, FormulaGuard.Neutralise(text), null),
        long l => new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(l.ToString(CultureInfo.InvariantCulture)) },
        double d => new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(d.ToString("R", CultureInfo.InvariantCulture)) },
        bool b => new Cell { CellReference = reference, DataType = CellValues.Boolean, CellValue = new CellValue(b ? "1" : "0") },
        DateOnly date => DateCell(reference, date.ToDateTime(TimeOnly.MinValue), DateStyle),
        DateTime moment => DateCell(reference, moment, TimestampStyle),
        _ => throw new ArgumentException($"A {value.GetType().Name} is not an export value.", nameof(value)),
    };

    /// <summary>An inline string: Excel shows it as text and never evaluates it.</summary>
    private static Cell TextCell(string reference, string text, uint? style) => new(new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }))
    {
        CellReference = reference,
        DataType = CellValues.InlineString,
        StyleIndex = style,
    };

    /// <summary>A date is a serial number (days since 1899-12-30) in a date format.</summary>
    private static Cell DateCell(string reference, DateTime moment, uint style) => new()
    {
        CellReference = reference,
        CellValue = new CellValue(moment.ToOADate().ToString("R", CultureInfo.InvariantCulture)),
        StyleIndex = style,
    };

    private static string Reference(int column, uint row) => SheetWriter.ColumnName(column) + row.ToString(CultureInfo.InvariantCulture);

    /// <summary>0 plain, 1 bold (header), 2 date yyyy-mm-dd, 3 date and time yyyy-mm-dd hh:mm:ss.</summary>
    private static Stylesheet Styles() => new(
        new NumberingFormats(
            new NumberingFormat { NumberFormatId = 164, FormatCode = "yyyy-mm-dd" },
            new NumberingFormat { NumberFormatId = 165, FormatCode = "yyyy-mm-dd hh:mm:ss" })
        { Count = 2 },
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellStyleFormats(new CellFormat()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, ApplyFont = true },
            new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 165, ApplyNumberFormat = true })
        { Count = 4 });
}
