using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using LocalCare.Core.Exports;
using LocalCare.Reports.Exports;

namespace LocalCare.Reports.Tests.Exports;

/// <summary>The export workbook: a sheet per table, a frozen header, typed cells, text never a formula and defused.</summary>
public sealed class ExportWorkbookTests : IDisposable
{
    private readonly string _path = Path.Combine(Directory.CreateTempSubdirectory("localcare-export-xlsx-").FullName, "export.xlsx");

    [Fact]
    public void EachTable_IsASheetNamedAfterIt_WithAFrozenBoldHeader()
    {
        Write(ExportFixture.Table(), new ExportTable("dim_other", "one row", [new("code", ExportType.Text, "")]).Add("A"));

        using var document = SpreadsheetDocument.Open(_path, false);
        var workbook = document.WorkbookPart!;
        Assert.Equal(["fact_test", "dim_other"], workbook.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value));
        var sheet = Sheet(workbook, "fact_test");
        var pane = sheet.Descendants<Pane>().Single();
        Assert.Equal((1.0, "A2", PaneStateValues.Frozen), (pane.VerticalSplit!.Value, pane.TopLeftCell!.Value, pane.State!.Value));
        var header = sheet.Descendants<Row>().First().Elements<Cell>().ToList();
        Assert.Equal(["name", "count", "value", "met", "month_key", "updated_at"], header.Select(c => c.InnerText));
        var bold = workbook.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)header[0].StyleIndex!.Value);
        Assert.NotNull(workbook.WorkbookStylesPart.Stylesheet.Fonts!.Elements<Font>().ElementAt((int)bold.FontId!.Value).Bold);
    }

    [Fact]
    public void Cells_AreTyped_NumbersAsNumbers_DatesAsDates_BlanksLeftOut()
    {
        Write(ExportFixture.Table());

        using var document = SpreadsheetDocument.Open(_path, false);
        var rows = Sheet(document.WorkbookPart!, "fact_test").Descendants<Row>().ToList();
        var first = rows[1].Elements<Cell>().ToList();
        Assert.Equal((CellValues.InlineString, "Oak House, \"Nursing\"\nsecond line"), (first[0].DataType!.Value, first[0].InnerText));
        Assert.Equal((CellValues.Number, "-3"), (first[1].DataType!.Value, first[1].CellValue!.Text));
        Assert.Equal((CellValues.Number, "-0.25"), (first[2].DataType!.Value, first[2].CellValue!.Text));
        Assert.Equal((CellValues.Boolean, "1"), (first[3].DataType!.Value, first[3].CellValue!.Text));
        Assert.Equal(new DateTime(2026, 10, 1), DateTime.FromOADate(double.Parse(first[4].CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(new DateTime(2026, 11, 2, 9, 30, 15), DateTime.FromOADate(double.Parse(first[5].CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)));
        var formats = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet;
        Assert.Equal("yyyy-mm-dd", FormatOf(formats, first[4]));
        Assert.Equal("yyyy-mm-dd hh:mm:ss", FormatOf(formats, first[5]));
        Assert.Empty(rows[2].Elements<Cell>()); // the row of empty values
    }

    [Fact]
    public void FormulaText_IsAStringWithALeadingApostrophe_NeverAFormula()
    {
        Write(ExportFixture.Table());

        using var document = SpreadsheetDocument.Open(_path, false);
        var sheet = Sheet(document.WorkbookPart!, "fact_test");
        var names = sheet.Descendants<Row>().Skip(3).Select(r => r.Elements<Cell>().First()).ToList();
        Assert.Empty(sheet.Descendants<CellFormula>());
        Assert.All(names, c => Assert.Equal(CellValues.InlineString, c.DataType!.Value));
        // XML reads a stored carriage return back as a line feed; the apostrophe is what matters.
        Assert.Equal(ExportFixture.Payloads.Select(p => "'" + p.Replace('\r', '\n')), names.Select(c => c.InnerText));
    }

    [Fact]
    public void ASheetNameLongerThanExcelAllows_IsRefused()
    {
        using var workbook = new ExportWorkbook(_path);

        var refused = Assert.Throws<ArgumentException>(() => workbook.Add(new ExportTable(new string('x', 32), "", [new("a", ExportType.Text, "")])));

        Assert.StartsWith($"Table {new string('x', 32)}: a sheet name has at most 31 characters.", refused.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(_path)!, recursive: true);

    private void Write(params ExportTable[] tables)
    {
        using var workbook = new ExportWorkbook(_path);
        foreach (var table in tables)
        {
            workbook.Add(table);
        }
    }

    private static Worksheet Sheet(WorkbookPart workbook, string name)
    {
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        return ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet;
    }

    private static string FormatOf(Stylesheet styles, Cell cell)
    {
        var format = styles.CellFormats!.Elements<CellFormat>().ElementAt((int)cell.StyleIndex!.Value);
        return styles.NumberingFormats!.Elements<NumberingFormat>().Single(n => n.NumberFormatId!.Value == format.NumberFormatId!.Value).FormatCode!;
    }
}
