using System.Text;
using LocalCare.Core.Boards.Packs;
using LocalCare.Core.Metrics;
using LocalCare.Core.WaitingLists;
using static LocalCare.Reports.Packs.Html.PackText;

namespace LocalCare.Reports.Packs.Html;

/// <summary>Waiting lists: the census by band for the LCO and each service, the long waits, and the LCO's trend.</summary>
internal static class WaitingListsSection
{
    public static void Write(StringBuilder html, BoardPack pack)
    {
        if (pack.WaitingLists is not { } lists)
        {
            return;
        }

        html.Append("<section id=\"waiting-lists\" class=\"lc-page\" aria-labelledby=\"waiting-lists-title\">\n<h2 id=\"waiting-lists-title\">Waiting lists, census ")
            .Append(E(Month(lists.Census))).Append("</h2>\n<table class=\"lc-waiting\"><thead><tr><th scope=\"col\">Unit</th><th scope=\"col\" class=\"lc-num\">Waiting</th>");
        foreach (var (band, _) in WaitBands.SitRepBands)
        {
            html.Append("<th scope=\"col\" class=\"lc-num\">").Append(E(band)).Append(" wks</th>");
        }

        html.Append("<th scope=\"col\" class=\"lc-num\">Over 52 wks</th><th scope=\"col\" class=\"lc-num\">Over 65 wks</th><th scope=\"col\" class=\"lc-num\">Over 78 wks</th></tr></thead>\n<tbody>\n");
        foreach (var unit in lists.Units.Where(u => u.Unit == UnitRefs.Lco || u.Unit.StartsWith("service:", StringComparison.Ordinal))
                     .OrderBy(u => u.Unit == UnitRefs.Lco ? 0 : 1))
        {
            var snapshot = unit.Snapshot;
            html.Append("<tr data-unit=\"").Append(E(unit.Unit)).Append("\"><th scope=\"row\">").Append(E(unit.Name)).Append("</th><td class=\"lc-num\">").Append(Count(snapshot.Total)).Append("</td>");
            foreach (var (band, _) in WaitBands.SitRepBands)
            {
                html.Append("<td class=\"lc-num\">").Append(Count(snapshot.Bands.FirstOrDefault(b => b.Band == band)?.Waiting ?? 0)).Append("</td>");
            }

            html.Append("<td class=\"lc-num\">").Append(Count(snapshot.Over52Weeks)).Append("</td><td class=\"lc-num\">").Append(Count(snapshot.Over65Weeks))
                .Append("</td><td class=\"lc-num\">").Append(Count(snapshot.Over78Weeks)).Append("</td></tr>\n");
        }

        html.Append("</tbody></table>\n<h3>Trend (LCO)</h3>\n<table class=\"lc-waiting-trend\"><thead><tr><th scope=\"col\">Census</th><th scope=\"col\" class=\"lc-num\">Waiting</th>")
            .Append("<th scope=\"col\" class=\"lc-num\">Over 52 wks</th><th scope=\"col\" class=\"lc-num\">Over 65 wks</th><th scope=\"col\" class=\"lc-num\">Over 78 wks</th></tr></thead>\n<tbody>\n");
        var months = lists.History.Where(h => h.Month != lists.Census)
            .Append(new WaitingCensusMonth(lists.Census, lists.Units))
            .OrderBy(h => h.Month);
        foreach (var month in months)
        {
            var lco = month.Of(UnitRefs.Lco);
            html.Append("<tr data-month=\"").Append(month.Month).Append("\"><th scope=\"row\">").Append(E(ShortMonth(month.Month))).Append("</th><td class=\"lc-num\">").Append(Count(lco.Total))
                .Append("</td><td class=\"lc-num\">").Append(Count(lco.Over52Weeks)).Append("</td><td class=\"lc-num\">").Append(Count(lco.Over65Weeks))
                .Append("</td><td class=\"lc-num\">").Append(Count(lco.Over78Weeks)).Append("</td></tr>\n");
        }

        html.Append("</tbody></table>\n</section>\n");
    }
}
