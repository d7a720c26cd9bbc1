using LocalCare.Core.Exports;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Data.Exports;

/// <summary><c>bridge_deliverable_metric</c>: which metrics evidence each deliverable's progress (many to many).</summary>
public sealed class DeliverableMetricBridge : ExportTableSource
{
    public override string Name => "bridge_deliverable_metric";

    public override string Grain => "One row per deliverable and metric that evidences it.";

    public override IReadOnlyList<ExportColumn> Columns { get; } =
    [
        Text("deliverable_code", "The deliverable (dim_deliverable)."),
        Text("metric_id", "The metric (dim_metric)."),
    ];

    protected override async Task FillAsync(ExportTable table, ExportSources sources, CancellationToken cancellationToken)
    {
        var links = await sources.Db.DeliverableMetrics.AsNoTracking().ToListAsync(cancellationToken);
        foreach (var link in links.OrderBy(l => l.DeliverableCode, StringComparer.Ordinal).ThenBy(l => l.MetricId, StringComparer.Ordinal))
        {
            table.Add(link.DeliverableCode, link.MetricId);
        }
    }
}
