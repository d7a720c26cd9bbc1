using System.Text;
using LocalCare.Core.Boards.Packs;
using LocalCare.Core.Plans;
using LocalCare.Reports.Prose;
using static LocalCare.Reports.Packs.Html.PackText;

namespace LocalCare.Reports.Packs.Html;

/// <summary>Plan progress: deliverables by priority × status for the quarter, then every one at risk or off track.</summary>
internal static class PlanProgressSection
{
    public static void Write(StringBuilder html, BoardPack pack)
    {
        if (pack.PlanProgress is not { } plan)
        {
            return;
        }

        html.Append("<section id=\"plan-progress\" class=\"lc-page\" aria-labelledby=\"plan-progress-title\">\n<h2 id=\"plan-progress-title\">Plan progress, ")
            .Append(E(plan.Quarter.Label)).Append("</h2>\n<table class=\"lc-plan\"><thead><tr><th scope=\"col\">Priority</th>");
        foreach (var status in PlanProgress.Statuses)
        {
            html.Append("<th scope=\"col\" class=\"lc-num\" data-status=\"").Append(status.ToCode()).Append("\">").Append(E(status.ToLabel())).Append("</th>");
        }

        html.Append("<th scope=\"col\" class=\"lc-num\">No update</th><th scope=\"col\" class=\"lc-num\">Total</th></tr></thead>\n<tbody>\n");
        foreach (var row in plan.Rows)
        {
            html.Append("<tr data-priority=\"").Append(E(row.PriorityCode)).Append("\"><th scope=\"row\">").Append(E(row.PriorityName)).Append("</th>");
            foreach (var status in PlanProgress.Statuses)
            {
                html.Append("<td class=\"lc-num\">").Append(Count(row.ByStatus.GetValueOrDefault(status))).Append("</td>");
            }

            html.Append("<td class=\"lc-num\">").Append(Count(row.NoUpdate)).Append("</td><td class=\"lc-num\">").Append(Count(row.Total)).Append("</td></tr>\n");
        }

        html.Append("</tbody></table>\n<h3>At risk or off track</h3>\n");
        if (plan.Concerns.Count == 0)
        {
            html.Append("<p>No deliverable is at risk or off track.</p>\n");
        }
        else
        {
            html.Append("<table class=\"lc-plan-concerns\"><thead><tr><th scope=\"col\">Deliverable</th><th scope=\"col\">Priority</th><th scope=\"col\">Owner</th>")
                .Append("<th scope=\"col\">Status</th><th scope=\"col\">Commentary</th><th scope=\"col\">Action</th></tr></thead>\n<tbody>\n");
            foreach (var concern in plan.Concerns)
            {
                html.Append("<tr data-deliverable=\"").Append(E(concern.Code)).Append("\"><th scope=\"row\">").Append(E(concern.Code)).Append(' ').Append(E(concern.Title))
                    .Append("</th><td>").Append(E(concern.PriorityName)).Append("</td><td>").Append(E(concern.Owner)).Append("</td><td>").Append(E(concern.Status.ToLabel()))
                    .Append("</td><td class=\"lc-prose\">").Append(string.IsNullOrWhiteSpace(concern.Commentary) ? "–" : UserMarkdown.ToHtml(concern.Commentary)).Append("</td><td class=\"lc-prose\">").Append(OrDash(concern.Action)).Append("</td></tr>\n");
            }

            html.Append("</tbody></table>\n");
        }

        html.Append("</section>\n");
    }
}
