using LocalCare.Core.Exports;

namespace LocalCare.Reports.Tests.Exports;

/// <summary>A small table with every column type, a negative number, empty values and text that would run as a formula.</summary>
internal static class ExportFixture
{
    public static readonly string[] Payloads = ["=1+2", "+1", "-1+2", "@SUM(A1)", "\t=1", "\r=1", "=HYPERLINK(\"x\",\"y\")"];

    public static ExportTable Table()
    {
        var table = new ExportTable("fact_test", "one row per test", [
            new("name", ExportType.Text, "text"), new("count", ExportType.Integer, "integer"), new("value", ExportType.Number, "number"),
            new("met", ExportType.Boolean, "boolean"), new("month_key", ExportType.Date, "date"), new("updated_at", ExportType.Timestamp, "timestamp"),
        ]);
        table.Add("Oak House, \"Nursing\"\nsecond line", -3, -0.25, true, new DateOnly(2026, 10, 1), new DateTime(2026, 11, 2, 9, 30, 15, DateTimeKind.Utc));
        table.Add(null, null, null, null, null, null);
        foreach (var payload in Payloads)
        {
            table.Add(payload, 1, 0.934, false, new DateOnly(2024, 4, 1), null);
        }

        return table;
    }
}
