using LocalCare.Core.Plans;
using LocalCare.Data;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Web.Features.Shared;

/// <summary>Which plan year the pages show: the latest one that has priorities in the database.</summary>
public static class PlanYears
{
    /// <summary>Null when no plan has been loaded yet.</summary>
    public static async Task<PlanYear?> LatestAsync(LocalCareDbContext db, CancellationToken cancellationToken)
    {
        var years = await db.Priorities.Select(p => p.PlanYear).Distinct().ToListAsync(cancellationToken);
        return years.Count == 0 ? null : years.Max();
    }
}
