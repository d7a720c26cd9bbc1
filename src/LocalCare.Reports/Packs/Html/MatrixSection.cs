using System.Text;
using LocalCare.Core.Boards.Packs;
using static LocalCare.Reports.Packs.Html.PackText;

namespace LocalCare.Reports.Packs.Html;

/// <summary>The summary matrix: variation rows × assurance columns, each cell the names of its metrics; concern × fail first.</summary>
internal static class MatrixSection
{
    public static void Write(StringBuilder html, BoardPack pack)
    {
        var names = pack.Metrics.ToDictionary(m => m.Id, m => m.Metric.Name, StringComparer.Ordinal);
        html.Append("<section id=\"summary-matrix\" class=\"lc-page\" aria-labelledby=\"matrix-title\">\n<h2 id=\"matrix-title\">Summary matrix</h2>\n")
            .Append("<p>Each metric sits in the cell of its latest point's variation (rows) and its assurance against the target (columns). ")
            .Append("The top-left cell, special cause concern that will consistently fail, is where to look first.</p>\n")
            .Append("<table id=\"matrix\">\n<thead><tr><th scope=\"col\">Variation \\ Assurance</th>");
        foreach (var column in SummaryMatrix.Columns)
        {
            html.Append("<th scope=\"col\" data-column=\"").Append(column.ToCode()).Append("\">").Append(E(column.ToHeading())).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in SummaryMatrix.Rows)
        {
            html.Append("<tr data-row=\"").Append(row.ToCode()).Append("\"><th scope=\"row\">").Append(E(row.ToHeading())).Append("</th>");
            foreach (var column in SummaryMatrix.Columns)
            {
                var first = row == MatrixRow.Concern && column == MatrixColumn.ConsistentFail;
                var ids = pack.Matrix[row, column];
                html.Append("<td class=\"lc-matrix__cell").Append(first ? " lc-matrix__first" : "").Append("\" data-cell=\"")
                    .Append(row.ToCode()).Append('/').Append(column.ToCode()).Append("\">");
                if (ids.Count == 0)
                {
                    html.Append("<span class=\"lc-muted\">–</span>");
                }
                else
                {
                    html.Append("<ul>");
                    foreach (var id in ids)
                    {
                        html.Append("<li data-metric=\"").Append(E(id)).Append("\">").Append(E(names.GetValueOrDefault(id, id))).Append("</li>");
                    }

                    html.Append("</ul>");
                }

                html.Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
        var unplaced = pack.Metrics.Where(m => m.Variation is null).ToList();
        if (unplaced.Count > 0)
        {
            html.Append("<p class=\"lc-muted\" id=\"matrix-unplaced\">Not in the matrix (no values up to the reporting month): ")
                .Append(string.Join("; ", unplaced.Select(m => E(m.Metric.Name)))).Append(".</p>\n");
        }

        html.Append("</section>\n");
    }
}
