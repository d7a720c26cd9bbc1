using LocalCare.Core.Exports;
using LocalCare.Core.Metrics;
using LocalCare.Data.Metrics;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Data.Exports;

/// <summary><c>dim_metric</c>: every metric of the library (built-in, custom and manual) with its definition.</summary>
public sealed class MetricDimension : ExportTableSource
{
    public override string Name => "dim_metric";

    public override string Grain => "One row per metric.";

    public override IReadOnlyList<ExportColumn> Columns { get; } =
    [
        Text("metric_id", "The metric's stable id, e.g. crisis-response-2h."),
        Text("metric_name", "The metric's name."),
        Text("kind", "ratio (numerator / denominator, shown as a percentage), count (the numerator) or mean (numerator / denominator)."),
        Text("direction", "higher or lower: which way is better."),
        Text("definition", "The numerator and denominator in words (metrics.md)."),
        Number("default_target", "The LCO-wide target used when no target is set for a unit and plan year; empty when none."),
        Text("board_code", "The board that watches it (dim_board)."),
        Text("source", "built-in, custom (an analyst's SQL) or manual (entered by hand or from metric_values.csv)."),
        Text("accountable_user", "The user accountable for it; empty until named."),
        Date("reviewed_on", "When its definition was last reviewed; empty when never."),
        Text("rebase_periods", "Months (YYYY-MM, comma-separated) where the process changed."),
        Integer("sort_order", "metrics.md's order for the built-in metrics, then the others by id."),
    ];

    protected override async Task FillAsync(ExportTable table, ExportSources sources, CancellationToken cancellationToken)
    {
        var metrics = await sources.Db.Metrics.AsNoTracking().ToListAsync(cancellationToken);
        var order = MetricOrder.Of(metrics);
        foreach (var metric in metrics.OrderBy(m => order[m.Id]))
        {
            table.Add(
                metric.Id, metric.Name, metric.Kind.ToCode(), metric.Direction.ToCode(), metric.Definition, metric.DefaultTarget, metric.BoardCode,
                metric.IsManual ? "manual" : metric.Sql is null ? "built-in" : "custom",
                metric.AccountableUserName, metric.ReviewedOn, metric.RebasePeriods, order[metric.Id] + 1);
        }
    }
}
