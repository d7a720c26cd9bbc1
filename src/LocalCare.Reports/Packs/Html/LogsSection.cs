using System.Text;
using LocalCare.Core.Boards;
using LocalCare.Core.Boards.Packs;
using static LocalCare.Reports.Packs.Html.PackText;

namespace LocalCare.Reports.Packs.Html;

/// <summary>The actions log (overdue first, said in words) and the decisions log beside it.</summary>
internal static class LogsSection
{
    public static void Write(StringBuilder html, BoardPack pack)
    {
        html.Append("<section id=\"actions\" class=\"lc-page\" aria-labelledby=\"actions-title\">\n<h2 id=\"actions-title\">Actions log</h2>\n");
        if (pack.Actions.Count == 0)
        {
            html.Append("<p>No open actions.</p>\n");
        }
        else
        {
            html.Append("<table id=\"actions-log\"><thead><tr><th scope=\"col\">Reference</th><th scope=\"col\">Raised</th><th scope=\"col\">Action</th><th scope=\"col\">Owner</th>")
                .Append("<th scope=\"col\">Due</th><th scope=\"col\">Status</th><th scope=\"col\">Latest update</th></tr></thead>\n<tbody>\n");
            foreach (var row in pack.Actions)
            {
                var action = row.Action;
                html.Append("<tr class=\"lc-action").Append(row.Overdue ? " lc-overdue" : "").Append("\" data-reference=\"").Append(E(action.Reference))
                    .Append("\" data-overdue=\"").Append(row.Overdue ? "true" : "false").Append("\"><th scope=\"row\">").Append(E(action.Reference))
                    .Append("</th><td>").Append(E(ShortDate(action.RaisedAt))).Append("</td><td class=\"lc-prose\">").Append(E(action.Description))
                    .Append("</td><td>").Append(E(action.Owner)).Append("</td><td>").Append(E(ShortDate(action.Due)))
                    .Append(row.Overdue ? " <strong class=\"lc-flag\">Overdue</strong>" : "")
                    .Append("</td><td>").Append(E(action.Status.ToLabel())).Append("</td><td class=\"lc-prose\">").Append(OrDash(action.LatestUpdate)).Append("</td></tr>\n");
            }

            html.Append("</tbody></table>\n");
        }

        html.Append("<section id=\"decisions\" aria-labelledby=\"decisions-title\">\n<h2 id=\"decisions-title\">Decisions log</h2>\n");
        if (pack.Decisions.Count == 0)
        {
            html.Append("<p>No decisions recorded.</p>\n");
        }
        else
        {
            html.Append("<table id=\"decisions-log\"><thead><tr><th scope=\"col\">Reference</th><th scope=\"col\">Made</th><th scope=\"col\">Decision</th></tr></thead>\n<tbody>\n");
            foreach (var decision in pack.Decisions)
            {
                html.Append("<tr data-reference=\"").Append(E(decision.Reference)).Append("\"><th scope=\"row\">").Append(E(decision.Reference)).Append("</th><td>")
                    .Append(E(ShortDate(decision.MadeAt))).Append("</td><td class=\"lc-prose\">").Append(E(decision.Decision)).Append("</td></tr>\n");
            }

            html.Append("</tbody></table>\n");
        }

        html.Append("</section>\n</section>\n");
    }
}
