namespace LocalCare.Data.Commissioning.Cqc;

/// <summary>A source of sheet rows (a CSV file or an ODS sheet), read forward once without loading the file.</summary>
internal interface ISheetReader : IDisposable
{
    /// <summary>Limits which columns' text is read from the next row on (null: all); other cells only count towards <see cref="SheetRow.HasContent"/>.</summary>
    void Want(bool[]? columns);

    /// <summary>Reads the next non-blank row into <paramref name="row"/>; false at the end. Throws <see cref="SheetFormatException"/> for a broken file.</summary>
    bool ReadRow(SheetRow row);
}
