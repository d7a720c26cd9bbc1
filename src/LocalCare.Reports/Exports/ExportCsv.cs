using System.Globalization;
using System.Text;
using LocalCare.Core.Exports;

namespace LocalCare.Reports.Exports;

/// <summary>
/// An export table as CSV that Excel and Power BI open as is: UTF-8 with a byte-order mark (so Excel reads it as UTF-8), a
/// header row, RFC 4180 quoting and CRLF line ends, ISO dates, numbers with every digit in the invariant culture, and text
/// that a spreadsheet would run as a formula defused by <see cref="FormulaGuard"/>.
/// </summary>
public static class ExportCsv
{
    /// <summary>Writes the table to <paramref name="stream"/>, leaving it open.</summary>
    public static void Write(ExportTable table, Stream stream)
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), bufferSize: 1 << 16, leaveOpen: true) { NewLine = "\r\n" };
        writer.WriteLine(string.Join(',', table.Columns.Select(c => Quoted(c.Name))));
        var fields = new string[table.Columns.Count];
        foreach (var row in table.Rows)
        {
            for (var i = 0; i < row.Length; i++)
            {
                fields[i] = Field(row[i]);
            }

            writer.WriteLine(string.Join(',', fields));
        }
    }

    /// <summary>One value as its CSV field: empty for null, text defused and quoted when it must be.</summary>
    public static string Field(object? value) => value switch
    {
        null => "",
        string text => Quoted(FormulaGuard.Neutralise(text)),
        long l => l.ToString(CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime moment => moment.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        _ => throw new ArgumentException($"A {value.GetType().Name} is not an export value.", nameof(value)),
    };

    /// <summary>RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled.</summary>
    private static string Quoted(string text) =>
        text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
}
