using LocalCare.Core.Plans;
using LocalCare.Core.Portfolio;
using LocalCare.Data.Demo;
using LocalCare.Data.Setup;
using LocalCare.Data.Tests.Portfolio;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalCare.Data.Tests.Plans;

/// <summary>The demo has 2025/26 started from 2024/25, with "delivered?" reviews in every state and the carried-forward deliverables in next year's portfolio.</summary>
public sealed class DemoNextYearTests
{
    private static readonly PlanYear Next = DemoPlan.Year.Next;

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task TheDemo_Starts2025_26_CopyingTheVisionPrioritiesKloesAndUnfinishedProgrammes(string engine)
    {
        await using var database = await PortfolioDatabase.WithDemoAsync(engine);
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<LocalCareDbContext>();
        var ct = TestContext.Current.CancellationToken;

        Assert.Equal(DemoPlan.Vision().Select(v => v.Text), await db.VisionStatements.Where(v => v.PlanYear == Next).OrderBy(v => v.Order).Select(v => v.Text).ToListAsync(ct));
        Assert.Equal(
            DemoPlan.Priorities().Select(p => p.Code.Replace("P2425", "P2526", StringComparison.Ordinal)),
            await db.Priorities.Where(p => p.PlanYear == Next).OrderBy(p => p.Order).Select(p => p.Code).ToListAsync(ct));
        Assert.Equal(DemoPlan.Kloes().Count, await db.Kloes.CountAsync(k => k.PlanYear == Next, ct));

        var programmes = await db.Programmes.AsNoTracking().Include(p => p.Projects).Include(p => p.Deliverables).AsSplitQuery()
            .Where(p => p.PlanYear == Next).OrderBy(p => p.Order).ToListAsync(ct);
        var unfinished = DemoPlan.Programmes().Where(p => p.Status != PortfolioStatus.Complete).ToList();
        Assert.Equal(unfinished.Select(p => p.Code.Replace("TP2425", "TP2526", StringComparison.Ordinal)), programmes.Select(p => p.Code));
        Assert.DoesNotContain(programmes, p => p.Code == "TP2526-SCT"); // complete in 2024/25
        Assert.All(programmes.SelectMany(p => p.Projects.Select(j => j.Status).Append(p.Status)), s => Assert.Equal(PortfolioStatus.NotStarted, s));
        Assert.Equal(unfinished.Sum(p => p.Projects.Count(j => j.Status != PortfolioStatus.Complete)), programmes.Sum(p => p.Projects.Count));
        Assert.Equal([("TP2526-DIG", "D2526-CH-02")], programmes.SelectMany(p => p.Deliverables).Select(l => (l.ProgrammeCode, l.DeliverableCode)));
    }

    [Fact]
    public async Task TheDemosReviews_AreInEveryState_AndTheCarriedForwardOnesAreIn2025_26()
    {
        await using var database = await PortfolioDatabase.WithDemoAsync(TestDatabase.Sqlite);
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<LocalCareDbContext>();
        var ct = TestContext.Current.CancellationToken;

        var reviews = await db.DeliverableReviews.AsNoTracking().ToListAsync(ct);
        Assert.Equal(DemoPlan.Deliverables().Select(d => d.Code).Order(StringComparer.Ordinal), reviews.Select(r => r.DeliverableCode).Order(StringComparer.Ordinal));
        Assert.Equal(Enum.GetValues<DeliverableOutcome>(), reviews.Select(r => r.Outcome).Distinct().Order());
        Assert.Contains(reviews, r => r.Outcome == DeliverableOutcome.PartlyDelivered && r.CarriedForwardTo is not null);
        Assert.Contains(reviews, r => r.Outcome == DeliverableOutcome.PartlyDelivered && r.CarriedForwardTo is null);
        Assert.Contains(reviews, r => r.Outcome == DeliverableOutcome.NotDelivered && r.CarriedForwardTo is not null);
        Assert.Contains(reviews, r => r.Outcome == DeliverableOutcome.NotDelivered && r.CarriedForwardTo is null);
        Assert.All(reviews.Where(r => r.Outcome == DeliverableOutcome.Pending), r => Assert.Equal((null, null, null), (r.ReviewedBy, r.ReviewedAt, r.CarriedForwardTo)));
        Assert.All(reviews.Where(r => r.Outcome != DeliverableOutcome.Pending), r => Assert.Equal((DemoPlan.Reviewer, DemoPlan.ReviewedAt), (r.ReviewedBy, r.ReviewedAt)));
        Assert.Equal(DemoPlan.Reviews().Count, reviews.Count(r => r.Outcome != DeliverableOutcome.Pending));

        var carried = reviews.Where(r => r.CarriedForwardTo is not null).ToDictionary(r => r.DeliverableCode, r => r.CarriedForwardTo);
        Assert.Equal(
            new Dictionary<string, string?> { ["D2425-CH-13"] = "D2526-CH-01", ["D2425-CH-23"] = "D2526-CH-02", ["D2425-ASC-14"] = "D2526-ASC-01" },
            carried);
        var copies = await db.Deliverables.AsNoTracking().Include(d => d.Updates).Where(d => d.PlanYear == Next).ToListAsync(ct);
        Assert.Equal(carried.Values.Order(StringComparer.Ordinal), copies.Select(d => d.Code).Order(StringComparer.Ordinal));
        var ulysses = copies.Single(d => d.Code == "D2526-CH-02");
        Assert.Equal(("Roll out the Ulysses risk and assurance module", "P2526-SAFE", "Chief Nurse"), (ulysses.Title, ulysses.PriorityCode, ulysses.Owner));
        Assert.All(copies, d => Assert.Empty(d.Updates));
    }

    [Fact]
    public async Task TheNextYear_IsLoadedOnce_AndIntoADemoLoadedBeforeItExisted()
    {
        await using var database = await PortfolioDatabase.WithDemoAsync(TestDatabase.Sqlite);
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<LocalCareDbContext>();
        var ct = TestContext.Current.CancellationToken;

        await new DemoLoader(db).LoadAsync(DemoPlan.Year, ct);
        Assert.Equal(DemoPlan.Priorities().Count, await db.Priorities.CountAsync(p => p.PlanYear == Next, ct));
        Assert.Equal(DemoPlan.Deliverables().Count, await db.DeliverableReviews.CountAsync(ct));

        // As a demo database loaded before 2025/26 was part of the demo.
        db.DeliverableReviews.RemoveRange(await db.DeliverableReviews.ToListAsync(ct));
        db.Programmes.RemoveRange(await db.Programmes.Where(p => p.PlanYear == Next).ToListAsync(ct));
        db.Deliverables.RemoveRange(await db.Deliverables.Where(d => d.PlanYear == Next).ToListAsync(ct));
        db.Kloes.RemoveRange(await db.Kloes.Where(k => k.PlanYear == Next).ToListAsync(ct));
        db.VisionStatements.RemoveRange(await db.VisionStatements.Where(v => v.PlanYear == Next).ToListAsync(ct));
        await db.SaveChangesAsync(ct);
        db.Priorities.RemoveRange(await db.Priorities.Where(p => p.PlanYear == Next).ToListAsync(ct));
        await db.SaveChangesAsync(ct);

        Assert.False(await new DemoLoader(db).LoadAsync(DemoPlan.Year, ct));
        Assert.Equal(DemoPlan.Priorities().Count, await db.Priorities.CountAsync(p => p.PlanYear == Next, ct));
        Assert.Equal(DemoPlan.Reviews().Count, await db.DeliverableReviews.CountAsync(r => r.Outcome != DeliverableOutcome.Pending, ct));
    }
}
