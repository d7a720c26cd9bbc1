using System.Text;
using LocalCare.Core.Exports;

namespace LocalCare.Web.Features.Shared;

/// <summary>Writes CSV lines (RFC 4180) whose text a spreadsheet cannot run: a cell <see cref="FormulaGuard"/> finds risky is prefixed with '.</summary>
public static class SpreadsheetCsv
{
    public const string ContentType = "text/csv; charset=utf-8";

    public static void Line(StringBuilder csv, IEnumerable<string?> fields)
    {
        csv.AppendJoin(',', fields.Select(Field));
        csv.Append('\n');
    }

    public static string Field(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        var text = FormulaGuard.Neutralise(value);
        return text.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }
}
