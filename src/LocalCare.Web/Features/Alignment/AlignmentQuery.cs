using LocalCare.Core.Alignment;
using LocalCare.Core.Plans;
using LocalCare.Data;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Web.Features.Alignment;

/// <summary>A plan year's alignment matrix, built from the deliverables' partner-priority links.</summary>
public sealed record AlignmentView(PlanYear Year, AlignmentMatrix Matrix);

/// <summary>Loads what <see cref="AlignmentMatrix.Build"/> needs for a plan year; used by the alignment page, its CSV and <c>GET /api/plan/alignment</c>.</summary>
public sealed class AlignmentQuery(LocalCareDbContext db)
{
    /// <summary>Null when the year has no operating plan (no priorities).</summary>
    public async Task<AlignmentView?> LoadAsync(PlanYear year, CancellationToken cancellationToken, AlignmentGrouping grouping = AlignmentGrouping.Workplan)
    {
        var priorities = await db.Priorities.AsNoTracking().Where(p => p.PlanYear == year).ToListAsync(cancellationToken);
        if (priorities.Count == 0)
        {
            return null;
        }

        var deliverables = await db.Deliverables.AsNoTracking().Where(d => d.PlanYear == year).Include(d => d.Alignments).ToListAsync(cancellationToken);
        var partners = await db.PartnerPriorities.AsNoTracking().ToListAsync(cancellationToken);
        var workplans = await db.Workplans.AsNoTracking().ToListAsync(cancellationToken);
        return new AlignmentView(year, AlignmentMatrix.Build(deliverables, partners, workplans, priorities, grouping));
    }
}
