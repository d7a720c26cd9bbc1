using LocalCare.Core.Plans;
using LocalCare.Data;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Web.Features.Plans;

/// <summary>Everything about one deliverable: what it is, who owns it, when it is due, what it aligns to and its quarterly updates.</summary>
/// <remarks><c>Due</c>: The quarter it is due by, e.g. "2024/25 Q3". <c>DueBy</c>: The last day of that quarter. <c>Status</c>: The current status code (the latest update's, else <c>not_started</c>).</remarks>
public sealed record DeliverableDetail(
    string Code,
    string PlanYear,
    string Title,
    string Description,
    CodeAndName Priority,
    CodeAndName Workplan,
    string Owner,
    string? OwnerUserName,
    string Due,
    int DueQuarter,
    DateOnly DueBy,
    string Status,
    IReadOnlyList<AlignedPartnerPriority> PartnerPriorities,
    IReadOnlyList<QuarterlyUpdate> Updates,
    IReadOnlyList<EvidenceMetric> Metrics,
    IReadOnlyList<MilestoneDetail> Milestones);

/// <summary>A metric that evidences the deliverable.</summary>
public sealed record EvidenceMetric(string Id, string Name);

/// <summary>A milestone: <c>Overdue</c> when its due date has passed and it is not done.</summary>
public sealed record MilestoneDetail(int Number, string Title, DateOnly Due, DateOnly? CompletedOn, bool Overdue);

/// <summary>A partner priority the deliverable contributes to; <c>Partner</c> is <c>acute_trust</c> or <c>council</c>, <c>Number</c> is "P3".</summary>
public sealed record AlignedPartnerPriority(string Code, string Partner, string PartnerName, string Number, string Title);

/// <summary>A quarter's status, commentary and action; <c>Label</c> is e.g. "2024/25 Q2"; who wrote it and when (UTC), null for updates loaded with the plan.</summary>
public sealed record QuarterlyUpdate(int Quarter, string Label, string Status, string Commentary, string Action, string? UpdatedBy, DateTime? UpdatedAt);

/// <summary>Builds <see cref="DeliverableDetail"/>; used by the deliverable page and <c>GET /api/deliverables/{code}</c>.</summary>
public sealed class DeliverableDetailQuery(LocalCareDbContext db, TimeProvider clock)
{
    /// <summary>Null when no deliverable has that code.</summary>
    public async Task<DeliverableDetail?> LoadAsync(string code, CancellationToken cancellationToken)
    {
        var deliverable = await db.Deliverables.AsNoTracking()
            .Include(d => d.Updates)
            .Include(d => d.Alignments)
            .Include(d => d.Metrics)
            .Include(d => d.Milestones)
            .AsSplitQuery()
            .FirstOrDefaultAsync(d => d.Code == code, cancellationToken);
        if (deliverable is null)
        {
            return null;
        }

        var priority = await db.Priorities.AsNoTracking().Where(p => p.Code == deliverable.PriorityCode).Select(p => p.Name).FirstOrDefaultAsync(cancellationToken);
        var workplan = await db.Workplans.AsNoTracking().Where(w => w.Code == deliverable.WorkplanCode).Select(w => w.Name).FirstOrDefaultAsync(cancellationToken);
        var aligned = deliverable.Alignments.Select(a => a.PartnerPriorityCode).ToList();
        var metricIds = deliverable.Metrics.Select(m => m.MetricId).ToList();
        var metrics = await db.Metrics.AsNoTracking().Where(m => metricIds.Contains(m.Id)).Select(m => new { m.Id, m.Name }).ToListAsync(cancellationToken);
        var today = Core.Time.UkTime.Today(clock);
        var partnerPriorities = (await db.PartnerPriorities.AsNoTracking().Where(p => aligned.Contains(p.Code)).ToListAsync(cancellationToken))
            .OrderBy(p => p.Partner).ThenBy(p => p.Number)
            .Select(p => new AlignedPartnerPriority(p.Code, p.Partner.ToCode(), p.Partner.ToLabel(), p.Label, p.Title))
            .ToList();

        return new DeliverableDetail(
            deliverable.Code,
            deliverable.PlanYear.Label,
            deliverable.Title,
            deliverable.Description,
            new CodeAndName(deliverable.PriorityCode, priority ?? deliverable.PriorityCode),
            new CodeAndName(deliverable.WorkplanCode, workplan ?? deliverable.WorkplanCode),
            deliverable.Owner,
            deliverable.OwnerUserName,
            deliverable.Due.Label,
            deliverable.DueQuarter,
            deliverable.Due.End,
            deliverable.CurrentStatus.ToCode(),
            partnerPriorities,
            deliverable.Updates.OrderBy(u => u.Quarter)
                .Select(u => new QuarterlyUpdate(u.Quarter, deliverable.PlanYear.Quarter(u.Quarter).Label, u.Status.ToCode(), u.Commentary, u.Action, u.UpdatedBy, u.UpdatedAt))
                .ToList(),
            [.. metrics.OrderBy(m => m.Name, StringComparer.OrdinalIgnoreCase).Select(m => new EvidenceMetric(m.Id, m.Name))],
            [.. deliverable.Milestones.OrderBy(m => m.Number).Select(m => new MilestoneDetail(m.Number, m.Title, m.Due, m.CompletedOn, m.IsOverdue(today)))]);
    }
}
