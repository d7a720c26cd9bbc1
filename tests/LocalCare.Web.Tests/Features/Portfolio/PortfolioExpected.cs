using LocalCare.Core.Portfolio;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Web.Tests.Features.Portfolio;

/// <summary>What the portfolio pages and API should show, read straight from the app database.</summary>
public static class PortfolioExpected
{
    /// <summary>The 2024/25 programmes in portfolio order, with their projects and deliverable links.</summary>
    public static Task<List<Programme>> ProgrammesAsync(LocalCareWebFactory factory) =>
        factory.QueryAsync(db => db.Programmes.AsNoTracking().Where(p => p.PlanYear == new Core.Plans.PlanYear(2024))
            .Include(p => p.Projects).Include(p => p.Deliverables).AsSplitQuery()
            .OrderBy(p => p.Order).ToListAsync(TestContext.Current.CancellationToken));

    public static Task<Programme> ProgrammeAsync(LocalCareWebFactory factory, string code) =>
        factory.QueryAsync(db => db.Programmes.AsNoTracking().Include(p => p.Projects).Include(p => p.Deliverables).AsSplitQuery()
            .SingleAsync(p => p.Code == code, TestContext.Current.CancellationToken));
}
