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

        var circles = chart.Descendants(Svg + "circle").ToList();

        Assert.Equal(20, circles.Count);
        Assert.All(circles, c => Assert.Equal(
            SpcChartSvg.ColourOf(Enum.GetValues<PointType>().Single(t => t.ToCode() == c.Attribute("data-point-type")!.Value)),
            c.Attribute("fill")!.Value));
        var last = circles[^1];
        Assert.Equal("2024-08", last.Attribute("data-period")!.Value);
        Assert.Equal("special_cause_improvement", last.Attribute("data-point-type")!.Value);
        Assert.Equal(SpcChartSvg.ImprovementColour, last.Attribute("fill")!.Value);
        Assert.Equal(SpcChartSvg.CommonCauseColour, circles[0].Attribute("fill")!.Value);
    }

    [Fact]
    public void Build_WhenLowerIsBetter_ColoursTheSameHighPointAsConcern()
    {
        var chart = Chart(Series(increase: false), target: null);

        var last = chart.Descendants(Svg + "circle").Last();

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
        Assert.All(chart.Descendants(Svg + "circle"), c => Assert.False(string.IsNullOrEmpty(c.Element(Svg + "title")?.Value)));
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

        Assert.Single(chart.Descendants(Svg + "circle"));
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
