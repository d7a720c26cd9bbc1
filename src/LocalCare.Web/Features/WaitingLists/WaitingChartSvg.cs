using System.Globalization;
using System.Xml.Linq;

namespace LocalCare.Web.Features.WaitingLists;

/// <summary>One series of a waiting-list chart: stacked bars, a line, or a shaded band between a low and a high line.</summary>
/// <param name="Name">What the series is, for the key and each mark's tooltip.</param>
/// <param name="Colour">Fill or stroke colour.</param>
/// <param name="Values">One value per x position (null: nothing there); a band's low line.</param>
/// <param name="Kind">How the series is drawn.</param>
/// <param name="High">A band's high line.</param>
/// <param name="Dash">A line's stroke-dasharray, if dashed.</param>
public sealed record ChartSeries(string Name, string Colour, IReadOnlyList<double?> Values, ChartSeriesKind Kind, IReadOnlyList<double?>? High = null, string? Dash = null);

public enum ChartSeriesKind
{
    /// <summary>Bars stacked on each other from 0 (negative values hang below 0).</summary>
    StackedBar,

    /// <summary>A line through the values.</summary>
    Line,

    /// <summary>A translucent band between <see cref="ChartSeries.Values"/> and <see cref="ChartSeries.High"/>.</summary>
    Band,
}

/// <summary>What a waiting-list chart draws.</summary>
/// <param name="Id">Prefix of the chart's element ids (unique on the page).</param>
/// <param name="Title">The chart's accessible name.</param>
/// <param name="Description">The chart in words, for people who cannot see it.</param>
/// <param name="XLabels">The label of each x position (a month, a week).</param>
/// <param name="Series">Bars first, then bands, then lines, in the order given.</param>
/// <param name="YLabel">What the y axis counts.</param>
/// <param name="Markers">Vertical lines at x positions, such as a goal's deadline; drawn over the series.</param>
public sealed record WaitingChart(
    string Id, string Title, string Description, IReadOnlyList<string> XLabels, IReadOnlyList<ChartSeries> Series, string YLabel,
    IReadOnlyList<ChartMarker>? Markers = null);

/// <summary>A labelled vertical line at one x position of a waiting-list chart.</summary>
/// <param name="Index">The x position (0 is the first label).</param>
/// <param name="Label">Written at the top of the line.</param>
/// <param name="Colour">The line's and label's colour.</param>
public sealed record ChartMarker(int Index, string Label, string Colour);

/// <summary>
/// Draws the waiting-list charts as SVG on the server, the way <see cref="LocalCare.Reports.Charts.SpcChartSvg"/> does: role img with a title and
/// description, presentation attributes only (the CSP allows no inline styles), every text escaped by <see cref="XElement"/>, and
/// a tooltip on each bar. The pages put a table of the same numbers next to each chart.
/// </summary>
public static class WaitingChartSvg
{
    public const int Width = 760;
    public const int Height = 340;
    private const double Left = 64;
    private const double Right = 16;
    private const double Top = 16;
    private const double Bottom = 40;
    private const double PlotWidth = Width - Left - Right;
    private const double PlotHeight = Height - Top - Bottom;

    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    /// <summary>The SitRep bands' colours, shortest wait lightest blue to longest darkest red (NHS palette).</summary>
    public static IReadOnlyList<string> BandColours { get; } = ["#41B6E6", "#0072CE", "#005EB8", "#003087", "#768692", "#ED8B00", "#DA291C", "#8A1538"];

    /// <summary>The scenarios' colours: current, target, relief, the user's.</summary>
    public static IReadOnlyList<string> ScenarioColours { get; } = ["#425563", "#007F3B", "#005EB8", "#7C2855"];

    public const string DemandColour = "#005EB8";
    public const string CapacityColour = "#007F3B";
    public const string NetChangeColour = "#AEB7BD";
    public const string QueueLoadColour = "#7C2855";
    public const string ReferenceColour = "#4C6272";
    public const string DeadlineColour = "#DA291C";

    public static string Render(WaitingChart chart) => Build(chart).ToString(SaveOptions.DisableFormatting);

    public static XElement Build(WaitingChart chart)
    {
        var svg = new XElement(Svg + "svg",
            new XAttribute("viewBox", $"0 0 {Width} {Height}"),
            new XAttribute("class", "app-spc-chart"),
            new XAttribute("role", "img"),
            new XAttribute("aria-labelledby", $"{chart.Id}-title {chart.Id}-desc"),
            new XAttribute("font-size", "12"),
            new XAttribute("data-chart", chart.Id),
            new XElement(Svg + "title", new XAttribute("id", $"{chart.Id}-title"), chart.Title),
            new XElement(Svg + "desc", new XAttribute("id", $"{chart.Id}-desc"), chart.Description));

        var count = chart.XLabels.Count;
        if (count == 0)
        {
            svg.Add(Text(Width / 2.0, Height / 2.0, "Nothing to chart", "middle"));
            return svg;
        }

        var (low, high) = Range(chart);
        var step = NiceStep((high - low) / 5);
        low = Math.Floor(low / step) * step;
        high = Math.Max(Math.Ceiling(high / step) * step, low + step);
        double Y(double value) => Top + PlotHeight - ((value - low) / (high - low) * PlotHeight);
        var band = PlotWidth / count;
        double X(int i) => Left + (band * (i + 0.5));

        svg.Add(Axes(chart, low, high, step, band, Y));

        var bars = new XElement(Svg + "g", new XAttribute("data-bars", ""));
        var up = new double[count];
        var down = new double[count];
        foreach (var series in chart.Series.Where(s => s.Kind == ChartSeriesKind.StackedBar))
        {
            for (var i = 0; i < count; i++)
            {
                if (series.Values[i] is not { } value || value == 0)
                {
                    continue;
                }

                var from = value > 0 ? up[i] : down[i];
                var to = from + value;
                if (value > 0)
                {
                    up[i] = to;
                }
                else
                {
                    down[i] = to;
                }

                bars.Add(new XElement(Svg + "rect",
                    new XAttribute("x", N(X(i) - (band * 0.4))), new XAttribute("width", N(band * 0.8)),
                    new XAttribute("y", N(Y(Math.Max(from, to)))), new XAttribute("height", N(Math.Abs(Y(from) - Y(to)))),
                    new XAttribute("fill", series.Colour), new XAttribute("data-series", series.Name),
                    new XElement(Svg + "title", $"{chart.XLabels[i]}: {series.Name} {Number(value)}")));
            }
        }

        svg.Add(bars);
        foreach (var series in chart.Series.Where(s => s.Kind == ChartSeriesKind.Band && s.High is not null))
        {
            var lows = Points(series.Values, X, Y).ToList();
            var highs = Points(series.High!, X, Y).Reverse().ToList();
            if (lows.Count > 0)
            {
                svg.Add(new XElement(Svg + "polygon",
                    new XAttribute("points", string.Join(' ', lows.Concat(highs))), new XAttribute("fill", series.Colour),
                    new XAttribute("fill-opacity", "0.18"), new XAttribute("stroke", "none"), new XAttribute("data-series", series.Name)));
            }
        }

        foreach (var series in chart.Series.Where(s => s.Kind == ChartSeriesKind.Line))
        {
            // A line breaks where a value is missing (a week with no clock stops has no queue load); a point alone is a dot.
            foreach (var run in Runs(series.Values))
            {
                var points = run.Select(i => $"{N(X(i))},{N(Y(series.Values[i]!.Value))}").ToList();
                if (points.Count == 1)
                {
                    svg.Add(new XElement(Svg + "circle",
                        new XAttribute("cx", N(X(run[0]))), new XAttribute("cy", N(Y(series.Values[run[0]]!.Value))), new XAttribute("r", "2.5"),
                        new XAttribute("fill", series.Colour), new XAttribute("data-series", series.Name)));
                    continue;
                }

                var line = new XElement(Svg + "polyline",
                    new XAttribute("points", string.Join(' ', points)), new XAttribute("fill", "none"), new XAttribute("stroke", series.Colour),
                    new XAttribute("stroke-width", "2"), new XAttribute("data-series", series.Name));
                if (series.Dash is not null)
                {
                    line.SetAttributeValue("stroke-dasharray", series.Dash);
                }

                svg.Add(line);
            }
        }

        foreach (var marker in chart.Markers ?? [])
        {
            if (marker.Index < 0 || marker.Index >= count)
            {
                continue;
            }

            var x = X(marker.Index);
            var label = Text(x + (x > Left + (PlotWidth * 0.8) ? -4 : 4), Top + 12, marker.Label, x > Left + (PlotWidth * 0.8) ? "end" : "start");
            label.SetAttributeValue("fill", marker.Colour);
            svg.Add(new XElement(Svg + "g", new XAttribute("data-marker", marker.Label),
                new XElement(Svg + "line",
                    new XAttribute("x1", N(x)), new XAttribute("x2", N(x)), new XAttribute("y1", N(Top)), new XAttribute("y2", N(Top + PlotHeight)),
                    new XAttribute("stroke", marker.Colour), new XAttribute("stroke-width", "2"), new XAttribute("stroke-dasharray", "4 3")),
                label));
        }

        return svg;
    }

    /// <summary>The indexes of each run of consecutive values that are there.</summary>
    private static List<List<int>> Runs(IReadOnlyList<double?> values)
    {
        var runs = new List<List<int>>();
        List<int>? run = null;
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] is { } value && double.IsFinite(value))
            {
                if (run is null)
                {
                    runs.Add(run = []);
                }

                run.Add(i);
            }
            else
            {
                run = null;
            }
        }

        return runs;
    }

    private static IEnumerable<string> Points(IReadOnlyList<double?> values, Func<int, double> x, Func<double, double> y) =>
        values.Select((v, i) => v is { } value ? $"{N(x(i))},{N(y(value))}" : null).OfType<string>();

    private static (double Low, double High) Range(WaitingChart chart)
    {
        var values = new List<double> { 0 };
        var count = chart.XLabels.Count;
        var up = new double[count];
        var down = new double[count];
        foreach (var series in chart.Series)
        {
            for (var i = 0; i < Math.Min(count, series.Values.Count); i++)
            {
                if (series.Kind == ChartSeriesKind.StackedBar && series.Values[i] is { } bar)
                {
                    if (bar > 0)
                    {
                        up[i] += bar;
                    }
                    else
                    {
                        down[i] += bar;
                    }
                }
                else if (series.Values[i] is { } value)
                {
                    values.Add(value);
                }

                if (series.High is { } high && i < high.Count && high[i] is { } top)
                {
                    values.Add(top);
                }
            }
        }

        values.AddRange(up);
        values.AddRange(down);
        var finite = values.Where(double.IsFinite).ToList();
        var (min, max) = (finite.Min(), finite.Max());
        return max - min < 1e-9 ? (min, min + 1) : (min, max);
    }

    private static XElement Axes(WaitingChart chart, double low, double high, double step, double band, Func<double, double> y)
    {
        var axes = new XElement(Svg + "g", new XAttribute("fill", "#4C6272"), new XAttribute("data-axes", ""));
        var ticks = (int)Math.Round((high - low) / step);
        for (var t = 0; t <= ticks; t++)
        {
            var value = low + (t * step);
            var at = y(value);
            axes.Add(new XElement(Svg + "line",
                new XAttribute("x1", N(Left)), new XAttribute("x2", N(Left + PlotWidth)), new XAttribute("y1", N(at)), new XAttribute("y2", N(at)),
                new XAttribute("stroke", Math.Abs(value) < 1e-9 ? "#4C6272" : "#D8DDE0"), new XAttribute("stroke-width", "1")));
            axes.Add(Text(Left - 8, at + 4, Number(value), "end"));
        }

        var yLabel = Text(14, Top + (PlotHeight / 2), chart.YLabel, "middle");
        yLabel.SetAttributeValue("transform", $"rotate(-90 14 {N(Top + (PlotHeight / 2))})");
        axes.Add(yLabel);

        // At most about 12 labels along the x axis, always including the last.
        var count = chart.XLabels.Count;
        var every = (int)Math.Ceiling(count / 12.0);
        for (var i = count - 1; i >= 0; i -= every)
        {
            var x = Left + (band * (i + 0.5));
            axes.Add(new XElement(Svg + "line",
                new XAttribute("x1", N(x)), new XAttribute("x2", N(x)), new XAttribute("y1", N(Top + PlotHeight)), new XAttribute("y2", N(Top + PlotHeight + 4)),
                new XAttribute("stroke", "#4C6272")));
            axes.Add(Text(x, Top + PlotHeight + 18, chart.XLabels[i], "middle"));
        }

        return axes;
    }

    private static XElement Text(double x, double y, string text, string anchor) =>
        new(Svg + "text", new XAttribute("x", N(x)), new XAttribute("y", N(y)), new XAttribute("text-anchor", anchor), text);

    /// <summary>"1,234" or "2.5": numbers as the tables show them.</summary>
    public static string Number(double value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);

    private static string N(double value) => Math.Round(value, 2).ToString(CultureInfo.InvariantCulture);

    private static double NiceStep(double rough)
    {
        if (rough <= 0 || !double.IsFinite(rough))
        {
            return 1;
        }

        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var fraction = rough / magnitude;
        var nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
        return nice * magnitude;
    }
}
