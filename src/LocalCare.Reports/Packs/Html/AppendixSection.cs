using System.Text;
using LocalCare.Core.Boards.Packs;
using LocalCare.Core.Metrics;
using LocalCare.Core.Spc;
using LocalCare.Reports.Charts;
using static LocalCare.Reports.Packs.Html.PackText;

namespace LocalCare.Reports.Packs.Html;

/// <summary>The appendix: each metric's definition (numerator, denominator, source, owner), the icon key and the data-quality key.</summary>
internal static class AppendixSection
{
    public static void Write(StringBuilder html, BoardPack pack)
    {
        html.Append("<section id=\"appendix\" class=\"lc-page\" aria-labelledby=\"appendix-title\">\n<h2 id=\"appendix-title\">Appendix: definitions and keys</h2>\n")
            .Append("<h3>Metric definitions</h3>\n<table id=\"definitions\"><thead><tr><th scope=\"col\">Metric</th><th scope=\"col\">Numerator</th><th scope=\"col\">Denominator</th>")
            .Append("<th scope=\"col\">Better</th><th scope=\"col\">Source</th><th scope=\"col\">Owner</th></tr></thead>\n<tbody>\n");
        foreach (var metric in pack.Metrics)
        {
            var (numerator, denominator) = MetricDefinitionParts.Of(metric.Metric);
            html.Append("<tr data-metric=\"").Append(E(metric.Id)).Append("\"><th scope=\"row\">").Append(E(metric.Metric.Name)).Append(" <span class=\"lc-muted\">(")
                .Append(E(metric.Id)).Append(")</span></th><td>").Append(OrDash(numerator)).Append("</td><td>").Append(OrDash(denominator))
                .Append("</td><td>").Append(E(DirectionText(metric.Metric.Direction))).Append("</td><td>").Append(OrDash(metric.Source))
                .Append("</td><td>").Append(string.IsNullOrWhiteSpace(metric.Owner) ? "Not named" : E(metric.Owner)).Append("</td></tr>\n");
        }

        html.Append("</tbody></table>\n<h3>Icon key</h3>\n<ul class=\"lc-key\" id=\"icon-key\">\n");
        foreach (var variation in Enum.GetValues<Variation>())
        {
            Key(html, SpcIcons.VariationIcon(variation, 28), variation.ToText());
        }

        foreach (var assurance in Enum.GetValues<Assurance>())
        {
            Key(html, SpcIcons.AssuranceIcon(assurance, 28), assurance.ToText());
        }

        Key(html, SpcIcons.AssuranceIcon(null, 28), SpcIcons.Text(null, hasValues: true));
        html.Append("</ul>\n<h3>Chart markers</h3>\n<ul class=\"lc-key\" id=\"marker-key\">\n");
        foreach (var type in SpcChartSvg.KeyOrder)
        {
            Key(html, SpcChartSvg.MarkerIcon(type), SpcChartSvg.MarkerText(type));
        }

        html.Append("</ul>\n<h3>Data-quality key</h3>\n<dl class=\"lc-fields\" id=\"quality-key\">\n")
            .Append("<dt>T: Timely</dt><dd>The metric's sources have data up to the reporting month: green; one month behind: amber; more: red.</dd>\n")
            .Append("<dt>C: Complete</dt><dd>Share of the month's source rows rejected, with an unknown code or missing linkage: green under 2%, amber under 5%, red otherwise.</dd>\n")
            .Append("<dt>V: Validated</dt><dd>The data owner signed the month off in the app: green; not yet: red.</dd>\n")
            .Append("<dt>A: Audited</dt><dd>The metric's definition was reviewed within 12 months: green; longer ago or never: red.</dd>\n")
            .Append("<dt>Stale</dt><dd>The figures stop before the reporting month.</dd>\n")
            .Append("</dl>\n</section>\n");
    }

    private static void Key(StringBuilder html, string icon, string text) =>
        html.Append("<li>").Append(icon).Append("<span>").Append(E(text)).Append("</span></li>\n");
}
