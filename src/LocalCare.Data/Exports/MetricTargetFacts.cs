using LocalCare.Core.Exports;
using LocalCare.Data.Metrics;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Data.Exports;

/// <summary><c>fact_metric_target</c>: the targets set per metric, unit and plan year (each metric's default is in dim_metric).</summary>
public sealed class MetricTargetFacts : ExportTableSource
{
    public override string Name => "fact_metric_target";

    public override string Grain => "One row per target set for a metric, unit and plan year.";

    public override IReadOnlyList<ExportColumn> Columns { get; } =
    [
        Text("metric_id", "The metric (dim_metric)."),
        Text("unit_key", "The unit it is set for (dim_unit); a target for lco applies to every unit without its own."),
        Text("plan_year", "The plan year, written 2024/25 (dim_month.plan_year)."),
        Date("plan_year_start", "The plan year's first day (1 April)."),
        Date("plan_year_end", "The plan year's last day (31 March)."),
        Number("target", "The target, in the metric's units (a ratio as a fraction)."),
    ];

    protected override async Task FillAsync(ExportTable table, ExportSources sources, CancellationToken cancellationToken)
    {
        var metrics = await sources.Db.Metrics.AsNoTracking().ToListAsync(cancellationToken);
        var order = MetricOrder.Of(metrics);
        var targets = await sources.Db.MetricTargets.AsNoTracking().ToListAsync(cancellationToken);
        foreach (var t in targets.Where(t => order.ContainsKey(t.MetricId))
            .OrderBy(t => order[t.MetricId]).ThenBy(t => t.Unit, StringComparer.Ordinal).ThenBy(t => t.PlanYear))
        {
            table.Add(t.MetricId, t.Unit, t.PlanYear.Label, t.PlanYear.Start, t.PlanYear.End, t.Value);
        }
    }
}
