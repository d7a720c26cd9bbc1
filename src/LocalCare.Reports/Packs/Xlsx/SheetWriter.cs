using System.Globalization;
using DocumentFormat.OpenXml.Spreadsheet;

namespace LocalCare.Reports.Packs.Xlsx;

/// <summary>Builds a worksheet's rows: text as inline strings, numbers as number cells, blanks for nulls; each cell with its reference.</summary>
internal sealed class SheetWriter
{
    private readonly SheetData _data = new();
    private Row? _row;
    private int _column;

    public SheetData Data => _data;

    public SheetWriter Row()
    {
        _row = new Row { RowIndex = (uint)(_data.ChildElements.Count + 1) };
        _data.Append(_row);
        _column = 0;
        return this;
    }

    public SheetWriter Text(string? text)
    {
        var cell = Next();
        if (text is not null)
        {
            cell.DataType = CellValues.InlineString;
            cell.InlineString = new InlineString(new Text(text) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve });
        }

        return this;
    }

    public SheetWriter Number(double? value)
    {
        var cell = Next();
        if (value is { } v && double.IsFinite(v))
        {
            cell.DataType = CellValues.Number;
            cell.CellValue = new CellValue(v.ToString("R", CultureInfo.InvariantCulture));
        }

        return this;
    }

    public SheetWriter Texts(params string[] texts)
    {
        foreach (var text in texts)
        {
            Text(text);
        }

        return this;
    }

    private Cell Next()
    {
        var row = _row ?? throw new InvalidOperationException("Start a row first.");
        var cell = new Cell { CellReference = ColumnName(_column++) + row.RowIndex!.Value.ToString(CultureInfo.InvariantCulture) };
        row.Append(cell);
        return cell;
    }

    /// <summary>A, B, …, Z, AA, AB, … for a zero-based column.</summary>
    public static string ColumnName(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }
}
