using System.Xml.Linq;
using LocalCare.Core.Risks;
using LocalCare.Reports.Charts;

namespace LocalCare.Reports.Tests.Charts;

/// <summary>The score-history chart: a point per re-score with its score, the target line, the four bands, and a description in words.</summary>
public sealed class RiskScoreChartSvgTests
{
    private static readonly RiskScoreChartInput Chart = new("c", "Score history of R-001",
        [(new DateOnly(2024, 4, 15), new RiskScore(4, 4)), (new DateOnly(2024, 10, 14), new RiskScore(3, 4)), (new DateOnly(2025, 1, 13), new RiskScore(3, 4))],
        new RiskScore(2, 4));

    [Fact]
    public void Chart_HasAPointPerScore_TheTargetLine_AndTheBands()
    {
        var svg = XElement.Parse(RiskScoreChartSvg.Render(Chart));
        XNamespace ns = "http://www.w3.org/2000/svg";

        var points = svg.Descendants(ns + "circle").ToList();
        Assert.Equal(["2024-04-15", "2024-10-14", "2025-01-13"], points.Select(p => (string?)p.Attribute("data-point")));
        Assert.Equal(["16", "12", "12"], points.Select(p => (string?)p.Attribute("data-score")));
        // Higher scores sit higher up the chart.
        Assert.True(double.Parse((string)points[0].Attribute("cy")!, System.Globalization.CultureInfo.InvariantCulture) < double.Parse((string)points[1].Attribute("cy")!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Single(svg.Descendants(ns + "line"), l => (string?)l.Attribute("data-line") == "target");
        Assert.Equal(["low", "moderate", "high", "extreme"], svg.Descendants(ns + "rect").Select(r => (string?)r.Attribute("data-band")));
        Assert.Equal("img", (string?)svg.Attribute("role"));
    }

    [Fact]
    public void Description_SaysTheScoresInWords() =>
        Assert.Equal("Score 16 (extreme) on 15 Apr 2024, then 12 (high) on 14 Oct 2024, then 12 (high) on 13 Jan 2025. Target 8 (high).", RiskScoreChartSvg.Describe(Chart));
}
