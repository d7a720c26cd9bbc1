using LocalCare.Core.Plans;
using LocalCare.Data;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Web.Tests;

/// <summary>What the pages and API should show, read straight from the app database with Core's own rules.</summary>
public static class Expected
{
    /// <summary>The plan year the pages show (<see cref="ShownPlanYear"/>): the demo's 2024/25, whose review is not finished.</summary>
    public static async Task<PlanYear> LatestPlanYearAsync(LocalCareDbContext db)
    {
        var years = await db.Priorities.Select(p => p.PlanYear).ToListAsync(TestContext.Current.CancellationToken);
        var reviews = await db.DeliverableReviews.Where(r => r.Outcome == DeliverableOutcome.Pending).Select(r => r.DeliverableCode).ToListAsync(TestContext.Current.CancellationToken);
        var underReview = await db.Deliverables.Where(d => reviews.Contains(d.Code)).Select(d => d.PlanYear).Distinct().ToListAsync(TestContext.Current.CancellationToken);
        return ShownPlanYear.Of(years, underReview)!.Value;
    }

    /// <summary>The latest year's priorities in plan order, each with its deliverables and their updates.</summary>
    public static async Task<List<Priority>> PrioritiesAsync(LocalCareWebFactory factory) =>
        await factory.QueryAsync(async db =>
        {
            var year = await LatestPlanYearAsync(db);
            return await db.Priorities.AsNoTracking().Where(p => p.PlanYear == year).OrderBy(p => p.Order)
                .Include(p => p.Deliverables).ThenInclude(d => d.Updates)
                .ToListAsync(TestContext.Current.CancellationToken);
        });

    /// <summary>Every deliverable of the latest year, with updates and alignments.</summary>
    public static async Task<List<Deliverable>> DeliverablesAsync(LocalCareWebFactory factory) =>
        await factory.QueryAsync(async db =>
        {
            var year = await LatestPlanYearAsync(db);
            return await db.Deliverables.AsNoTracking().Where(d => d.PlanYear == year)
                .Include(d => d.Updates).Include(d => d.Alignments).AsSplitQuery()
                .ToListAsync(TestContext.Current.CancellationToken);
        });

    /// <summary>A status that at least one deliverable currently has, other than the given ones.</summary>
    public static DeliverableStatus StatusInUse(IEnumerable<Deliverable> deliverables, params DeliverableStatus[] not) =>
        deliverables.Select(d => d.CurrentStatus).Where(s => !not.Contains(s)).GroupBy(s => s).OrderByDescending(g => g.Count()).First().Key;
}
