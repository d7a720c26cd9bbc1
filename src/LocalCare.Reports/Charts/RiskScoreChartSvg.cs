using System.Globalization;
using System.Xml.Linq;
using LocalCare.Core.Risks;

namespace LocalCare.Reports.Charts;

/// <summary>What a risk's score-history chart draws: its points (date and score, oldest first) and its target score.</summary>
public sealed record RiskScoreChartInput(string Id, string Title, IReadOnlyList<(DateOnly On, RiskScore Score)> Points, RiskScore Target);

/// <summary>
/// Draws a risk's score history as SVG on the server: dates along the x axis, the 5×5 score (1–25) up the y axis over the four
/// NHS bands shaded and labelled, the score as a stepped line with a marker at each re-score, and the target as a dashed line.
/// Only presentation attributes (the CSP allows no inline styles); a text description says the same for people who cannot see it.
/// </summary>
public static class RiskScoreChartSvg
{
    public const int Width = 760;
    public const int Height = 300;
    public const string LineColour = "#005EB8";
    public const string TargetColour = "#007F3B";
    private const double Left = 48;
    private const double Right = 96;
    private const double Top = 16;
    private const double Bottom = 40;
    private const double PlotWidth = Width - Left - Right;
    private const double PlotHeight = Height - Top - Bottom;

    private static readonly XNamespace Svg = SpcChartSvg.Svg;

    /// <summary>Each band's shading (light) and the score range it covers on the axis.</summary>
    private static readonly (RiskScoreBand Band, double From, double To, string Fill)[] Bands =
    [
        (RiskScoreBand.Low, 0, 3.5, "#E3F2E7"),
        (RiskScoreBand.Moderate, 3.5, 7, "#FFF9C4"),
        (RiskScoreBand.High, 7, 13.5, "#FFE6CC"),
        (RiskScoreBand.Extreme, 13.5, 25, "#FBE3E1"),
    ];

    public static string Render(RiskScoreChartInput chart) => Build(chart).ToString(SaveOptions.DisableFormatting);

    /// <summary>"Score 16 (extreme) on 15 Apr 2024, then 12 (high) on 14 Oct 2024. Target 8 (high)."</summary>
    public static string Describe(RiskScoreChartInput chart) =>
        chart.Points.Count == 0 ? "No scores recorded."
        : "Score " + string.Join(", then ", chart.Points.Select(p => $"{p.Score.Score} ({p.Score.Band.ToCode()}) on {RiskFields.Format(p.On)}"))
          + $". Target {chart.Target.Score} ({chart.Target.Band.ToCode()}).";

    public static XElement Build(RiskScoreChartInput chart)
    {
        var svg = new XElement(Svg + "svg",
            new XAttribute("viewBox", $"0 0 {Width} {Height}"),
            new XAttribute("class", "app-risk-chart"),
            new XAttribute("role", "img"),
            new XAttribute("aria-labelledby", $"{chart.Id}-title {chart.Id}-desc"),
            new XAttribute("font-size", "12"),
            new XElement(Svg + "title", new XAttribute("id", $"{chart.Id}-title"), chart.Title),
            new XElement(Svg + "desc", new XAttribute("id", $"{chart.Id}-desc"), Describe(chart)));

        foreach (var (band, from, to, fill) in Bands)
        {
            svg.Add(new XElement(Svg + "rect", Attr("x", Left), Attr("y", Y(to)), Attr("width", PlotWidth), Attr("height", Y(from) - Y(to)),
                new XAttribute("fill", fill), new XAttribute("data-band", band.ToCode())));
            svg.Add(Text(Left + PlotWidth + 6, (Y(from) + Y(to)) / 2 + 4, band.ToLabel(), "start"));
        }

        foreach (var tick in new[] { 1, 4, 8, 12, 15, 20, 25 })
        {
            svg.Add(Text(Left - 6, Y(tick) + 4, tick.ToString(CultureInfo.InvariantCulture), "end"));
        }

        if (chart.Points.Count == 0)
        {
            svg.Add(Text(Width / 2.0, Height / 2.0, "No scores recorded", "middle"));
            return svg;
        }

        var first = chart.Points[0].On;
        var last = chart.Points[^1].On;
        var span = Math.Max(1, last.DayNumber - first.DayNumber);
        double X(DateOnly date) => chart.Points.Count == 1 ? Left + PlotWidth / 2 : Left + 12 + (PlotWidth - 24) * (date.DayNumber - first.DayNumber) / span;

        svg.Add(new XElement(Svg + "line", Attr("x1", Left), Attr("x2", Left + PlotWidth), Attr("y1", Y(chart.Target.Score)), Attr("y2", Y(chart.Target.Score)),
            new XAttribute("stroke", TargetColour), new XAttribute("stroke-width", "2"), new XAttribute("stroke-dasharray", "6 4"), new XAttribute("data-line", "target")));
        svg.Add(Text(Left + 4, Y(chart.Target.Score) - 4, $"Target {chart.Target.Score}", "start"));

        // A score holds until the next re-score, so the line steps rather than slopes.
        var path = new List<string>();
        for (var i = 0; i < chart.Points.Count; i++)
        {
            var (on, score) = chart.Points[i];
            path.Add(i == 0 ? $"M{F(X(on))} {F(Y(score.Score))}" : $"H{F(X(on))} V{F(Y(score.Score))}");
        }

        path.Add($"H{F(Left + PlotWidth)}");
        svg.Add(new XElement(Svg + "path", new XAttribute("d", string.Join(' ', path)), new XAttribute("fill", "none"),
            new XAttribute("stroke", LineColour), new XAttribute("stroke-width", "2.5"), new XAttribute("data-line", "score")));

        foreach (var (on, score) in chart.Points)
        {
            svg.Add(new XElement(Svg + "circle", Attr("cx", X(on)), Attr("cy", Y(score.Score)), new XAttribute("r", "5"), new XAttribute("fill", LineColour),
                new XAttribute("data-point", RiskFields.Iso(on)), new XAttribute("data-score", score.Score.ToString(CultureInfo.InvariantCulture)),
                new XElement(Svg + "title", $"{RiskFields.Format(on)}: {score} {score.Band.ToLabel()}")));
        }

        svg.Add(Text(Left, Height - 14, RiskFields.Format(first), "start"));
        if (last != first)
        {
            svg.Add(Text(Left + PlotWidth, Height - 14, RiskFields.Format(last), "end"));
        }

        return svg;
    }

    private static double Y(double score) => Top + PlotHeight * (1 - score / 25.0);

    private static XAttribute Attr(string name, double value) => new(name, F(value));

    private static string F(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static XElement Text(double x, double y, string text, string anchor) =>
        new(Svg + "text", Attr("x", x), Attr("y", y), new XAttribute("text-anchor", anchor), new XAttribute("fill", "#212B32"), text);
}
