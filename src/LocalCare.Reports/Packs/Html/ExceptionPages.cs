using System.Text;
using LocalCare.Core.Boards.Packs;
using LocalCare.Core.Metrics;
using LocalCare.Reports.Charts;
using LocalCare.Reports.Prose;
using static LocalCare.Reports.Packs.Html.PackText;

namespace LocalCare.Reports.Packs.Html;

/// <summary>One page per exception metric: the chart, the icons, value against target, the breakdown worst first, the narrative.</summary>
internal static class ExceptionPages
{
    /// <summary>
    /// Units an exception page lists of each level (localities, neighbourhoods, services), worst first: enough for a board to
    /// see where the problem is while the page stays one page (a workforce metric has some 50 services); every unit is in the
    /// workbook's breakdown sheet.
    /// </summary>
    public const int BreakdownRowsPerLevel = 5;

    public static void Write(StringBuilder html, BoardPack pack)
    {
        html.Append("<section id=\"exceptions\" class=\"lc-exceptions\" aria-labelledby=\"exceptions-title\">\n");
        if (pack.Exceptions.Count == 0)
        {
            html.Append("<div class=\"lc-page\"><h2 id=\"exceptions-title\">Exception pages</h2>\n<p>No metric is an exception this month.</p></div>\n");
        }

        for (var i = 0; i < pack.Exceptions.Count; i++)
        {
            Page(html, pack.Exceptions[i], i == 0);
        }

        html.Append("</section>\n");
    }

    private static void Page(StringBuilder html, PackMetric metric, bool first)
    {
        html.Append("<article class=\"lc-exception\" id=\"").Append(E(ExceptionId(metric.Id))).Append("\" data-metric=\"").Append(E(metric.Id)).Append("\">\n");
        if (first)
        {
            html.Append("<h2 id=\"exceptions-title\">Exception pages</h2>\n");
        }

        html.Append("<h2 class=\"lc-exception__title\">").Append(E(metric.Metric.Name)).Append("</h2>\n")
            .Append("<p class=\"lc-exception__reasons\"><strong>Why this page:</strong> ")
            .Append(E(string.Join("; ", metric.Reasons.Select(PackLabels.Of)))).Append(".</p>\n")
            .Append("<dl class=\"lc-fields\">\n")
            .Append("<dt>Value (").Append(E(MetricCells.UpdatedTo(metric))).Append(")</dt><dd data-value>").Append(E(MetricCells.Value(metric))).Append("</dd>\n")
            .Append("<dt>Target</dt><dd data-target>").Append(E(metric.TargetText)).Append("</dd>\n")
            .Append("<dt>Met</dt><dd>").Append(Met(metric.Metric.Direction.Met(metric.Value, metric.Target))).Append("</dd>\n")
            .Append("<dt>Data quality</dt><dd>").Append(MetricCells.QualityMark(metric.Quality)).Append("</dd>\n")
            .Append("</dl>\n")
            .Append("<div class=\"lc-exception__icons\">").Append(MetricCells.VariationIcon(metric, 48)).Append(MetricCells.AssuranceIcon(metric, 48)).Append("</div>\n");
        Chart(html, metric);
        Breakdown(html, metric);
        Narrative(html, metric);
        html.Append("</article>\n");
    }

    private static void Chart(StringBuilder html, PackMetric metric)
    {
        var points = metric.ChartedPoints;
        var description = points.Count == 0
            ? "No values to chart."
            : $"{points.Count} months from {SpcChartSvg.MonthLabel(points[0].Period, "MMMM yyyy")} to {SpcChartSvg.MonthLabel(points[^1].Period, "MMMM yyyy")}; "
              + $"latest {metric.Metric.Format(points[^1].Value)}, mean {metric.Metric.Format(points[^1].Mean)}"
              + (points[^1] is { Lpl: { } lpl, Upl: { } upl } ? $", process limits {metric.Metric.Format(lpl)} to {metric.Metric.Format(upl)}" : "")
              + $"; target {metric.TargetText}.";
        html.Append("<figure class=\"lc-exception__chart\">")
            .Append(SpcChartSvg.Render(new SpcChartInput(
                "chart-" + metric.Id, $"{metric.Metric.Name}: SPC chart", description, metric.Metric.Kind, points, metric.TargetsByMonth, v => metric.Metric.Format(v))))
            .Append("<figcaption class=\"lc-muted\">").Append(E(description))
            .Append(" Mean solid, process limits dashed, target in red; points: concern an orange triangle, improvement a blue square, common cause a grey circle, neither a purple diamond.")
            .Append("</figcaption></figure>\n");
        foreach (var warning in metric.Spc.Warnings)
        {
            html.Append("<p class=\"lc-muted lc-warning\">").Append(E(warning)).Append("</p>\n");
        }
    }

    private static void Breakdown(StringBuilder html, PackMetric metric)
    {
        html.Append("<h3>Breakdown, ").Append(E(Month(metric.Period))).Append(" (worst first)</h3>\n");
        if (metric.Breakdown.Count == 0)
        {
            html.Append("<p class=\"lc-muted\">No breakdown by locality, neighbourhood or service for this month.</p>\n");
            return;
        }

        html.Append("<table class=\"lc-breakdown\"><thead><tr><th scope=\"col\">Level</th><th scope=\"col\">Unit</th><th scope=\"col\" class=\"lc-num\">Value</th>")
            .Append("<th scope=\"col\">Target</th><th scope=\"col\">Met</th></tr></thead>\n<tbody>\n");
        // The breakdown is grouped by level, each worst first: the first few of each level are its worst.
        var shown = metric.Breakdown.GroupBy(u => PackLabels.LevelOf(u.Unit)).SelectMany(level => level.Take(BreakdownRowsPerLevel)).ToList();
        foreach (var unit in shown)
        {
            html.Append("<tr data-unit=\"").Append(E(unit.Unit)).Append("\"><td>").Append(E(PackLabels.LevelOf(unit.Unit))).Append("</td><th scope=\"row\">").Append(E(unit.Name))
                .Append("</th><td class=\"lc-num\">").Append(E(metric.Metric.Format(unit.Value))).Append("</td><td>").Append(E(metric.Metric.FormatTarget(unit.Target)))
                .Append("</td><td>").Append(Met(metric.Metric.Direction.Met(unit.Value, unit.Target))).Append("</td></tr>\n");
        }

        html.Append("</tbody></table>\n");
        if (shown.Count < metric.Breakdown.Count)
        {
            html.Append("<p class=\"lc-muted lc-breakdown__more\">The worst ").Append(BreakdownRowsPerLevel).Append(" of each level: ").Append(shown.Count)
                .Append(" of ").Append(metric.Breakdown.Count).Append(" units. Every unit is in the pack's workbook (XLSX), sheet “")
                .Append(E(PackXlsx.BreakdownSheet)).Append("”.</p>\n");
        }
    }

    private static void Narrative(StringBuilder html, PackMetric metric)
    {
        var narrative = metric.Narrative;
        html.Append("<div class=\"lc-narrative\">\n<h3>Narrative</h3>\n");
        if (narrative is null)
        {
            html.Append("<p class=\"lc-narrative__missing lc-flag\">No narrative yet.</p>\n");
        }
        else if (narrative.ToFollowReason is { } reason)
        {
            html.Append("<p class=\"lc-narrative__to-follow\"><strong>Narrative to follow:</strong> ").Append(E(reason)).Append("</p>\n");
        }
        else
        {
            Prose(html, "What the chart tells us", narrative.WhatTheChartTellsUs);
            Prose(html, "Root causes", narrative.RootCauses);
            html.Append("<h4>Actions</h4>\n");
            if (narrative.Actions.Count == 0)
            {
                html.Append("<p class=\"lc-muted\">None given.</p>\n");
            }
            else
            {
                html.Append("<table class=\"lc-narrative__actions\"><thead><tr><th scope=\"col\">Action</th><th scope=\"col\">Owner</th><th scope=\"col\">Due</th></tr></thead>\n<tbody>\n");
                foreach (var action in narrative.Actions)
                {
                    html.Append("<tr><td>").Append(E(action.Action)).Append("</td><td>").Append(E(action.Owner)).Append("</td><td>").Append(E(ShortDate(action.Due))).Append("</td></tr>\n");
                }

                html.Append("</tbody></table>\n");
            }

            Prose(html, "Mitigations and risks", narrative.MitigationsAndRisks);
            html.Append("<h4>Expected recovery</h4>\n<p class=\"lc-prose\">")
                .Append(narrative.ExpectedRecovery is { } month ? E(Month(month)) : "Not given").Append("</p>\n");
        }

        var accountable = narrative is { AccountablePerson.Length: > 0 } ? narrative.AccountablePerson : metric.Owner;
        html.Append("<p class=\"lc-narrative__accountable\"><strong>Accountable person:</strong> ")
            .Append(string.IsNullOrWhiteSpace(accountable) ? "Not named" : E(accountable)).Append("</p>\n</div>\n");
    }

    /// <summary>A heading and the user's text as sanitised Markdown (<see cref="UserMarkdown"/>), or a dash.</summary>
    private static void Prose(StringBuilder html, string heading, string text) =>
        html.Append("<h4>").Append(E(heading)).Append("</h4>\n<div class=\"lc-prose\">")
            .Append(string.IsNullOrWhiteSpace(text) ? "<p>–</p>" : UserMarkdown.ToHtml(text)).Append("</div>\n");

    private static string Met(bool? met) => met switch
    {
        true => "Met",
        false => "Not met",
        null => "–",
    };
}
