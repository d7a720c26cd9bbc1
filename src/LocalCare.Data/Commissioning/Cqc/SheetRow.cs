namespace LocalCare.Data.Commissioning.Cqc;

/// <summary>One row of a sheet or CSV file, reused from row to row: its line and its cells' text (and ODS date values).</summary>
internal sealed class SheetRow
{
    private string?[] _texts = new string?[32];
    private string?[] _dates = new string?[32];

    /// <summary>The row's number in the sheet or the physical line its record starts on; the header is normally 1.</summary>
    public int Line { get; set; }

    /// <summary>One more than the last column set.</summary>
    public int Count { get; private set; }

    /// <summary>Whether any cell holds something (also cells that were not read because no column wants them).</summary>
    public bool HasContent { get; set; }

    public string Text(int column) => column < Count ? _texts[column] ?? "" : "";

    /// <summary>The cell's <c>office:date-value</c> when it is an ODS date cell.</summary>
    public string? DateValue(int column) => column < Count ? _dates[column] : null;

    public void Set(int column, string text, string? dateValue)
    {
        if (column >= _texts.Length)
        {
            var size = Math.Max(column + 1, _texts.Length * 2);
            Array.Resize(ref _texts, size);
            Array.Resize(ref _dates, size);
        }

        _texts[column] = text;
        _dates[column] = dateValue;
        Count = Math.Max(Count, column + 1);
    }

    public void Clear()
    {
        Array.Clear(_texts, 0, Count);
        Array.Clear(_dates, 0, Count);
        Count = 0;
        HasContent = false;
    }
}
