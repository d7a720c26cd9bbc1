using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using LocalCare.Core.Boards.Packs;
using LocalCare.Core.Metrics;
using LocalCare.Core.Spc;
using LocalCare.Reports.Packs;

namespace LocalCare.Reports.Tests.Packs;

public sealed class PackXlsxTests
{
    private static readonly BoardPack Pack = SamplePack.Build();

    [Fact]
    public void Write_HasTheIconTableAndBreakdownThenOneSheetPerMetric()
    {
        using var workbook = Open(PackXlsx.Write(Pack));

        Assert.Equal([PackXlsx.IconTableSheet, PackXlsx.BreakdownSheet, .. Pack.Metrics.Select(m => m.Id)], SheetNames(workbook));
    }

    [Fact]
    public void BreakdownSheet_HasEveryUnitOfEveryMetricWorstFirst()
    {
        using var workbook = Open(PackXlsx.Write(Pack));
        var rows = Rows(workbook, PackXlsx.BreakdownSheet);

        Assert.Equal(PackXlsx.BreakdownColumns, rows[0].Select(c => c.Text));
        Assert.Equal(Pack.Metrics.Sum(m => m.Breakdown.Count) + 1, rows.Count);
        var concern = Pack.Metrics.Single(m => m.Id == SamplePack.Concern);
        var its = rows.Skip(1).Where(r => r[0].Text == SamplePack.Concern).ToList();
        Assert.Equal(concern.Breakdown.Select(u => u.Unit), its.Select(r => r[2].Text));
        Assert.Equal(concern.Breakdown.Select(u => u.Value), its.Select(r => r[4].Number));
        Assert.Equal(("Locality", "South"), (its[0][1].Text, its[0][3].Text));
    }

    [Fact]
    public void IconTable_HasAHeaderAndOneRowPerMetricWithThePacksValues()
    {
        using var workbook = Open(PackXlsx.Write(Pack));
        var rows = Rows(workbook, PackXlsx.IconTableSheet);

        Assert.Equal(PackXlsx.IconTableColumns, rows[0].Select(c => c.Text));
        Assert.Equal(Pack.Metrics.Count + 1, rows.Count);
        foreach (var (metric, row) in Pack.Metrics.Zip(rows.Skip(1)))
        {
            Assert.Equal(metric.Id, row[0].Text);
            Assert.Equal(metric.Metric.Name, row[1].Text);
            Assert.Equal(metric.Value, row[4].Number);
            Assert.Equal(metric.Target, row[5].Number);
            Assert.Equal(metric.TargetText, row[6].Text);
            Assert.Equal(metric.Variation?.ToCode(), row[7].Text);
            Assert.Equal(metric.Stale ? "yes" : "no", row[14].Text);
            Assert.Equal(metric.IsException ? "yes" : "no", row[15].Text);
        }

        var concern = rows[1];
        Assert.Equal(("number", "number"), (concern[4].Type, concern[5].Type));
        Assert.Equal(("green", "amber", "green", "green"), (concern[9].Text, concern[10].Text, concern[11].Text, concern[12].Text));
        Assert.Equal("2024-10", concern[13].Text);
    }

    [Fact]
    public void MetricSheet_HasTheSeriesWithTheChartsLines()
    {
        using var workbook = Open(PackXlsx.Write(Pack));
        var metric = Pack.Metrics.Single(m => m.Id == SamplePack.Concern);
        var rows = Rows(workbook, SamplePack.Concern);

        Assert.Equal(PackXlsx.SeriesColumns, rows[0].Select(c => c.Text));
        Assert.Equal(metric.Readings.Count + 1, rows.Count);
        var last = rows[^1];
        var point = metric.Spc.Points[^1];
        Assert.Equal("2024-10", last[0].Text);
        Assert.Equal(0.60, last[1].Number);
        Assert.Equal(120, last[2].Number);
        Assert.Equal(200, last[3].Number);
        Assert.Equal(0.70, last[4].Number);
        Assert.Equal(point.Mean, last[5].Number);
        Assert.Equal(point.Lpl, last[6].Number);
        Assert.Equal(point.Upl, last[7].Number);
        Assert.Equal("below_lpl", last[11].Text);
        Assert.Equal("special_cause_concern", last[12].Text);
    }

    [Fact]
    public void MetricSheet_OfACountLeavesTheDenominatorAndTargetBlank()
    {
        using var workbook = Open(PackXlsx.Write(Pack));
        var rows = Rows(workbook, SamplePack.Stale);

        Assert.Equal((null, null), (rows[1][3].Text, rows[1][3].Number));
        Assert.Null(rows[1][4].Number);
        Assert.Single(Rows(workbook, SamplePack.Empty));
    }

    [Fact]
    public void SheetNames_AreShortLegalAndUnique()
    {
        var metric = Pack.Metrics[0];
        MetricDefinition Named(string id) => new() { Id = id, Name = id, Kind = MetricKind.Count, Direction = Direction.HigherIsBetter, Definition = "", BoardCode = "HPB" };
        var pack = Pack with
        {
            Metrics =
            [
                metric with { Metric = Named("a/very:long*metric?id[with]bad\\chars-one") },
                metric with { Metric = Named("a/very:long*metric?id[with]bad\\chars-two") },
                metric with { Metric = Named("ICON TABLE") },
            ],
        };

        using var workbook = Open(PackXlsx.Write(pack));
        var names = SheetNames(workbook);

        Assert.Equal(names.Skip(2), PackXlsx.SheetNamesOf(pack));
        Assert.Equal(names.Count, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(names, n => Assert.InRange(n.Length, 1, 31));
        Assert.All(names, n => Assert.Equal(-1, n.IndexOfAny(['[', ']', ':', '*', '?', '/', '\\'])));
        Assert.Equal("a-very-long-metric-id-with-bad-", names[2]);
        Assert.Equal("a-very-long-metric-id-with- (2)", names[3]);
    }

    private static SpreadsheetDocument Open(byte[] bytes) => SpreadsheetDocument.Open(new MemoryStream(bytes), isEditable: false);

    private static List<string> SheetNames(SpreadsheetDocument workbook) =>
        [.. workbook.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!)];

    private static List<List<CellRead>> Rows(SpreadsheetDocument workbook, string sheetName)
    {
        var part = workbook.WorkbookPart!;
        var sheet = part.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheetName);
        var worksheet = ((WorksheetPart)part.GetPartById(sheet.Id!)).Worksheet;
        return [.. worksheet.GetFirstChild<SheetData>()!.Elements<Row>().Select(r => r.Elements<Cell>().Select(CellRead.Of).ToList())];
    }

    private sealed record CellRead(string Type, string? Text, double? Number)
    {
        public static CellRead Of(Cell cell)
        {
            if (cell.DataType?.Value == CellValues.InlineString)
            {
                return new("text", cell.InlineString!.InnerText, null);
            }

            if (cell.CellValue is { } value)
            {
                return new("number", null, double.Parse(value.Text, CultureInfo.InvariantCulture));
            }

            return new("blank", null, null);
        }
    }
}
