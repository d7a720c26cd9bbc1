using System.Xml.Linq;
using LocalCare.Web.Features.WaitingLists;

namespace LocalCare.Web.Tests.Features.WaitingLists;

/// <summary>The waiting-list charts' SVG: lines that break where a value is missing, and labelled vertical markers.</summary>
public sealed class WaitingChartSvgTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void ALine_BreaksWhereAValueIsMissing_AndAPointAloneIsADot()
    {
        var svg = WaitingChartSvg.Build(Chart([1, 2, null, 3, null, 4, 5, 6]));

        var lines = svg.Descendants(Svg + "polyline").Where(l => (string?)l.Attribute("data-series") == "Load").ToList();
        Assert.Equal([2, 3], lines.Select(l => ((string)l.Attribute("points")!).Split(' ').Length));
        Assert.Single(svg.Descendants(Svg + "circle"), c => (string?)c.Attribute("data-series") == "Load");
    }

    [Fact]
    public void AMarker_IsADashedVerticalLineWithItsLabel_AndOneOutsideTheChartIsLeftOut()
    {
        var chart = Chart([1, 2, 3, 4]) with { Markers = [new ChartMarker(2, "Goal: 2025-03", "#DA291C"), new ChartMarker(9, "Beyond", "#DA291C")] };

        var svg = WaitingChartSvg.Build(chart);

        var marker = Assert.Single(svg.Descendants(Svg + "g"), g => g.Attribute("data-marker") is not null);
        Assert.Equal("Goal: 2025-03", (string)marker.Attribute("data-marker")!);
        var line = marker.Element(Svg + "line")!;
        Assert.Equal(((string)line.Attribute("x1")!, "4 3"), ((string)line.Attribute("x2")!, (string)line.Attribute("stroke-dasharray")!));
        Assert.Equal("Goal: 2025-03", marker.Element(Svg + "text")!.Value);
    }

    private static WaitingChart Chart(double?[] values) => new(
        "test", "A test chart", "Values in words.", [.. values.Select((_, i) => i.ToString(System.Globalization.CultureInfo.InvariantCulture))],
        [new ChartSeries("Load", "#7C2855", values, ChartSeriesKind.Line)], "Load");
}
