using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using LocalCare.Core.Boards.Packs;
using LocalCare.Reports.Packs;

namespace LocalCare.Reports.Tests.Packs;

public sealed class PackHtmlTests
{
    private static readonly BoardPack Pack = SamplePack.Build();
    private static readonly string Html = PackHtml.RenderDocument(Pack);
    private static readonly IDocument Document = new HtmlParser().ParseDocument(Html);

    [Fact]
    public void SamplePack_HasTheCasesTheTestsNeed()
    {
        Assert.Equal([SamplePack.Concern, SamplePack.Failing, SamplePack.Flagged], Pack.Exceptions.Select(m => m.Id));
        Assert.True(Pack.Metrics.Single(m => m.Id == SamplePack.Stale).Stale);
        Assert.True(Pack.Actions[0].Overdue);
    }

    [Fact]
    public void RenderDocument_IsAStandaloneHtml5DocumentWithThePrintStylesheet()
    {
        Assert.StartsWith("<!DOCTYPE html>", Html, StringComparison.Ordinal);
        Assert.Contains("<meta charset=\"utf-8\">", Html, StringComparison.Ordinal);
        Assert.Contains(PackHtml.Stylesheet, Html, StringComparison.Ordinal);
        Assert.Contains(PackHtml.RenderBody(Pack), Html, StringComparison.Ordinal);
        Assert.Contains("size: A4", PackHtml.Stylesheet, StringComparison.Ordinal);
        Assert.Contains(".lc-exception { break-before: page; page-break-before: always; }", PackHtml.Stylesheet, StringComparison.Ordinal);
        Assert.Equal(Pack.Title, Document.Title);

        // Nothing to fetch: no scripts, links, images or external URLs (the SVG namespace is a name, not a request).
        Assert.Empty(Document.QuerySelectorAll("script, link, img, iframe, object"));
        Assert.DoesNotContain("https://", Html, StringComparison.Ordinal);
        Assert.DoesNotContain("http://", Html.Replace("http://www.w3.org/2000/svg", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void RenderBody_IsOneDivWithNoInlineStyles()
    {
        var body = PackHtml.RenderBody(Pack);
        var fragment = new HtmlParser().ParseDocument("<body>" + body + "</body>").Body!;

        Assert.Single(fragment.Children);
        Assert.Equal("lc-pack", fragment.Children[0].ClassName);
        Assert.Empty(fragment.QuerySelectorAll("[style], style"));
    }

    [Fact]
    public void Sections_AreInTheSpecsOrder_WithTheRisksBetweenWaitingListsAndTheActionsLog()
    {
        // docs/board-packs.md "The pack": the risk section (docs/risks.md) sits after the waiting lists, before the logs.
        string[] ids = ["cover", "contents", "matrix", "icon-table", "exceptions", "plan-progress", "waiting-lists", "risks", "actions", "decisions", "appendix"];
        var withRisks = BoardPackBuilder.Build(SamplePack.Input() with { Risks = new PackRiskInput(8, []) });
        var all = new HtmlParser().ParseDocument(PackHtml.RenderDocument(withRisks)).QuerySelectorAll("[id]").Select(e => e.Id).ToList();

        var positions = ids.Select(id => all.IndexOf(id)).ToList();

        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
    }

    [Fact]
    public void Cover_ShowsEveryGovernanceFieldTheSpecLists()
    {
        // board-packs.md: meeting, date, agenda item reference, title, author, lead director, purpose, level of assurance offered,
        // links to CQC key questions, to priorities and to risks, executive summary.
        var cover = Document.GetElementById("cover")!;
        var fields = cover.QuerySelectorAll("dl.lc-fields dt").ToDictionary(dt => dt.TextContent, dt => dt.NextElementSibling!.TextContent);

        Assert.Equal("Integrated performance report", cover.QuerySelector("h1")!.TextContent);
        Assert.Equal("Health Performance Board", fields["Meeting"]);
        Assert.Equal("20 November 2024", fields["Date"]);
        Assert.Equal("HPB 24/113", fields["Agenda item"]);
        Assert.Equal("Performance Team", fields["Author"]);
        Assert.Equal("Director of Operations", fields["Lead director"]);
        Assert.Equal("Assurance", fields["Purpose"]);
        Assert.Equal("Reasonable", fields["Level of assurance offered"]);
        Assert.Equal("Safe; Responsive", fields["CQC key questions"]);
        Assert.Equal("Care closer to home", fields["Priorities"]);
        Assert.Equal("R12 Workforce <gaps>", fields["Risks"]); // escaped on the way in, read back as typed
        var summary = cover.QuerySelector(".lc-summary")!.TextContent;
        Assert.Contains("Crisis response fell sharply in October.", summary, StringComparison.Ordinal);
        Assert.Contains("Appraisals remain below target.", summary, StringComparison.Ordinal);
        Assert.Equal("Executive summary", cover.QuerySelector(".lc-summary")!.PreviousElementSibling!.TextContent);
    }

    [Theory]
    [InlineData(PaperPurpose.Decision, AssuranceLevel.Substantial, "Decision", "Substantial")]
    [InlineData(PaperPurpose.Information, AssuranceLevel.Limited, "Information", "Limited")]
    [InlineData(PaperPurpose.Assurance, AssuranceLevel.None, "Assurance", "None")]
    public void Cover_ShowsEachPurposeAndLevelOfAssuranceInWords(PaperPurpose purpose, AssuranceLevel level, string purposeText, string levelText)
    {
        var pack = Pack with { Cover = Pack.Cover with { Purpose = purpose, AssuranceOffered = level, Priorities = [], Risks = [] } };
        var cover = new HtmlParser().ParseDocument(PackHtml.RenderDocument(pack)).GetElementById("cover")!;
        var fields = cover.QuerySelectorAll("dl.lc-fields dt").ToDictionary(dt => dt.TextContent, dt => dt.NextElementSibling!.TextContent);

        Assert.Equal((purposeText, levelText), (fields["Purpose"], fields["Level of assurance offered"]));
        Assert.Equal(("None", "None"), (fields["Priorities"], fields["Risks"]));
    }

    [Fact]
    public void ExceptionPages_AreOnePerExceptionMetricInTheBoardsOrder()
    {
        var pages = Document.QuerySelectorAll(".lc-exception");

        Assert.Equal(Pack.Exceptions.Select(m => m.Id), pages.Select(p => p.GetAttribute("data-metric")));
        Assert.All(pages, page => Assert.NotNull(page.QuerySelector("svg.app-spc-chart")));
        Assert.All(pages, page => Assert.NotNull(page.QuerySelector("[data-variation] svg")));
        Assert.All(pages, page => Assert.NotNull(page.QuerySelector("[data-assurance] svg")));
    }

    [Fact]
    public void ExceptionPage_ShowsTheChartsLast24PointsWithTheTargetLine()
    {
        var page = Page(SamplePack.Concern);
        var chart = page.QuerySelector("svg.app-spc-chart")!;

        Assert.Equal(PackMetric.ChartPoints, chart.QuerySelectorAll("[data-point-type][data-period]").Length);
        Assert.NotNull(chart.QuerySelector("[data-line='target']"));
        Assert.Equal("concern_low", page.QuerySelector("[data-variation]")!.GetAttribute("data-variation"));
        Assert.Equal("60.0%", page.QuerySelector("dd[data-value]")!.TextContent);
        Assert.Equal("≥ 70.0%", page.QuerySelector("dd[data-target]")!.TextContent);
    }

    [Fact]
    public void ExceptionPage_ChartDrawsTheConcernPointAsATriangle_AndKeysTheMarkersInWords()
    {
        var chart = Page(SamplePack.Concern).QuerySelector("svg.app-spc-chart")!;
        var points = chart.QuerySelectorAll("[data-point-type][data-period]").ToList();

        var latest = points[^1];
        Assert.Equal(("special_cause_concern", "triangle", "path"), (latest.GetAttribute("data-point-type"), latest.GetAttribute("data-marker"), latest.LocalName));
        Assert.All(points.Where(p => p.GetAttribute("data-point-type") == "common_cause"), p => Assert.Equal(("circle", "circle"), (p.GetAttribute("data-marker"), p.LocalName)));
        var used = points.Select(p => p.GetAttribute("data-marker")).Distinct().ToHashSet();
        var key = chart.QuerySelector("[data-key]")!;
        Assert.Equal(used, key.QuerySelectorAll("[data-marker]").Select(m => m.GetAttribute("data-marker")).ToHashSet());
        Assert.Contains("Special cause: concern", key.QuerySelectorAll("text").Select(t => t.TextContent));
    }

    [Fact]
    public void ExceptionPage_ListsTheBreakdownWorstFirst()
    {
        var rows = Page(SamplePack.Concern).QuerySelectorAll(".lc-breakdown tbody tr").Select(r => r.GetAttribute("data-unit"));

        Assert.Equal(["locality:S", "locality:N", "service:UCR"], rows);
    }

    [Fact]
    public void ExceptionPage_ListsTheWorstFiveOfEachLevel_AndSaysWhereTheRestAre()
    {
        var concern = Pack.Metrics.Single(m => m.Id == SamplePack.Concern);
        // As the builder orders them: localities, then neighbourhoods, then services, each worst first.
        List<UnitValue> units =
        [
            new("locality:S", "South", 0.40, 0.70), new("locality:N", "North", 0.50, 0.70),
            .. Enumerable.Range(1, 7).Select(i => new UnitValue($"neighbourhood:N{i}", $"Team {i}", i / 100.0, 0.70)),
            .. Enumerable.Range(1, 6).Select(i => new UnitValue($"service:S{i:00}", $"Service {i}", i / 100.0, 0.70)),
        ];
        var pack = Pack with { Metrics = [concern with { Breakdown = units }] };

        var page = new HtmlParser().ParseDocument(PackHtml.RenderDocument(pack)).QuerySelector($".lc-exception[data-metric='{SamplePack.Concern}']")!;

        Assert.Equal(
            ["locality:S", "locality:N", "neighbourhood:N1", "neighbourhood:N2", "neighbourhood:N3", "neighbourhood:N4", "neighbourhood:N5",
             "service:S01", "service:S02", "service:S03", "service:S04", "service:S05"],
            page.QuerySelectorAll(".lc-breakdown tbody tr").Select(r => r.GetAttribute("data-unit")));
        Assert.Equal("The worst 5 of each level: 12 of 15 units. Every unit is in the pack's workbook (XLSX), sheet “Breakdown”.", page.QuerySelector(".lc-breakdown__more")!.TextContent);
        Assert.Null(Page(SamplePack.Concern).QuerySelector(".lc-breakdown__more")); // three units: all shown
    }

    [Fact]
    public void ExceptionPage_ShowsTheNarrativeOrWhyThereIsNone()
    {
        var written = Page(SamplePack.Concern);
        Assert.Contains("Two vacancies in the South team.", written.TextContent, StringComparison.Ordinal);
        Assert.Contains("Recruit two band 6 nurses", written.TextContent, StringComparison.Ordinal);
        Assert.Contains("February 2025", written.TextContent, StringComparison.Ordinal);
        Assert.Contains("Accountable person: Jo Bloggs", written.QuerySelector(".lc-narrative__accountable")!.TextContent, StringComparison.Ordinal);

        var toFollow = Page(SamplePack.Failing).QuerySelector(".lc-narrative__to-follow")!;
        Assert.Equal("Narrative to follow: " + SamplePack.ToFollowReason, toFollow.TextContent);

        Assert.Equal("No narrative yet.", Page(SamplePack.Flagged).QuerySelector(".lc-narrative__missing")!.TextContent);
    }

    [Fact]
    public void UserText_IsEncoded()
    {
        Assert.DoesNotContain("<script>alert", Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>crisis</b>", Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<gaps>", Html, StringComparison.Ordinal);
        // Narratives are Markdown with raw HTML shown as text (UserMarkdown), so the tag arrives escaped inside a paragraph.
        Assert.Contains("<p>Falls in &lt;script&gt;alert('x')&lt;/script&gt; &amp; \"quotes\"</p>", Html, StringComparison.Ordinal);
        Assert.Contains(SamplePack.ScriptNarrative, Page(SamplePack.Concern).TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Matrix_ListsEachMetricInItsCell()
    {
        var matrix = Document.GetElementById("matrix")!;

        Assert.Equal(4, matrix.QuerySelectorAll("tbody tr").Length);
        Assert.Equal(4, matrix.QuerySelectorAll("thead th[data-column]").Length);
        Assert.Equal(["2-hour crisis response"], Cell(matrix, "concern/consistent_pass"));
        Assert.Equal(["Appraisal compliance"], Cell(matrix, "common_cause/consistent_fail"));
        Assert.Equal(["Waiting list size"], Cell(matrix, "common_cause/none"));
        Assert.Empty(Cell(matrix, "concern/consistent_fail"));
        Assert.Equal("Will consistently fail", matrix.QuerySelector("th[data-column='consistent_fail']")!.TextContent);
        Assert.Contains("Carer assessments", Document.GetElementById("matrix-unplaced")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void IconTable_HasOneRowPerMetricGroupedByTheme()
    {
        var table = Document.GetElementById("icon-table")!;

        Assert.Equal(Pack.Metrics.Count, table.QuerySelectorAll("tr.lc-metric-row").Length);
        Assert.Equal(["Quality", "Workforce", BoardPack.NoTheme], table.QuerySelectorAll("tbody").Select(b => b.GetAttribute("data-theme")));
        Assert.Equal(
            [SamplePack.Concern, SamplePack.Flagged],
            table.QuerySelectorAll("tbody[data-theme='Quality'] tr.lc-metric-row").Select(r => r.GetAttribute("data-metric")));
    }

    [Fact]
    public void IconTableRow_ShowsValueTargetIconsQualityAndStaleness()
    {
        var concern = Row(SamplePack.Concern);
        Assert.Equal("60.0%", concern.QuerySelector("[data-value]")!.TextContent);
        Assert.Contains("≥ 70.0%", concern.TextContent, StringComparison.Ordinal);
        Assert.Contains("Special cause concern (low)", concern.TextContent, StringComparison.Ordinal);
        Assert.Contains("Will consistently meet the target", concern.TextContent, StringComparison.Ordinal);
        Assert.Equal("T green", concern.QuerySelector("[data-part='timely']")!.TextContent);
        Assert.Equal("C amber", concern.QuerySelector("[data-part='complete']")!.TextContent);
        Assert.Equal("false", concern.QuerySelector("[data-stale]")!.GetAttribute("data-stale"));

        var stale = Row(SamplePack.Stale);
        Assert.Equal("Stale", stale.QuerySelector("[data-stale]")!.TextContent);
        Assert.Contains("Aug 2024", stale.TextContent, StringComparison.Ordinal);
        Assert.Equal("T red", stale.QuerySelector("[data-part='timely']")!.TextContent);
        Assert.Contains("1,010", stale.QuerySelector("[data-value]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void ActionsLog_PutsOverdueFirstAndSaysSo()
    {
        var rows = Document.QuerySelectorAll("#actions-log tbody tr");

        Assert.Equal(["A-1", "A-0", "A-2"], rows.Select(r => r.GetAttribute("data-reference")));
        Assert.Contains("Overdue", rows[0].TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Overdue", rows[1].TextContent, StringComparison.Ordinal);
        Assert.Single(Document.QuerySelectorAll("#decisions-log tbody tr"));
    }

    [Fact]
    public void PlanProgressAndWaitingLists_AreShownWhenThePackHasThem()
    {
        Assert.Contains("Estates delay", Document.GetElementById("plan-progress")!.TextContent, StringComparison.Ordinal);
        var waiting = Document.GetElementById("waiting-lists")!;
        Assert.Equal(["lco", "service:POD"], waiting.QuerySelectorAll(".lc-waiting tbody tr").Select(r => r.GetAttribute("data-unit")));
        Assert.Equal(["2024-09", "2024-10"], waiting.QuerySelectorAll(".lc-waiting-trend tbody tr").Select(r => r.GetAttribute("data-month")));

        var without = PackHtml.RenderBody(Pack with { PlanProgress = null, WaitingLists = null });
        Assert.DoesNotContain("id=\"plan-progress\"", without, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"waiting-lists\"", without, StringComparison.Ordinal);
    }

    [Fact]
    public void Appendix_DefinesEveryMetricAndTheKeys()
    {
        var definitions = Document.QuerySelectorAll("#definitions tbody tr");

        Assert.Equal(Pack.Metrics.Select(m => m.Id), definitions.Select(r => r.GetAttribute("data-metric")));
        var concern = definitions[0].QuerySelectorAll("td").Select(c => c.TextContent).ToList();
        Assert.Equal(["Urgent referrals seen within 2 hours", "urgent referrals", "Higher is better", "urgent_referrals", "jo.bloggs"], concern);
        Assert.Equal(7 + 3 + 1, Document.QuerySelectorAll("#icon-key li").Length);
        Assert.Equal(
            ["Special cause: improvement", "Special cause: concern", "Special cause: neither", "Common cause"],
            Document.QuerySelectorAll("#marker-key li").Select(li => li.TextContent));
        Assert.Equal(["rect", "path", "path", "circle"], Document.QuerySelectorAll("#marker-key li svg").Select(svg => svg.FirstElementChild!.LocalName));
        Assert.Contains("T: Timely", Document.GetElementById("quality-key")!.TextContent, StringComparison.Ordinal);
    }

    private static IElement Page(string metricId) => Document.QuerySelector($".lc-exception[data-metric='{metricId}']")!;

    private static IElement Row(string metricId) => Document.QuerySelector($"#icon-table tr[data-metric='{metricId}']")!;

    private static List<string> Cell(IElement matrix, string cell) =>
        [.. matrix.QuerySelectorAll($"td[data-cell='{cell}'] li").Select(li => li.TextContent)];

    [Fact]
    public void BodyOf_GivesBackTheFragmentTheDocumentWasMadeFrom()
    {
        var pack = SamplePack.Build();

        Assert.Equal(PackHtml.RenderBody(pack), PackHtml.BodyOf(PackHtml.RenderDocument(pack)));
        Assert.Equal("<p>no body</p>", PackHtml.BodyOf("<p>no body</p>"));
    }
}
