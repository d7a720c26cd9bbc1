using LocalCare.Core.Portfolio;
using LocalCare.Data.Demo;
using LocalCare.Data.Setup;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalCare.Data.Tests.Portfolio;

/// <summary>The demo's 2024/25 transformation portfolio (section 3.6 of the plan) is loaded with the demo plan.</summary>
public sealed class DemoPortfolioTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task TheDemo_LoadsEveryProgrammeWithItsProjectsAndDeliverables(string engine)
    {
        await using var database = await PortfolioDatabase.WithDemoAsync(engine);
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<LocalCareDbContext>();
        var ct = TestContext.Current.CancellationToken;

        var programmes = await db.Programmes.AsNoTracking().Include(p => p.Projects).Include(p => p.Deliverables).AsSplitQuery()
            .Where(p => p.PlanYear == DemoPlan.Year).OrderBy(p => p.Order).ToListAsync(ct);
        var expected = DemoPlan.Programmes();

        Assert.Equal(expected.Select(p => (p.Code, p.Name, p.Scope, p.Theme)), programmes.Select(p => (p.Code, p.Name, p.Scope, p.Theme)));
        Assert.Equal(5, programmes.Count(p => p.Scope == ProgrammeScope.InScope));
        Assert.Equal(8, programmes.Count(p => p.Scope == ProgrammeScope.InSight));
        Assert.Equal(expected.Sum(p => p.Projects.Count), programmes.Sum(p => p.Projects.Count));
        Assert.Equal(expected.Sum(p => p.Deliverables.Count), programmes.Sum(p => p.Deliverables.Count));
        Assert.Equal(
            ["Manchester Case Management (MCM) Project", "Single Point of Access (SPOA) Project", "Community Administration Project", "MRI/Central Discharge Pilot"],
            Project.InOrder(programmes.Single(p => p.Code == "TP2425-CHTP").Projects).Skip(1).Select(j => j.Name));
        Assert.Equal(PortfolioStatuses.All.Order(), programmes.Select(p => p.Status).Distinct().Order());
        Assert.Equal(PortfolioStatuses.All.Order(), programmes.SelectMany(p => p.Projects).Select(j => j.Status).Distinct().Order());
        Assert.All(programmes.SelectMany(p => p.Projects.Select(j => (j.Status, j.Commentary)).Append((p.Status, p.Commentary))),
            s => Assert.True(!s.Status.NeedsCommentary() || s.Commentary.Length > 0));
    }

    [Fact]
    public async Task ADemoLoadedBeforeThePortfolioExisted_GetsThePortfolio_OnTheNextStart()
    {
        await using var database = await PortfolioDatabase.WithDemoAsync(TestDatabase.Sqlite);
        var ct = TestContext.Current.CancellationToken;
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<LocalCareDbContext>();
        db.Programmes.RemoveRange(await db.Programmes.ToListAsync(ct));
        await db.SaveChangesAsync(ct);

        var planLoaded = await new DemoLoader(db).LoadAsync(DemoPlan.Year, ct);
        var again = await new DemoLoader(db).LoadAsync(DemoPlan.Year, ct);

        Assert.False(planLoaded);
        Assert.False(again);
        Assert.Equal(DemoPlan.Programmes().Count, await db.Programmes.CountAsync(ct));
        Assert.Equal(DemoPlan.Programmes().Sum(p => p.Projects.Count), await db.Projects.CountAsync(ct));
    }
}
