using LocalCare.Core.Exports;
using LocalCare.Core.Plans;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Data.Exports;

/// <summary><c>dim_deliverable</c>: the operating plans' key deliverables with their priority, workplan, owner and due quarter.</summary>
public sealed class DeliverableDimension : ExportTableSource
{
    public override string Name => "dim_deliverable";

    public override string Grain => "One row per deliverable of every plan year.";

    public override IReadOnlyList<ExportColumn> Columns { get; } =
    [
        Text("deliverable_code", "The deliverable's stable code, e.g. D2425-CH-07."),
        Text("plan_year", "The plan year it belongs to, written 2024/25."),
        Text("priority_code", "The corporate priority it serves."),
        Text("priority_name", "The priority's name."),
        Text("workplan_code", "CH (community health), ASC (adult social care) or JOINT."),
        Text("workplan_name", "The workplan's name."),
        Text("title", "Its title in the plan's own terms."),
        Text("description", "What it is."),
        Text("owner", "The accountable person or role."),
        Text("owner_user", "The user account that writes its quarterly updates; empty until named."),
        Integer("due_quarter", "The quarter of its plan year it is due by (1 to 4)."),
        Text("due_quarter_label", "The due quarter written 2024/25 Q3."),
        Date("due_date", "The due quarter's last day."),
        Text("current_status", "The latest quarter's status: not_started, on_track, at_risk, off_track or delivered."),
        Integer("milestones", "How many milestones it has."),
    ];

    protected override async Task FillAsync(ExportTable table, ExportSources sources, CancellationToken cancellationToken)
    {
        var db = sources.Db;
        var priorities = await db.Priorities.AsNoTracking().ToDictionaryAsync(p => p.Code, p => p.Name, cancellationToken);
        var workplans = await db.Workplans.AsNoTracking().ToDictionaryAsync(w => w.Code, w => w.Name, cancellationToken);
        var deliverables = await db.Deliverables.AsNoTracking().Include(d => d.Updates).Include(d => d.Milestones).ToListAsync(cancellationToken);
        foreach (var d in deliverables.OrderBy(d => d.PlanYear).ThenBy(d => d.Code, StringComparer.Ordinal))
        {
            table.Add(
                d.Code, d.PlanYear.Label, d.PriorityCode, priorities.GetValueOrDefault(d.PriorityCode), d.WorkplanCode, workplans.GetValueOrDefault(d.WorkplanCode),
                d.Title, d.Description, d.Owner, d.OwnerUserName, d.DueQuarter, d.Due.Label, d.Due.End, d.CurrentStatus.ToCode(), d.Milestones.Count);
        }
    }
}
