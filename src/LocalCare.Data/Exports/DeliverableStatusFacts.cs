using LocalCare.Core.Exports;
using LocalCare.Core.Plans;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Data.Exports;

/// <summary><c>fact_deliverable_status</c>: each deliverable's quarterly RAG status with its commentary and action.</summary>
public sealed class DeliverableStatusFacts : ExportTableSource
{
    public override string Name => "fact_deliverable_status";

    public override string Grain => "One row per deliverable and quarter with an update written (a quarter without one is not started or not yet due).";

    public override IReadOnlyList<ExportColumn> Columns { get; } =
    [
        Text("deliverable_code", "The deliverable (dim_deliverable)."),
        Text("plan_year", "Its plan year, written 2024/25."),
        Integer("quarter", "The quarter of the plan year: 1 (April to June) to 4 (January to March)."),
        Text("quarter_label", "The quarter written 2024/25 Q1 (dim_month.plan_quarter_label)."),
        Date("quarter_end", "The quarter's last day."),
        Text("status", "not_started, on_track, at_risk, off_track or delivered."),
        Text("status_label", "The status in words: Not started, On track, At risk, Off track, Delivered."),
        Integer("status_order", "0 not started, 1 on track, 2 at risk, 3 off track, 4 delivered (for sorting and colour scales)."),
        Text("commentary", "The owner's commentary for the quarter."),
        Text("action", "What is being done about it (at risk and off track)."),
        Text("updated_by", "Who last wrote the update; empty for updates loaded from the plan document."),
        Timestamp("updated_at", "When it was last written (UTC)."),
    ];

    protected override async Task FillAsync(ExportTable table, ExportSources sources, CancellationToken cancellationToken)
    {
        var years = await sources.Db.Deliverables.AsNoTracking().ToDictionaryAsync(d => d.Code, d => d.PlanYear, cancellationToken);
        var updates = await sources.Db.DeliverableUpdates.AsNoTracking().ToListAsync(cancellationToken);
        foreach (var u in updates.Where(u => years.ContainsKey(u.DeliverableCode))
            .OrderBy(u => years[u.DeliverableCode]).ThenBy(u => u.DeliverableCode, StringComparer.Ordinal).ThenBy(u => u.Quarter))
        {
            var quarter = years[u.DeliverableCode].Quarter(u.Quarter);
            table.Add(
                u.DeliverableCode, quarter.Year.Label, u.Quarter, quarter.Label, quarter.End, u.Status.ToCode(), u.Status.ToLabel(), (int)u.Status,
                u.Commentary, u.Action, u.UpdatedBy, u.UpdatedAt);
        }
    }
}
