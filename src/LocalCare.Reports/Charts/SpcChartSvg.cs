using System.Globalization;
using System.Xml.Linq;
using LocalCare.Core.Generation;
using LocalCare.Core.Metrics;
using LocalCare.Core.Spc;

namespace LocalCare.Reports.Charts;

/// <summary>What an SPC chart draws.</summary>
/// <param name="Id">Prefix of the chart's element ids (unique on the page).</param>
/// <param name="Title">The chart's accessible name.</param>
/// <param name="Description">The chart in words, for people who cannot see it.</param>
/// <param name="Kind">How the y axis is labelled: ratios as percentages, counts as whole numbers.</param>
/// <param name="Points">The points to draw, in period order, with their group's mean and limits.</param>
/// <param name="Targets">The target of each period (null: none); the target line follows it.</param>
/// <param name="FormatValue">A value as people read it ("93.4%"), for each point's tooltip.</param>
/// <param name="DrawKey">Draw the key to the point markers under the chart; false where the page gives the key beside it.</param>
public sealed record SpcChartInput(
    string Id, string Title, string Description, MetricKind Kind, IReadOnlyList<SpcPoint> Points,
    IReadOnlyDictionary<string, double?> Targets, Func<double, string> FormatValue, bool DrawKey = true);

/// <summary>
/// Draws a Making Data Count XmR chart as SVG on the server (spc.md's picture): months along the x axis, the mean as a solid
/// line, the process limits dashed, the target in its own colour, each point coloured by its type and drawn in its type's shape
/// (<see cref="MarkerOf"/>), so colour is never the only cue (spc.md); a key under the chart names the shapes it uses. Only
/// presentation attributes are used (the CSP allows no inline styles); every text is escaped by <see cref="XElement"/>.
/// </summary>
public static class SpcChartSvg
{
    public const string ImprovementColour = "#41B6E6";
    public const string ConcernColour = "#ED8B00";
    public const string CommonCauseColour = "#768692";
    public const string NeutralColour = "#490092";
    public const string MeanColour = "#212B32";
    public const string LimitColour = "#425563";
    public const string TargetColour = "#DA291C";
    public const string DataLineColour = "#AEB7BD";
    public const string LimitDash = "6 4";

    public const int Width = 760;
    public const int Height = 360;
    private const double Left = 72;
    private const double Right = 96;
    private const double Top = 16;
    private const double Bottom = 60;
    private const double PlotWidth = Width - Left - Right;
    private const double PlotHeight = Height - Top - Bottom;

    public static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    /// <summary>The colour spc.md gives a point type.</summary>
    public static string ColourOf(PointType type) => type switch
    {
        PointType.SpecialCauseImprovement => ImprovementColour,
        PointType.SpecialCauseConcern => ConcernColour,
        PointType.SpecialCauseNeutralHigh or PointType.SpecialCauseNeutralLow => NeutralColour,
        _ => CommonCauseColour,
    };

    /// <summary>The marker shape of a point type: common cause a small circle, improvement a square, concern a triangle, neither a diamond.</summary>
    public static string MarkerOf(PointType type) => type switch
    {
        PointType.SpecialCauseImprovement => "square",
        PointType.SpecialCauseConcern => "triangle",
        PointType.SpecialCauseNeutralHigh or PointType.SpecialCauseNeutralLow => "diamond",
        _ => "circle",
    };

    /// <summary>What the key calls a point type's marker (the two sides of "neither" share one shape and one entry).</summary>
    public static string MarkerText(PointType type) => type switch
    {
        PointType.SpecialCauseImprovement => "Special cause: improvement",
        PointType.SpecialCauseConcern => "Special cause: concern",
        PointType.SpecialCauseNeutralHigh or PointType.SpecialCauseNeutralLow => "Special cause: neither",
        _ => "Common cause",
    };

    /// <summary>The point types in the order a key lists them, one per marker.</summary>
    public static IReadOnlyList<PointType> KeyOrder { get; } =
        [PointType.SpecialCauseImprovement, PointType.SpecialCauseConcern, PointType.SpecialCauseNeutralHigh, PointType.CommonCause];

    /// <summary>A point type's marker alone, 14 px square, for a key beside a chart (hidden from screen readers: the key's text says it).</summary>
    public static string MarkerIcon(PointType type) =>
        new XElement(Svg + "svg",
            new XAttribute("width", "14"), new XAttribute("height", "14"), new XAttribute("viewBox", "0 0 14 14"),
            new XAttribute("aria-hidden", "true"), new XAttribute("focusable", "false"),
            Marker(type, 7, 7)).ToString(SaveOptions.DisableFormatting);

    /// <summary>The chart as markup to put in a page.</summary>
    public static string Render(SpcChartInput chart) => Build(chart).ToString(SaveOptions.DisableFormatting);

    public static XElement Build(SpcChartInput chart)
    {
        var svg = new XElement(Svg + "svg",
            new XAttribute("viewBox", $"0 0 {Width} {Height}"),
            new XAttribute("class", "app-spc-chart"),
            new XAttribute("role", "img"),
            new XAttribute("aria-labelledby", $"{chart.Id}-title {chart.Id}-desc"),
            new XAttribute("font-size", "12"),
            new XElement(Svg + "title", new XAttribute("id", $"{chart.Id}-title"), chart.Title),
            new XElement(Svg + "desc", new XAttribute("id", $"{chart.Id}-desc"), chart.Description));

        var points = chart.Points;
        if (points.Count == 0)
        {
            svg.Add(Text(Width / 2.0, Height / 2.0, "No values to chart", "middle"));
            return svg;
        }

        var scale = YScale.For(chart);
        var band = PlotWidth / points.Count;
        double X(int i) => Left + (band * (i + 0.5));

        svg.Add(Axes(chart, scale, band));

        // Mean and limits per group (a rebase starts new lines), over the group's stretch of the x axis.
        var lines = new XElement(Svg + "g", new XAttribute("fill", "none"));
        foreach (var group in points.Select((p, i) => (Point: p, Index: i)).GroupBy(p => p.Point.Group))
        {
            var first = group.First();
            var from = X(first.Index) - (band / 2);
            var to = X(group.Last().Index) + (band / 2);
            lines.Add(HorizontalLine("mean", from, to, scale.Y(first.Point.Mean), MeanColour, null));
            if (first.Point.Upl is { } upl && first.Point.Lpl is { } lpl)
            {
                lines.Add(HorizontalLine("upl", from, to, scale.Y(upl), LimitColour, LimitDash));
                lines.Add(HorizontalLine("lpl", from, to, scale.Y(lpl), LimitColour, LimitDash));
            }
        }

        if (TargetPath(points, chart.Targets, scale, band, X) is { } target)
        {
            lines.Add(new XElement(Svg + "path",
                new XAttribute("d", target), new XAttribute("stroke", TargetColour), new XAttribute("stroke-width", "2"), new XAttribute("data-line", "target")));
        }

        lines.Add(new XElement(Svg + "polyline",
            new XAttribute("points", string.Join(' ', points.Select((p, i) => $"{N(X(i))},{N(scale.Y(p.Value))}"))),
            new XAttribute("stroke", DataLineColour), new XAttribute("stroke-width", "1.5"), new XAttribute("data-line", "values")));
        svg.Add(lines);

        svg.Add(new XElement(Svg + "g", points.Select((p, i) => Point(chart, p, X(i), scale.Y(p.Value)))));
        svg.Add(LineLabels(chart, points, scale));
        if (chart.DrawKey)
        {
            svg.Add(Key(points));
        }

        return svg;
    }

    private static XElement Point(SpcChartInput chart, SpcPoint point, double x, double y)
    {
        var title = $"{MonthLabel(point.Period, "MMM yyyy")}: {chart.FormatValue(point.Value)}, {point.PointType.ToText().ToLowerInvariant()}"
                    + (point.Label == SpcLabel.CommonCause ? "" : $" ({point.Label.ToText().ToLowerInvariant()})");
        var marker = Marker(point.PointType, x, y);
        marker.Add(
            new XAttribute("data-period", point.Period), new XAttribute("data-point-type", point.PointType.ToCode()),
            new XAttribute("data-marker", MarkerOf(point.PointType)), new XElement(Svg + "title", title));
        return marker;
    }

    /// <summary>A point type's shape centred on (x, y), filled with its colour; special causes larger than common cause.</summary>
    private static XElement Marker(PointType type, double x, double y)
    {
        var shape = MarkerOf(type) switch
        {
            "square" => new XElement(Svg + "rect",
                new XAttribute("x", N(x - 4.5)), new XAttribute("y", N(y - 4.5)), new XAttribute("width", "9"), new XAttribute("height", "9")),
            "triangle" => new XElement(Svg + "path",
                new XAttribute("d", $"M{N(x)},{N(y - 6)} L{N(x + 6)},{N(y + 4.5)} L{N(x - 6)},{N(y + 4.5)} Z")),
            "diamond" => new XElement(Svg + "path",
                new XAttribute("d", $"M{N(x)},{N(y - 6)} L{N(x + 6)},{N(y)} L{N(x)},{N(y + 6)} L{N(x - 6)},{N(y)} Z")),
            _ => new XElement(Svg + "circle", new XAttribute("cx", N(x)), new XAttribute("cy", N(y)), new XAttribute("r", "3.5")),
        };
        shape.Add(new XAttribute("fill", ColourOf(type)), new XAttribute("stroke", "#ffffff"), new XAttribute("stroke-width", "1"));
        return shape;
    }

    /// <summary>The key under the chart: each marker the chart uses with its words, in <see cref="KeyOrder"/>.</summary>
    private static XElement Key(IReadOnlyList<SpcPoint> points)
    {
        var used = points.Select(p => MarkerOf(p.PointType)).ToHashSet(StringComparer.Ordinal);
        var key = new XElement(Svg + "g", new XAttribute("data-key", ""), new XAttribute("fill", "#4C6272"));
        var x = Left;
        var y = Height - 12.0;
        foreach (var type in KeyOrder.Where(t => used.Contains(MarkerOf(t))))
        {
            var entry = Marker(type, x + 6, y - 4);
            entry.Add(new XAttribute("data-marker", MarkerOf(type)));
            key.Add(entry, Text(x + 16, y, MarkerText(type), "start"));
            x += 30 + (MarkerText(type).Length * 6.2);
        }

        return key;
    }

    private static XElement Axes(SpcChartInput chart, YScale scale, double band)
    {
        var axes = new XElement(Svg + "g", new XAttribute("fill", "#4C6272"), new XAttribute("data-axes", ""));
        foreach (var tick in scale.Ticks)
        {
            var y = scale.Y(tick);
            axes.Add(new XElement(Svg + "line",
                new XAttribute("x1", N(Left)), new XAttribute("x2", N(Left + PlotWidth)), new XAttribute("y1", N(y)), new XAttribute("y2", N(y)),
                new XAttribute("stroke", "#D8DDE0"), new XAttribute("stroke-width", "1")));
            axes.Add(Text(Left - 8, y + 4, scale.Label(tick), "end"));
        }

        axes.Add(new XElement(Svg + "line",
            new XAttribute("x1", N(Left)), new XAttribute("x2", N(Left + PlotWidth)), new XAttribute("y1", N(Top + PlotHeight)), new XAttribute("y2", N(Top + PlotHeight)),
            new XAttribute("stroke", "#4C6272"), new XAttribute("stroke-width", "1")));

        // At most about 12 month labels, always including the latest month.
        var points = chart.Points;
        var every = (int)Math.Ceiling(points.Count / 12.0);
        for (var i = points.Count - 1; i >= 0; i -= every)
        {
            var x = Left + (band * (i + 0.5));
            axes.Add(new XElement(Svg + "line",
                new XAttribute("x1", N(x)), new XAttribute("x2", N(x)), new XAttribute("y1", N(Top + PlotHeight)), new XAttribute("y2", N(Top + PlotHeight + 4)),
                new XAttribute("stroke", "#4C6272")));
            axes.Add(Text(x, Top + PlotHeight + 18, MonthLabel(points[i].Period, "MMM yy"), "middle"));
        }

        return axes;
    }

    /// <summary>"Mean", "UPL", "LPL" and "Target" at the right-hand end of the latest lines, nudged apart so they never overlap.</summary>
    private static XElement LineLabels(SpcChartInput chart, IReadOnlyList<SpcPoint> points, YScale scale)
    {
        var latest = points[^1];
        var labels = new List<(string Text, double Y, string Colour)> { ("Mean", scale.Y(latest.Mean), MeanColour) };
        if (latest.Upl is { } upl && latest.Lpl is { } lpl)
        {
            labels.Add(("UPL", scale.Y(upl), LimitColour));
            labels.Add(("LPL", scale.Y(lpl), LimitColour));
        }

        if (chart.Targets.GetValueOrDefault(latest.Period) is { } target)
        {
            labels.Add(("Target", scale.Y(target), TargetColour));
        }

        labels = labels.OrderBy(l => l.Y).ToList();
        for (var i = 1; i < labels.Count; i++)
        {
            labels[i] = labels[i] with { Y = Math.Max(labels[i].Y, labels[i - 1].Y + 13) };
        }

        var overflow = labels[^1].Y - (Top + PlotHeight);
        var group = new XElement(Svg + "g", new XAttribute("aria-hidden", "true"));
        foreach (var (text, y, colour) in labels)
        {
            var label = Text(Left + PlotWidth + 6, (overflow > 0 ? y - overflow : y) + 4, text, "start");
            label.SetAttributeValue("fill", colour);
            group.Add(label);
        }

        return group;
    }

    private static string? TargetPath(IReadOnlyList<SpcPoint> points, IReadOnlyDictionary<string, double?> targets, YScale scale, double band, Func<int, double> x)
    {
        var path = new List<string>();
        double? previous = null;
        for (var i = 0; i < points.Count; i++)
        {
            var target = targets.GetValueOrDefault(points[i].Period);
            if (target is { } t)
            {
                var y = N(scale.Y(t));
                path.Add(previous is null ? $"M{N(x(i) - (band / 2))},{y}" : $"L{N(x(i) - (band / 2))},{y}");
                path.Add($"L{N(x(i) + (band / 2))},{y}");
            }

            previous = target;
        }

        return path.Count == 0 ? null : string.Join(' ', path);
    }

    private static XElement HorizontalLine(string name, double from, double to, double y, string colour, string? dash)
    {
        var line = new XElement(Svg + "path",
            new XAttribute("d", $"M{N(from)},{N(y)} L{N(to)},{N(y)}"), new XAttribute("stroke", colour), new XAttribute("stroke-width", "1.5"),
            new XAttribute("data-line", name));
        if (dash is not null)
        {
            line.SetAttributeValue("stroke-dasharray", dash);
        }

        return line;
    }

    private static XElement Text(double x, double y, string text, string anchor) =>
        new(Svg + "text", new XAttribute("x", N(x)), new XAttribute("y", N(y)), new XAttribute("text-anchor", anchor), text);

    /// <summary>"Jan 24" (or another format) for a period written YYYY-MM; any other period as given.</summary>
    public static string MonthLabel(string period, string format) =>
        YearMonth.TryParse(period, out var month) ? month.FirstDay.ToString(format, CultureInfo.GetCultureInfo("en-GB")) : period;

    /// <summary>Coordinates to two decimals, invariant.</summary>
    private static string N(double value) => Math.Round(value, 2).ToString(CultureInfo.InvariantCulture);

    /// <summary>The y axis: a range with round ticks that holds every value, limit and target drawn.</summary>
    private sealed record YScale(double Low, double High, double Step, MetricKind Kind)
    {
        public IEnumerable<double> Ticks => Enumerable.Range(0, (int)Math.Round((High - Low) / Step) + 1).Select(i => Low + (i * Step));

        public double Y(double value) => Top + PlotHeight - ((value - Low) / (High - Low) * PlotHeight);

        public string Label(double tick)
        {
            var shown = Kind == MetricKind.Ratio ? tick * 100 : tick;
            var decimals = Enumerable.Range(0, 6).First(d => Math.Abs(Math.Round(Step * (Kind == MetricKind.Ratio ? 100 : 1), d) - (Step * (Kind == MetricKind.Ratio ? 100 : 1))) < 1e-9);
            var text = Math.Round(shown, decimals).ToString((Kind == MetricKind.Count ? "#,0" : "0") + (decimals > 0 ? "." + new string('0', decimals) : ""), CultureInfo.InvariantCulture);
            return Kind == MetricKind.Ratio ? text + "%" : text;
        }

        public static YScale For(SpcChartInput chart)
        {
            var values = chart.Points
                .SelectMany(p => new[] { p.Value, p.Mean, p.Lpl, p.Upl, chart.Targets.GetValueOrDefault(p.Period) })
                .OfType<double>().Where(double.IsFinite).ToList();
            var low = values.Min();
            var high = values.Max();
            if (high - low < 1e-12)
            {
                var pad = Math.Max(Math.Abs(low) * 0.1, chart.Kind == MetricKind.Ratio ? 0.01 : 1);
                (low, high) = (low - pad, high + pad);
            }

            var step = NiceStep((high - low) / 5);
            if (chart.Kind == MetricKind.Count)
            {
                step = Math.Max(1, Math.Ceiling(step));
            }

            var bottom = Math.Floor(low / step) * step;
            var top = Math.Ceiling(high / step) * step;
            return new YScale(bottom, top > bottom ? top : bottom + step, step, chart.Kind);
        }

        private static double NiceStep(double rough)
        {
            var magnitude = Math.Pow(10, Math.Floor(Math.Log10(rough)));
            var fraction = rough / magnitude;
            var nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
            return nice * magnitude;
        }
    }
}
