using LocalCare.Core.Exports;
using LocalCare.Core.Metrics;
using LocalCare.Core.Spc;

namespace LocalCare.Data.Exports;

/// <summary>
/// <c>fact_metric_value</c>: every stored metric value by month and unit with its target and the SPC of the metric page's
/// chart (<see cref="MetricSeries"/>: the latest 24 months with a value): the point's group mean and limits, the special-cause
/// rule that labels it, its verdict and icons.
/// </summary>
public sealed class MetricValueFacts : ExportTableSource
{
    public override string Name => "fact_metric_value";

    public override string Grain => "One row per metric, unit and month with a stored value.";

    public override IReadOnlyList<ExportColumn> Columns { get; } =
    [
        Text("metric_id", "The metric (dim_metric)."),
        Text("unit_key", "The unit (dim_unit)."),
        Date("month_key", "The month's first day (dim_month)."),
        Number("numerator", "The numerator as computed (metrics.md)."),
        Number("denominator", "The denominator; empty for a count."),
        Number("value", "The value: a ratio as a fraction (0.934, not 93.4%); empty when the denominator is 0."),
        Number("target", "The target in force for the unit and the month's plan year (the unit's, else the LCO's, else the default)."),
        Boolean("met", "Whether the value met the target in the metric's direction; empty without a value or a target."),
        Boolean("in_chart", "Whether the month is one of the chart's points (the latest 24 months with a value, as on the metric page)."),
        Boolean("is_latest", "The latest month with a value at this unit: its variation and assurance are the metric page's icons."),
        Integer("spc_group", "0 for the first group of points, one more at each rebase; empty for a month without a value. The SPC columns are the whole series' (as the metric page and the packs compute them), not only the drawn points'."),
        Number("mean", "The mean of the point's group (the centre line)."),
        Number("lower_process_limit", "The group's lower process limit; empty when the group has fewer than 2 points."),
        Number("upper_process_limit", "The group's upper process limit; empty when the group has fewer than 2 points."),
        Number("lower_near_limit", "Two thirds of the way from the mean to the lower limit (the two-of-three rule's line)."),
        Number("upper_near_limit", "Two thirds of the way from the mean to the upper limit."),
        Text("spc_rule", "The first special-cause rule that applies (spc.md's order): above_upl, below_lpl, trend_increasing, trend_decreasing, two_of_three_above, two_of_three_below, shift_above, shift_below, or common_cause."),
        Boolean("rule_outside_limits", "spc_rule is above_upl or below_lpl."),
        Boolean("rule_trend", "spc_rule is a trend: 7 points in a row each higher (or each lower) than the one before."),
        Boolean("rule_two_of_three", "spc_rule is two of three points beyond a near limit on one side."),
        Boolean("rule_shift", "spc_rule is a shift: 7 points in a row on one side of the mean."),
        Text("point_type", "The rule read in the metric's direction: common_cause, special_cause_improvement, special_cause_concern."),
        Text("variation", "The variation icon this point gives: common_cause, improvement_high, improvement_low, concern_high, concern_low."),
        Text("assurance", "The assurance icon of the point's group limits against the month's target: consistent_pass, consistent_fail or inconsistent; empty without a target."),
    ];

    protected override async Task FillAsync(ExportTable table, ExportSources sources, CancellationToken cancellationToken)
    {
        foreach (var series in await sources.SeriesAsync(cancellationToken))
        {
            var improvement = MetricSeries.ImprovementOf(series.Metric.Direction);
            var drawn = series.Charted.Select(p => p.Period).ToHashSet(StringComparer.Ordinal);
            foreach (var r in series.Readings.Where(r => sources.Exports(r.Month)))
            {
                var point = series.PointsByMonth.GetValueOrDefault(r.Month.ToString());
                var latest = series.Latest is { } l && l.Month == r.Month;
                var label = point?.Label;
                var assurance = point is null ? null : latest ? series.Spc.Assurance : Assurances.Of(r.Target, improvement, point.Lpl, point.Upl);
                table.Add(
                    r.MetricId, r.Unit, r.Month.FirstDay, r.Numerator, r.Denominator, r.Value, r.Target, r.Met,
                    drawn.Contains(r.Month.ToString()), latest, point?.Group, point?.Mean, point?.Lpl, point?.Upl, point?.NearLpl, point?.NearUpl,
                    label?.ToCode(),
                    label is null ? null : label is SpcLabel.AboveUpl or SpcLabel.BelowLpl,
                    label is null ? null : label is SpcLabel.TrendIncreasing or SpcLabel.TrendDecreasing,
                    label is null ? null : label is SpcLabel.TwoOfThreeAbove or SpcLabel.TwoOfThreeBelow,
                    label is null ? null : label is SpcLabel.ShiftAbove or SpcLabel.ShiftBelow,
                    point?.PointType.ToCode(),
                    point is null ? null : Variations.Of(point.Label, point.PointType).ToCode(),
                    assurance?.ToCode());
            }
        }
    }
}
