using System.Xml.Linq;
using LocalCare.Core.Metrics;
using LocalCare.Core.Spc;
using LocalCare.Reports.Charts;

namespace LocalCare.Reports.Tests.Charts;

public sealed class SpcChartSvgTests
{
    private static readonly XNamespace Svg = SpcChartSvg.Svg;

    [Fact]
    public void Build_ColoursEachPointByItsType()
    {
        var chart = Chart(Series(increase: true), target: null);

        var points = PointsOf(chart);

        Assert.Equal(20, points.Count);
        Assert.All(points, c => Assert.Equal(
            SpcChartSvg.ColourOf(Enum.GetValues<PointType>().Single(t => t.ToCode() == c.Attribute("data-point-type")!.Value)),
            c.Attribute("fill")!.Value));
        var last = points[^1];
        Assert.Equal("2024-08", last.Attribute("data-period")!.Value);
        Assert.Equal("special_cause_improvement", last.Attribute("data-point-type")!.Value);
        Assert.Equal(SpcChartSvg.ImprovementColour, last.Attribute("fill")!.Value);
        Assert.Equal(SpcChartSvg.CommonCauseColour, points[0].Attribute("fill")!.Value);
    }

    [Fact]
    public void Build_WhenLowerIsBetter_ColoursTheSameHighPointAsConcern()
    {
        var chart = Chart(Series(increase: false), target: null);

        var last = PointsOf(chart)[^1];

        Assert.Equal("special_cause_concern", last.Attribute("data-point-type")!.Value);
        Assert.Equal(SpcChartSvg.ConcernColour, last.Attribute("fill")!.Value);
        Assert.Equal("Aug 2024: 40.0%, special cause: concern (above the upper process limit)", last.Element(Svg + "title")!.Value);
    }

    [Fact]
    public void Build_DrawsTheMeanSolidAndTheProcessLimitsDashed()
    {
        var chart = Chart(Series(increase: true), target: null);

        var mean = Line(chart, "mean");
        var upl = Line(chart, "upl");
        var lpl = Line(chart, "lpl");

        Assert.Null(mean.Attribute("stroke-dasharray"));
        Assert.Equal(SpcChartSvg.MeanColour, mean.Attribute("stroke")!.Value);
        Assert.Equal(SpcChartSvg.LimitDash, upl.Attribute("stroke-dasharray")!.Value);
        Assert.Equal(SpcChartSvg.LimitDash, lpl.Attribute("stroke-dasharray")!.Value);
        Assert.True(Y(upl) < Y(mean) && Y(mean) < Y(lpl), "UPL above the mean above the LPL");
    }

    [Fact]
    public void Build_DrawsATargetLineInItsOwnColourOnlyWithATarget()
    {
        var with = Chart(Series(increase: true), target: 0.25);
        var without = Chart(Series(increase: true), target: null);

        var target = Line(with, "target");

        Assert.Equal(SpcChartSvg.TargetColour, target.Attribute("stroke")!.Value);
        Assert.NotEqual(SpcChartSvg.MeanColour, SpcChartSvg.TargetColour);
        Assert.NotEqual(SpcChartSvg.LimitColour, SpcChartSvg.TargetColour);
        Assert.Contains(with.Descendants(Svg + "text"), t => t.Value == "Target");
        Assert.DoesNotContain(without.Descendants(), e => e.Attribute("data-line")?.Value == "target");
        Assert.DoesNotContain(without.Descendants(Svg + "text"), t => t.Value == "Target");
    }

    [Fact]
    public void Build_IsAnImageWithATitleAndADescription()
    {
        var chart = Chart(Series(increase: true), target: null);

        Assert.Equal("img", chart.Attribute("role")!.Value);
        Assert.Equal("chart-title chart-desc", chart.Attribute("aria-labelledby")!.Value);
        Assert.Equal("Test chart", chart.Elements(Svg + "title").Single(t => t.Attribute("id")?.Value == "chart-title").Value);
        Assert.Equal("What it shows", chart.Elements(Svg + "desc").Single(t => t.Attribute("id")?.Value == "chart-desc").Value);
        Assert.All(PointsOf(chart), c => Assert.False(string.IsNullOrEmpty(c.Element(Svg + "title")?.Value)));
    }

    [Fact]
    public void Build_LabelsTheAxesWithMonthsAndPercentages()
    {
        var chart = Chart(Series(increase: true), target: null);

        var texts = chart.Descendants(Svg + "text").Select(t => t.Value).ToList();

        Assert.Contains("Aug 24", texts);
        Assert.Contains("Feb 23", texts);
        Assert.DoesNotContain("Jan 23", texts); // every other month of 20, counted back from the latest
        Assert.Contains(texts, t => t.EndsWith('%'));
        Assert.Contains("Mean", texts);
        Assert.Contains("UPL", texts);
        Assert.Contains("LPL", texts);
    }

    [Fact]
    public void Build_CountsAreLabelledInWholeNumbers()
    {
        var points = SpcCalculator.Calculate([new("2024-01", 0), new("2024-02", 1), new("2024-03", 0), new("2024-04", 2)], new SpcOptions(ImprovementDirection.Decrease)).Points;
        var chart = SpcChartSvg.Build(new SpcChartInput("chart", "Counts", "", MetricKind.Count, points, new Dictionary<string, double?>(), v => v.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        var ticks = chart.Descendants(Svg + "g").First(g => g.Attribute("data-axes") is not null).Elements(Svg + "text")
            .Where(t => t.Attribute("text-anchor")!.Value == "end").Select(t => t.Value).ToList();

        Assert.NotEmpty(ticks);
        Assert.All(ticks, t => Assert.Matches("^-?[0-9,]+$", t));
    }

    [Fact]
    public void Build_WithOnePoint_DrawsTheMeanButNoLimits()
    {
        var points = SpcCalculator.Calculate([new("2024-12", 0.5)], new SpcOptions(ImprovementDirection.Increase)).Points;
        var chart = SpcChartSvg.Build(new SpcChartInput("chart", "One", "", MetricKind.Ratio, points, new Dictionary<string, double?>(), v => v.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Single(PointsOf(chart));
        Line(chart, "mean");
        Assert.DoesNotContain(chart.Descendants(), e => e.Attribute("data-line")?.Value is "upl" or "lpl");
    }

    [Fact]
    public void Build_EscapesText()
    {
        var points = SpcCalculator.Calculate([new("2024-01", 1), new("2024-02", 2)], new SpcOptions(ImprovementDirection.Increase)).Points;

        var markup = SpcChartSvg.Render(new SpcChartInput("chart", "<script>alert(1)</script> & co", "", MetricKind.Count, points, new Dictionary<string, double?>(), v => "x"));

        Assert.DoesNotContain("<script>", markup, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co", markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_DrawsEachPointTypeInItsOwnShape_SoColourIsNotTheOnlyCue()
    {
        var chart = Chart(MixedSeries(ImprovementDirection.Increase), target: null);

        var points = PointsOf(chart);
        var byType = points.GroupBy(p => p.Attribute("data-point-type")!.Value).ToDictionary(g => g.Key, g => g.ToList());

        Assert.Equal(["common_cause", "special_cause_concern", "special_cause_improvement"], byType.Keys.Order(StringComparer.Ordinal));
        Assert.All(byType["common_cause"], p => Assert.Equal(("circle", "circle"), (p.Name.LocalName, p.Attribute("data-marker")!.Value)));
        Assert.All(byType["special_cause_improvement"], p => Assert.Equal(("rect", "square"), (p.Name.LocalName, p.Attribute("data-marker")!.Value)));
        Assert.All(byType["special_cause_concern"], p => Assert.Equal(("path", "triangle"), (p.Name.LocalName, p.Attribute("data-marker")!.Value)));
        Assert.All(byType["special_cause_concern"], p => Assert.Equal(3, p.Attribute("d")!.Value.Count(c => c is 'M' or 'L'))); // three corners
        Assert.Equal("2023-11", Assert.Single(byType["special_cause_concern"]).Attribute("data-period")!.Value);
        Assert.Equal("2024-08", Assert.Single(byType["special_cause_improvement"]).Attribute("data-period")!.Value);
    }

    [Fact]
    public void Build_DirectionNeither_DrawsSpecialCausesAsDiamonds()
    {
        var chart = Chart(MixedSeries(ImprovementDirection.Neither), target: null);

        var special = PointsOf(chart).Where(p => p.Attribute("data-point-type")!.Value != "common_cause").ToList();

        Assert.Equal(["special_cause_neutral_low", "special_cause_neutral_high"], special.Select(p => p.Attribute("data-point-type")!.Value));
        Assert.All(special, p => Assert.Equal(("path", "diamond"), (p.Name.LocalName, p.Attribute("data-marker")!.Value)));
        Assert.All(special, p => Assert.Equal(4, p.Attribute("d")!.Value.Count(c => c is 'M' or 'L'))); // four corners
        Assert.Equal(["Special cause: neither", "Common cause"], KeyTexts(chart));
    }

    [Fact]
    public void Build_KeysTheMarkersItUses_InWords_UnlessThePageGivesTheKey()
    {
        var mixed = Chart(MixedSeries(ImprovementDirection.Increase), target: null);
        var calm = Chart(SpcCalculator.Calculate(
            [.. Enumerable.Range(0, 12).Select(i => new SpcInputPoint(new Core.Generation.YearMonth(2024, 1).AddMonths(i).ToString(), i % 2 == 0 ? 0.2 : 0.21))],
            new SpcOptions(ImprovementDirection.Increase)), target: null);
        var points = MixedSeries(ImprovementDirection.Increase).Points;
        var withoutKey = SpcChartSvg.Build(new SpcChartInput("c", "t", "d", MetricKind.Ratio, points, new Dictionary<string, double?>(), v => "x", DrawKey: false));

        Assert.Equal(["Special cause: improvement", "Special cause: concern", "Common cause"], KeyTexts(mixed));
        var key = mixed.Descendants(Svg + "g").Single(g => g.Attribute("data-key") is not null);
        Assert.Equal(["square", "triangle", "circle"], key.Elements().Where(e => e.Attribute("data-marker") is not null).Select(e => e.Attribute("data-marker")!.Value));
        Assert.Equal(["Common cause"], KeyTexts(calm));
        Assert.DoesNotContain(withoutKey.Descendants(), e => e.Attribute("data-key") is not null);
        Assert.Equal(points.Count, PointsOf(withoutKey).Count);
    }

    [Fact]
    public void MarkerIcon_IsTheChartsShape_HiddenFromScreenReaders()
    {
        var shapes = SpcChartSvg.KeyOrder.Select(t => XElement.Parse(SpcChartSvg.MarkerIcon(t))).ToList();

        Assert.Equal(["rect", "path", "path", "circle"], shapes.Select(s => s.Elements().Single().Name.LocalName));
        Assert.Equal(
            [SpcChartSvg.ImprovementColour, SpcChartSvg.ConcernColour, SpcChartSvg.NeutralColour, SpcChartSvg.CommonCauseColour],
            shapes.Select(s => s.Elements().Single().Attribute("fill")!.Value));
        Assert.All(shapes, s => Assert.Equal("true", s.Attribute("aria-hidden")!.Value));
        Assert.Equal(4, SpcChartSvg.KeyOrder.Select(SpcChartSvg.MarkerOf).Distinct().Count());
    }

    [Fact]
    public void Icons_CarryALetterAsWellAsAColour()
    {
        var concern = XElement.Parse(SpcIcons.VariationIcon(Variation.ConcernHigh, 32));
        var improvement = XElement.Parse(SpcIcons.VariationIcon(Variation.ImprovementLow, 32));
        var fail = XElement.Parse(SpcIcons.AssuranceIcon(Assurance.ConsistentFail, 32));
        var common = XElement.Parse(SpcIcons.VariationIcon(Variation.CommonCause, 32));

        Assert.Equal(("concern_high", SpcChartSvg.ConcernColour, "H"), (concern.Attribute("data-icon")!.Value, concern.Element(Svg + "circle")!.Attribute("stroke")!.Value, concern.Element(Svg + "text")!.Value));
        Assert.Equal(("improvement_low", SpcChartSvg.ImprovementColour, "L"), (improvement.Attribute("data-icon")!.Value, improvement.Element(Svg + "circle")!.Attribute("stroke")!.Value, improvement.Element(Svg + "text")!.Value));
        Assert.Equal(("consistent_fail", SpcChartSvg.ConcernColour, "F"), (fail.Attribute("data-icon")!.Value, fail.Element(Svg + "circle")!.Attribute("stroke")!.Value, fail.Element(Svg + "text")!.Value));
        Assert.Equal(SpcChartSvg.CommonCauseColour, common.Element(Svg + "circle")!.Attribute("stroke")!.Value);
        Assert.Equal("true", concern.Attribute("aria-hidden")!.Value);
        Assert.Equal("Special cause concern (high)", SpcIcons.Text(Variation.ConcernHigh));
        Assert.Equal("No target to assure", SpcIcons.Text(null, hasValues: true));
    }

    [Fact]
    public void Sparkline_ColoursItsLastPointAndSaysWhatItShows()
    {
        var points = Series(increase: false).Points;

        var sparkline = XElement.Parse(SpcIcons.Sparkline(points, "Trend of the test"));

        Assert.Equal("img", sparkline.Attribute("role")!.Value);
        Assert.Equal("Trend of the test", sparkline.Attribute("aria-label")!.Value);
        Assert.Equal(points.Count, sparkline.Element(Svg + "polyline")!.Attribute("points")!.Value.Split(' ').Length);
        Assert.Equal(SpcChartSvg.ConcernColour, sparkline.Element(Svg + "circle")!.Attribute("fill")!.Value);
    }

    /// <summary>20 months around 20% then a jump to 40% in the last: above the UPL.</summary>
    private static SpcResult Series(bool increase)
    {
        double[] values = [0.20, 0.21, 0.19, 0.20, 0.22, 0.18, 0.20, 0.21, 0.19, 0.20, 0.21, 0.19, 0.20, 0.22, 0.18, 0.20, 0.21, 0.19, 0.20, 0.40];
        var periods = Enumerable.Range(0, values.Length).Select(i => new Core.Generation.YearMonth(2023, 1).AddMonths(i).ToString()).ToList();
        return SpcCalculator.Calculate(
            periods.Zip(values, (p, v) => new SpcInputPoint(p, v)).ToList(),
            new SpcOptions(increase ? ImprovementDirection.Increase : ImprovementDirection.Decrease));
    }

    /// <summary>The 20 months of <see cref="Series"/> with November 2023 dropped to 2%: one point below the LPL, one above the UPL.</summary>
    private static SpcResult MixedSeries(ImprovementDirection direction)
    {
        double[] values = [0.20, 0.21, 0.19, 0.20, 0.22, 0.18, 0.20, 0.21, 0.19, 0.20, 0.02, 0.19, 0.20, 0.22, 0.18, 0.20, 0.21, 0.19, 0.20, 0.40];
        return SpcCalculator.Calculate(
            [.. values.Select((v, i) => new SpcInputPoint(new Core.Generation.YearMonth(2023, 1).AddMonths(i).ToString(), v))],
            new SpcOptions(direction));
    }

    /// <summary>The chart's points: the markers that carry a period (the key's markers carry none).</summary>
    private static List<XElement> PointsOf(XElement chart) => [.. chart.Descendants().Where(e => e.Attribute("data-period") is not null)];

    private static List<string> KeyTexts(XElement chart) =>
        [.. chart.Descendants(Svg + "g").Single(g => g.Attribute("data-key") is not null).Elements(Svg + "text").Select(t => t.Value)];

    private static XElement Chart(SpcResult result, double? target) =>
        SpcChartSvg.Build(new SpcChartInput(
            "chart", "Test chart", "What it shows", MetricKind.Ratio, result.Points,
            result.Points.ToDictionary(p => p.Period, _ => target),
            v => (v * 100).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + "%"));

    private static XElement Line(XElement chart, string name) =>
        chart.Descendants().Single(e => e.Attribute("data-line")?.Value == name);

    /// <summary>The y of a horizontal path "Mx,y Lx,y".</summary>
    private static double Y(XElement path) =>
        double.Parse(path.Attribute("d")!.Value.Split(' ')[0].Split(',')[1], System.Globalization.CultureInfo.InvariantCulture);
}
