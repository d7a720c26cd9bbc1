using System.Text;
using LocalCare.Reports.Exports;

namespace LocalCare.Reports.Tests.Exports;

/// <summary>An export table as CSV: BOM, header, RFC 4180 quoting, ISO dates, invariant numbers, formulas defused.</summary>
public sealed class ExportCsvTests
{
    [Fact]
    public void Csv_HasABom_AHeader_AndOneQuotedOrPlainFieldPerValue()
    {
        var bytes = Write();

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.StartsWith("name,count,value,met,month_key,updated_at\r\n\"Oak House, \"\"Nursing\"\"\nsecond line\",-3,-0.25,true,2026-10-01,2026-11-02 09:30:15\r\n,,,,,\r\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_ReadsBackToTheSameRows_WithFormulasDefusedAndNegativeNumbersKept()
    {
        var rows = Parse(Encoding.UTF8.GetString(Write()[3..]));

        Assert.Equal(2 + ExportFixture.Payloads.Length + 1, rows.Count);
        Assert.Equal(["name", "count", "value", "met", "month_key", "updated_at"], rows[0]);
        Assert.Equal(["Oak House, \"Nursing\"\nsecond line", "-3", "-0.25", "true", "2026-10-01", "2026-11-02 09:30:15"], rows[1]);
        Assert.Equal(ExportFixture.Payloads.Select(p => "'" + p), rows.Skip(3).Select(r => r[0]));
        Assert.All(rows.Skip(3), r => Assert.Equal(["1", "0.934", "false", "2024-04-01", ""], r[1..]));
    }

    private static byte[] Write()
    {
        using var stream = new MemoryStream();
        ExportCsv.Write(ExportFixture.Table(), stream);
        return stream.ToArray();
    }

    /// <summary>An RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks; records end with CRLF.</summary>
    private static List<string[]> Parse(string text)
    {
        var rows = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                fields.Add(field.ToString());
                field.Clear();
                rows.Add([.. fields]);
                fields.Clear();
                i++;
            }
            else
            {
                field.Append(c);
            }
        }

        return rows;
    }
}
