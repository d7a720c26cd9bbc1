using System.Text;
using LocalCare.Core.Boards.Packs;
using LocalCare.Core.Risks;
using static LocalCare.Reports.Packs.Html.PackText;

namespace LocalCare.Reports.Packs.Html;

/// <summary>The cover sheet (board-packs.md's governance fields) and the contents.</summary>
internal static class CoverSection
{
    public static void Write(StringBuilder html, BoardPack pack)
    {
        var cover = pack.Cover;
        var meeting = pack.Meeting;
        html.Append("<section id=\"cover\" class=\"lc-cover\">\n")
            .Append("<p class=\"lc-muted\">").Append(E(meeting.BoardName)).Append(" · ").Append(E(Date(meeting.Date)))
            .Append(" · Agenda item ").Append(E(cover.AgendaItem)).Append("</p>\n")
            .Append("<h1>").Append(E(cover.Title)).Append("</h1>\n")
            .Append("<dl class=\"lc-fields\">\n");
        Field(html, "Meeting", E(meeting.BoardName));
        Field(html, "Date", E(Date(meeting.Date)));
        Field(html, "Reporting month", E(Month(meeting.ReportingMonth)));
        Field(html, "Version", meeting.Version.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Field(html, "Agenda item", E(cover.AgendaItem));
        Field(html, "Author", E(cover.Author));
        Field(html, "Lead director", E(cover.LeadDirector));
        Field(html, "Purpose", E(PackLabels.Of(cover.Purpose)));
        Field(html, "Level of assurance offered", E(PackLabels.Of(cover.AssuranceOffered)));
        Field(html, "CQC key questions", List(cover.CqcKeyQuestions));
        Field(html, "Priorities", List(cover.Priorities));
        Field(html, "Risks", Risks(pack));
        html.Append("</dl>\n<h2>Executive summary</h2>\n<div class=\"lc-summary\">").Append(OrDash(cover.ExecutiveSummary)).Append("</div>\n");
        Contents(html, pack);
        html.Append("</section>\n");
    }

    private static void Contents(StringBuilder html, BoardPack pack)
    {
        html.Append("<nav id=\"contents\" class=\"lc-contents\" aria-labelledby=\"contents-title\">\n<h2 id=\"contents-title\">Contents</h2>\n<ol>\n");
        Entry(html, "matrix", "Summary matrix");
        Entry(html, "icon-table", "Icon table");
        html.Append("<li><a href=\"#exceptions\">Exception pages</a>");
        if (pack.Exceptions.Count > 0)
        {
            html.Append("\n<ol>\n");
            foreach (var metric in pack.Exceptions)
            {
                Entry(html, ExceptionId(metric.Id), metric.Metric.Name);
            }

            html.Append("</ol>\n");
        }
        else
        {
            html.Append(" (none this month)");
        }

        html.Append("</li>\n");
        if (pack.PlanProgress is not null)
        {
            Entry(html, "plan-progress", "Plan progress");
        }

        if (pack.WaitingLists is not null)
        {
            Entry(html, "waiting-lists", "Waiting lists");
        }

        if (pack.Risks is not null)
        {
            Entry(html, "risks", "Risks above appetite");
        }

        Entry(html, "actions", "Actions log and decisions log");
        Entry(html, "appendix", "Appendix: definitions and keys");
        html.Append("</ol>\n</nav>\n");
    }

    private static void Entry(StringBuilder html, string id, string text) =>
        html.Append("<li><a href=\"#").Append(E(id)).Append("\">").Append(E(text)).Append("</a></li>\n");

    private static void Field(StringBuilder html, string name, string encodedValue) =>
        html.Append("<dt>").Append(E(name)).Append("</dt><dd>").Append(encodedValue).Append("</dd>\n");

    /// <summary>The risks typed on the cover sheet, then a link to each risk above the board's appetite (docs/risks.md).</summary>
    private static string Risks(BoardPack pack)
    {
        var above = pack.Risks?.AboveAppetite ?? [];
        if (above.Count == 0)
        {
            return List(pack.Cover.Risks);
        }

        var links = string.Join("; ", above.Select(r =>
            $"<a href=\"#{E(RisksSection.RiskId(r.Code))}\" data-risk=\"{E(r.Code)}\">{E(r.Code)} {E(r.Title)} ({E(r.Current.Score.ToString(System.Globalization.CultureInfo.InvariantCulture))}, {E(r.Current.Band.ToLabel().ToLowerInvariant())})</a>"));
        return pack.Cover.Risks.Count == 0 ? links : List(pack.Cover.Risks) + "; " + links;
    }

    private static string List(IReadOnlyList<string> items) => items.Count == 0 ? "None" : string.Join("; ", items.Select(E));
}
