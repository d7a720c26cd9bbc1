using System.Globalization;
using System.Xml.Linq;
using LocalCare.Core.Spc;

namespace LocalCare.Reports.Charts;

/// <summary>
/// The Making Data Count icons as small inline SVGs, and the trend line of the summary table. Icons carry a letter as well as
/// a colour (H or L for a special-cause side, P, F or ? for assurance) and are always shown beside their words: colour is
/// never the only cue. The icons themselves are hidden from screen readers, which read the words.
/// </summary>
public static class SpcIcons
{
    private static readonly XNamespace Svg = SpcChartSvg.Svg;

    /// <summary>The colour of a variation icon.</summary>
    public static string ColourOf(Variation variation) => variation switch
    {
        Variation.ImprovementHigh or Variation.ImprovementLow => SpcChartSvg.ImprovementColour,
        Variation.ConcernHigh or Variation.ConcernLow => SpcChartSvg.ConcernColour,
        Variation.NeutralHigh or Variation.NeutralLow => SpcChartSvg.NeutralColour,
        _ => SpcChartSvg.CommonCauseColour,
    };

    /// <summary>The colour of an assurance icon: pass blue, fail orange, hit and miss grey.</summary>
    public static string ColourOf(Assurance assurance) => assurance switch
    {
        Assurance.ConsistentPass => SpcChartSvg.ImprovementColour,
        Assurance.ConsistentFail => SpcChartSvg.ConcernColour,
        _ => SpcChartSvg.CommonCauseColour,
    };

    /// <summary>What a variation icon says; "No values" without one.</summary>
    public static string Text(Variation? variation) => variation?.ToText() ?? "No values";

    /// <summary>What an assurance icon says; without one, why not.</summary>
    public static string Text(Assurance? assurance, bool hasValues) =>
        assurance?.ToText() ?? (hasValues ? "No target to assure" : "No values");

    public static string VariationIcon(Variation? variation, int size)
    {
        if (variation is not { } v)
        {
            return Empty(size, "variation");
        }

        var colour = ColourOf(v);
        var icon = Circle(size, colour, "variation", v.ToCode());
        if (v == Variation.CommonCause)
        {
            icon.Add(new XElement(Svg + "polyline",
                new XAttribute("points", "9,23 14,17 19,24 24,15 29,21 32,18"), new XAttribute("fill", "none"),
                new XAttribute("stroke", colour), new XAttribute("stroke-width", "2.5"), new XAttribute("stroke-linejoin", "round")));
        }
        else
        {
            var high = v is Variation.ImprovementHigh or Variation.ConcernHigh or Variation.NeutralHigh;
            icon.Add(Letter(high ? "H" : "L", colour));
        }

        return icon.ToString(SaveOptions.DisableFormatting);
    }

    public static string AssuranceIcon(Assurance? assurance, int size)
    {
        if (assurance is not { } a)
        {
            return Empty(size, "assurance");
        }

        var colour = ColourOf(a);
        var icon = Circle(size, colour, "assurance", a.ToCode());
        icon.Add(Letter(a switch { Assurance.ConsistentPass => "P", Assurance.ConsistentFail => "F", _ => "?" }, colour));
        return icon.ToString(SaveOptions.DisableFormatting);
    }

    /// <summary>
    /// A small line of the latest points, the last one coloured by its type; <paramref name="label"/> says what it shows.
    /// </summary>
    public static string Sparkline(IReadOnlyList<SpcPoint> points, string label)
    {
        const double width = 120, height = 32, pad = 4;
        var svg = new XElement(Svg + "svg",
            new XAttribute("viewBox", $"0 0 {width} {height}"), new XAttribute("width", width), new XAttribute("height", height),
            new XAttribute("class", "app-sparkline"), new XAttribute("role", "img"), new XAttribute("aria-label", label), new XAttribute("focusable", "false"));
        if (points.Count == 0)
        {
            return svg.ToString(SaveOptions.DisableFormatting);
        }

        var low = points.Min(p => p.Value);
        var high = points.Max(p => p.Value);
        var span = high - low < 1e-12 ? 1 : high - low;
        double X(int i) => points.Count == 1 ? width / 2 : pad + ((width - (2 * pad)) * i / (points.Count - 1));
        double Y(double v) => high - low < 1e-12 ? height / 2 : height - pad - ((v - low) / span * (height - (2 * pad)));

        svg.Add(new XElement(Svg + "polyline",
            new XAttribute("points", string.Join(' ', points.Select((p, i) => $"{N(X(i))},{N(Y(p.Value))}"))),
            new XAttribute("fill", "none"), new XAttribute("stroke", SpcChartSvg.LimitColour), new XAttribute("stroke-width", "1.5")));
        var last = points[^1];
        svg.Add(new XElement(Svg + "circle",
            new XAttribute("cx", N(X(points.Count - 1))), new XAttribute("cy", N(Y(last.Value))), new XAttribute("r", "3"),
            new XAttribute("fill", SpcChartSvg.ColourOf(last.PointType)), new XAttribute("data-point-type", last.PointType.ToCode())));
        return svg.ToString(SaveOptions.DisableFormatting);
    }

    private static XElement Circle(int size, string colour, string kind, string code) =>
        new(Svg + "svg",
            new XAttribute("viewBox", "0 0 40 40"), new XAttribute("width", size), new XAttribute("height", size),
            new XAttribute("class", $"app-spc-icon app-spc-icon--{kind}"), new XAttribute("data-icon", code),
            new XAttribute("aria-hidden", "true"), new XAttribute("focusable", "false"),
            new XElement(Svg + "circle",
                new XAttribute("cx", "20"), new XAttribute("cy", "20"), new XAttribute("r", "17"),
                new XAttribute("fill", "#ffffff"), new XAttribute("stroke", colour), new XAttribute("stroke-width", "3")));

    private static XElement Letter(string letter, string colour) =>
        new(Svg + "text",
            new XAttribute("x", "20"), new XAttribute("y", "26.5"), new XAttribute("text-anchor", "middle"),
            new XAttribute("font-size", "18"), new XAttribute("font-weight", "bold"), new XAttribute("fill", colour), letter);

    private static string Empty(int size, string kind)
    {
        var icon = Circle(size, SpcChartSvg.DataLineColour, kind, "none");
        icon.Elements().First().SetAttributeValue("stroke-dasharray", "4 3");
        icon.Add(Letter("–", SpcChartSvg.DataLineColour));
        return icon.ToString(SaveOptions.DisableFormatting);
    }

    private static string N(double value) => Math.Round(value, 2).ToString(CultureInfo.InvariantCulture);
}
