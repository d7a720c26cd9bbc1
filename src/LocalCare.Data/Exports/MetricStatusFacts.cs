using LocalCare.Core.Exports;
using LocalCare.Core.Spc;

namespace LocalCare.Data.Exports;

/// <summary>
/// <c>fact_metric_status</c>: each metric at each unit as its page and the board packs summarise it today: the latest value,
/// the chart's mean and limits, the variation and assurance icons and whether it is an exception.
/// </summary>
public sealed class MetricStatusFacts : ExportTableSource
{
    public override string Name => "fact_metric_status";

    public override string Grain => "One row per metric and unit with stored values (all stored months, whatever the export's months).";

    public override IReadOnlyList<ExportColumn> Columns { get; } =
    [
        Text("metric_id", "The metric (dim_metric)."),
        Text("unit_key", "The unit (dim_unit)."),
        Date("latest_month_key", "The latest month with a value (dim_month when exported); empty when no month has one."),
        Number("latest_value", "The latest value."),
        Number("target", "The latest month's target: the one the assurance icon uses."),
        Boolean("met", "Whether the latest value met its target."),
        Integer("months_with_value", "How many stored months have a value."),
        Integer("points_charted", "How many points the chart draws (the latest 24 at most); its mean and limits are the whole series'."),
        Number("mean", "The latest group's mean."),
        Number("lower_process_limit", "The latest group's lower process limit."),
        Number("upper_process_limit", "The latest group's upper process limit."),
        Text("variation", "The variation icon: the latest point's type with its side (common_cause, improvement_high, concern_low, ...)."),
        Text("assurance", "The assurance icon: consistent_pass, consistent_fail or inconsistent; empty without a target."),
        Boolean("is_exception", "A concern, or a target it will consistently fail or hit and miss: an exception in the board packs."),
        Text("warnings", "The chart's warnings for the reader (limits not yet reliable), one sentence each."),
    ];

    protected override async Task FillAsync(ExportTable table, ExportSources sources, CancellationToken cancellationToken)
    {
        foreach (var series in await sources.SeriesAsync(cancellationToken))
        {
            var spc = series.Spc;
            var latest = series.Latest;
            table.Add(
                series.Metric.Id, series.Unit, latest?.Month.FirstDay, latest?.Value, latest?.Target, latest?.Met,
                series.ValueCount, series.Charted.Count, spc.Mean, spc.Lpl, spc.Upl,
                latest is null ? null : spc.Variation?.ToCode(), spc.Assurance?.ToCode(), series.IsException,
                spc.Warnings.Count == 0 ? null : string.Join(' ', spc.Warnings));
        }
    }
}
