using System.Globalization;
using System.Text.Json;
using AngleSharp.Html.Parser;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using LocalCare.Core.Boards.Packs;
using LocalCare.Core.Risks;
using LocalCare.Reports.Packs;

namespace LocalCare.Reports.Tests.Packs;

/// <summary>
/// The risk section (docs/risks.md): with an appetite of 8, R-002 (16) and R-001 (9) are above it and appear in the HTML, the
/// cover sheet's links, the XLSX sheet and the JSON; R-003 (8, at the appetite) and R-004 (4) do not. A pack without a risk
/// section (made before the register) renders as before.
/// </summary>
public sealed class PackRisksTests
{
    private static readonly BoardPack Pack = BoardPackBuilder.Build(SamplePack.Input() with
    {
        Risks = new PackRiskInput(8,
        [
            Risk("R-001", 3, 3, overdue: true),
            Risk("R-002", 4, 4),
            Risk("R-003", 2, 4),
            Risk("R-004", 2, 2),
        ]),
    });

    private static PackRisk Risk(string code, int likelihood, int consequence, bool overdue = false) => new(
        code, $"Risk {code} <b>", "Director of Operations", "Workforce", new RiskScore(likelihood, consequence), new RiskScore(1, 4),
        new DateOnly(2024, 11, 1), overdue, "No workforce model", [$"Recruit for {code} (Director of HR, due 31 Mar 2025)"]);

    [Fact]
    public void Html_HasARiskSection_WithOnlyTheRisksAboveAppetite_HighestFirst()
    {
        var document = new HtmlParser().ParseDocument(PackHtml.RenderDocument(Pack));

        var rows = document.QuerySelectorAll("#risks-above-appetite tbody tr");
        Assert.Equal(["R-002", "R-001"], rows.Select(r => r.GetAttribute("data-risk")));
        Assert.Equal("R-002 Risk R-002 <b>", rows[0].QuerySelector("th")!.TextContent);
        Assert.Contains("16 (4 × 4)", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Extreme", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Review overdue", rows[1].TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Review overdue", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("appetite is a score of 8", document.QuerySelector("#risks")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(document.QuerySelector("#contents a[href='#risks']"));
    }

    [Fact]
    public void CoverSheet_ListsTheTypedRisks_ThenLinksToEachRiskAboveAppetite()
    {
        var document = new HtmlParser().ParseDocument(PackHtml.RenderDocument(Pack));

        var risks = document.QuerySelectorAll("#cover dt").Single(d => d.TextContent == "Risks").NextElementSibling!;
        Assert.StartsWith("R12 Workforce <gaps>; ", risks.TextContent, StringComparison.Ordinal);
        var links = risks.QuerySelectorAll("a");
        Assert.Equal(["#risk-R-002", "#risk-R-001"], links.Select(a => a.GetAttribute("href")));
        Assert.Equal("R-002 Risk R-002 <b> (16, extreme)", links[0].TextContent);
        Assert.All(links, a => Assert.NotNull(document.GetElementById(a.GetAttribute("href")![1..])));
    }

    [Fact]
    public void Xlsx_HasARisksSheet_WithTheRisksAboveAppetite()
    {
        using var workbook = SpreadsheetDocument.Open(new MemoryStream(PackXlsx.Write(Pack)), isEditable: false);
        var part = workbook.WorkbookPart!;
        var sheets = part.Workbook.Sheets!.Elements<Sheet>().ToList();
        var sheet = sheets.Single(s => s.Name == PackXlsx.RisksSheet);
        var rows = ((WorksheetPart)part.GetPartById(sheet.Id!)).Worksheet.GetFirstChild<SheetData>()!.Elements<Row>()
            .Select(r => r.Elements<Cell>().Select(c => c.DataType?.Value == CellValues.InlineString ? c.InlineString!.InnerText : c.CellValue?.Text ?? "").ToList()).ToList();

        Assert.Equal([PackXlsx.IconTableSheet, PackXlsx.BreakdownSheet, PackXlsx.RisksSheet], sheets.Take(3).Select(s => s.Name!.Value));
        Assert.Equal(PackXlsx.RisksColumns, rows[0]);
        Assert.Equal(["R-002", "R-001"], rows.Skip(1).Select(r => r[0]));
        Assert.Equal(["4", "4", "16", "Extreme", "4", "8", "2024-11-01", "no"], rows[1][4..]);
        Assert.Equal(PackXlsx.SheetNamesOf(Pack), sheets.Skip(3).Select(s => s.Name!.Value));
    }

    [Fact]
    public void Json_HasTheAppetiteAndTheRisksAboveIt()
    {
        using var json = JsonDocument.Parse(PackJson.Write(Pack));

        var risks = json.RootElement.GetProperty("risks");
        Assert.Equal(8, risks.GetProperty("appetite").GetInt32());
        Assert.Equal(["R-002", "R-001"], risks.GetProperty("aboveAppetite").EnumerateArray().Select(r => r.GetProperty("code").GetString()));
        var first = risks.GetProperty("aboveAppetite")[0];
        Assert.Equal((16, "extreme", 4, false), (first.GetProperty("score").GetInt32(), first.GetProperty("band").GetString(), first.GetProperty("targetScore").GetInt32(), first.GetProperty("reviewOverdue").GetBoolean()));
    }

    [Fact]
    public void APackWithoutARiskSection_RendersWithoutOne()
    {
        var pack = SamplePack.Build();
        var document = new HtmlParser().ParseDocument(PackHtml.RenderDocument(pack));
        using var json = JsonDocument.Parse(PackJson.Write(pack));

        Assert.Null(document.QuerySelector("#risks"));
        Assert.False(json.RootElement.TryGetProperty("risks", out _));
        Assert.Equal("R12 Workforce <gaps>", document.QuerySelectorAll("#cover dt").Single(d => d.TextContent == "Risks").NextElementSibling!.TextContent);
    }

    [Fact]
    public void NoRiskAboveAppetite_IsSaid()
    {
        var pack = BoardPackBuilder.Build(SamplePack.Input() with { Risks = new PackRiskInput(20, [Risk("R-002", 4, 4)]) });

        var section = new HtmlParser().ParseDocument(PackHtml.RenderDocument(pack)).QuerySelector("#risks")!;

        Assert.Contains("No risk linked to this board is above its appetite.", section.TextContent, StringComparison.Ordinal);
        Assert.Contains(20.ToString(CultureInfo.InvariantCulture), section.TextContent, StringComparison.Ordinal);
    }
}
