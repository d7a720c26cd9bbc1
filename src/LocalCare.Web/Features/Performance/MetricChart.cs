using LocalCare.Reports.Charts;

namespace LocalCare.Web.Features.Performance;

/// <summary>A metric page's SPC chart: what <see cref="SpcChartSvg"/> draws, and the chart in words for people who cannot see it.</summary>
public static class MetricChart
{
    /// <summary>The chart to draw, with its accessible name and description.</summary>
    public static SpcChartInput Input(MetricDetail detail)
    {
        var points = detail.Series.Charted;
        var title = $"SPC chart of {detail.Metric.Name} at {detail.Unit.Name}"
                    + (points.Count == 0 ? "" : $", {MetricModel.MonthName(points[0].Period)} to {MetricModel.MonthName(points[^1].Period)}");
        return new SpcChartInput("spc", title, Summary(detail), detail.Metric.Kind, points, detail.Series.TargetsByMonth(), v => detail.Metric.Format(v),
            DrawKey: false); // the page's figcaption is the key (_Chart.cshtml)
    }

    /// <summary>The chart in words: the latest value, the mean and limits, the special-cause months and the two icons.</summary>
    public static string Summary(MetricDetail detail)
    {
        var metric = detail.Metric;
        var series = detail.Series;
        if (series.Latest is not { } latest)
        {
            return $"{metric.Name} has no values at {detail.Unit.Name} yet.";
        }

        var spc = series.Spc;
        // The mean and limits are the latest group's (a rebase starts a new one).
        var count = spc.Points.Count == 0 ? 0 : spc.Points.Count(p => p.Group == spc.Points[^1].Group);
        var drawn = series.Charted;
        var special = drawn.Count(p => p.PointType != Core.Spc.PointType.CommonCause);
        var text = new List<string>
        {
            $"The latest value, for {MetricModel.MonthName(latest.Month.ToString())}, is {metric.Format(latest.Value)}"
            + (latest.Target is { } target ? $" against a target of {metric.FormatTarget(target)}." : " (no target)."),
            spc.Lpl is { } lpl && spc.Upl is { } upl
                ? $"Over {count} months the mean is {metric.Format(spc.Mean)} and the process limits are {metric.Format(lpl)} to {metric.Format(upl)}."
                : $"The mean is {metric.Format(spc.Mean)}; one month is too few for process limits.",
            $"{special} of the {drawn.Count} months drawn {(special == 1 ? "is" : "are")} special cause.",
            $"Variation: {SpcIcons.Text(spc.Variation)}.",
            $"Assurance: {SpcIcons.Text(spc.Assurance, hasValues: true)}.",
        };
        return string.Join(' ', text);
    }
}
