using System.Globalization;
using System.Text;
using LocalCare.Core.Boards.Packs;
using LocalCare.Core.Risks;
using static LocalCare.Reports.Packs.Html.PackText;

namespace LocalCare.Reports.Packs.Html;

/// <summary>The risk section (docs/risks.md): the risks whose score at the meeting is above the board's appetite, highest first.</summary>
internal static class RisksSection
{
    /// <summary>The id of a risk's row, which the cover sheet links to.</summary>
    public static string RiskId(string code) => "risk-" + code;

    public static void Write(StringBuilder html, BoardPack pack)
    {
        if (pack.Risks is not { } risks)
        {
            return;
        }

        html.Append("<section id=\"risks\" class=\"lc-page\" aria-labelledby=\"risks-title\">\n<h2 id=\"risks-title\">Risks above appetite</h2>\n")
            .Append("<p>The board's risk appetite is a score of ").Append(risks.Appetite.ToString(CultureInfo.InvariantCulture))
            .Append(" (").Append(E(RiskScoreBands.Of(risks.Appetite).ToLabel().ToLowerInvariant()))
            .Append("). These risks linked to the board score more than that on the 5×5 matrix (likelihood × consequence) at the meeting.</p>\n");
        if (risks.AboveAppetite.Count == 0)
        {
            html.Append("<p>No risk linked to this board is above its appetite.</p>\n</section>\n");
            return;
        }

        html.Append("<table id=\"risks-above-appetite\"><thead><tr><th scope=\"col\">Risk</th><th scope=\"col\">Owner</th><th scope=\"col\">Category</th>")
            .Append("<th scope=\"col\" class=\"lc-num\">Score</th><th scope=\"col\">Band</th><th scope=\"col\" class=\"lc-num\">Target</th>")
            .Append("<th scope=\"col\">Next review</th><th scope=\"col\">Gaps and open actions</th></tr></thead>\n<tbody>\n");
        foreach (var risk in risks.AboveAppetite)
        {
            html.Append("<tr id=\"").Append(E(RiskId(risk.Code))).Append("\" data-risk=\"").Append(E(risk.Code)).Append("\"><th scope=\"row\">")
                .Append(E(risk.Code)).Append(' ').Append(E(risk.Title)).Append("</th><td>").Append(E(risk.Owner)).Append("</td><td>").Append(E(risk.Category))
                .Append("</td><td class=\"lc-num\">").Append(E(risk.Current.ToString())).Append("</td><td><strong>").Append(E(risk.Current.Band.ToLabel()))
                .Append("</strong></td><td class=\"lc-num\">").Append(E(risk.Target.ToString())).Append("</td><td>").Append(E(ShortDate(risk.ReviewDate)))
                .Append(risk.ReviewOverdue ? " <strong class=\"lc-flag\">Review overdue</strong>" : "")
                .Append("</td><td class=\"lc-prose\">").Append(OrDash(risk.Gaps));
            if (risk.OpenActions.Count > 0)
            {
                html.Append("<ul>");
                foreach (var action in risk.OpenActions)
                {
                    html.Append("<li>").Append(E(action)).Append("</li>");
                }

                html.Append("</ul>");
            }

            html.Append("</td></tr>\n");
        }

        html.Append("</tbody></table>\n</section>\n");
    }
}
