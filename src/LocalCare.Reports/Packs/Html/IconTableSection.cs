using System.Text;
using LocalCare.Core.Boards.Packs;
using static LocalCare.Reports.Packs.Html.PackText;

namespace LocalCare.Reports.Packs.Html;

/// <summary>The icon table: one row per metric, grouped by KLOE theme, with its icons, data-quality mark and staleness.</summary>
internal static class IconTableSection
{
    private const int Columns = 9;

    public static void Write(StringBuilder html, BoardPack pack)
    {
        html.Append("<section id=\"icons\" class=\"lc-page\" aria-labelledby=\"icon-table-title\">\n<h2 id=\"icon-table-title\">Icon table</h2>\n")
            .Append("<table id=\"icon-table\">\n<thead><tr><th scope=\"col\">Metric</th><th scope=\"col\">Period</th><th scope=\"col\" class=\"lc-num\">Value</th>")
            .Append("<th scope=\"col\">Target</th><th scope=\"col\">Variation</th><th scope=\"col\">Assurance</th><th scope=\"col\">Data quality</th>")
            .Append("<th scope=\"col\">Updated to</th><th scope=\"col\">Stale</th></tr></thead>\n");
        foreach (var (theme, metrics) in pack.Themes)
        {
            html.Append("<tbody data-theme=\"").Append(E(theme)).Append("\">\n<tr class=\"lc-theme\"><th scope=\"rowgroup\" colspan=\"").Append(Columns).Append("\">")
                .Append(E(theme)).Append("</th></tr>\n");
            foreach (var metric in metrics)
            {
                Row(html, metric);
            }

            html.Append("</tbody>\n");
        }

        html.Append("</table>\n</section>\n");
    }

    private static void Row(StringBuilder html, PackMetric metric)
    {
        html.Append("<tr class=\"lc-metric-row\" data-metric=\"").Append(E(metric.Id)).Append(metric.IsException ? "\" data-exception=\"true\">" : "\">")
            .Append("<th scope=\"row\">");
        if (metric.IsException)
        {
            html.Append("<a href=\"#").Append(E(ExceptionId(metric.Id))).Append("\">").Append(E(metric.Metric.Name)).Append("</a> <span class=\"lc-flag\">Exception</span>");
        }
        else
        {
            html.Append(E(metric.Metric.Name));
        }

        html.Append("</th><td>").Append(E(ShortMonth(metric.Period))).Append("</td>")
            .Append("<td class=\"lc-num\" data-value>").Append(E(MetricCells.Value(metric))).Append("</td>")
            .Append("<td>").Append(E(metric.TargetText)).Append("</td>")
            .Append("<td>").Append(MetricCells.VariationIcon(metric, 28)).Append("</td>")
            .Append("<td>").Append(MetricCells.AssuranceIcon(metric, 28)).Append("</td>")
            .Append("<td>").Append(MetricCells.QualityMark(metric.Quality)).Append("</td>")
            .Append("<td>").Append(E(MetricCells.UpdatedTo(metric))).Append("</td>")
            .Append("<td data-stale=\"").Append(metric.Stale ? "true" : "false").Append("\">")
            .Append(metric.Stale ? "<span class=\"lc-flag\">Stale</span>" : "No").Append("</td></tr>\n");
    }
}
