using LocalCare.Core.Plans;
using LocalCare.Data;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Web.Features.Shared;

/// <summary>Which plan year the pages show when none is asked for (<see cref="ShownPlanYear"/>): the latest with priorities, unless the year before it is still under review.</summary>
public static class PlanYears
{
    /// <summary>Null when no plan has been loaded yet.</summary>
    public static async Task<PlanYear?> LatestAsync(LocalCareDbContext db, CancellationToken cancellationToken)
    {
        var years = await db.Priorities.Select(p => p.PlanYear).Distinct().ToListAsync(cancellationToken);
        var underReview = await db.DeliverableReviews.Where(r => r.Outcome == DeliverableOutcome.Pending)
            .Join(db.Deliverables, r => r.DeliverableCode, d => d.Code, (r, d) => d.PlanYear)
            .Distinct().ToListAsync(cancellationToken);
        return ShownPlanYear.Of(years, underReview);
    }
}
