using LocalCare.Core.Generation;
using LocalCare.Core.WaitingLists;
using LocalCare.Data.Audit;
using LocalCare.Data.WaitingLists;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace LocalCare.Data.Tests.WaitingLists;

/// <summary>Waiting goals on both engines: the WaitingGoalScenario migration keeps what each stored goal meant, and the editor's changes are audited.</summary>
public sealed class WaitingGoalStoreTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task TheScenarioMigration_JudgesAGoalStoredWithACapacityOnTheUsersScenario_AndTheOthersOnTheCurrent(string engine)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(engine);
        await database.InitialiseAsync(demo: true);
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<LocalCareDbContext>();
        var migrator = db.GetService<IMigrator>();

        await migrator.MigrateAsync(db.Database.GetMigrations().Single(m => m.EndsWith("_Governance", StringComparison.Ordinal)), ct);
        await db.Database.ExecuteSqlRawAsync("UPDATE \"WaitingGoals\" SET \"Capacity\" = 12.5 WHERE \"ServiceCode\" = 'PODIATRY'", ct);
        await migrator.MigrateAsync(cancellationToken: ct);

        var goals = await db.WaitingGoals.AsNoTracking().OrderBy(g => g.ServiceCode).Select(g => new { g.ServiceCode, g.Scenario, g.Capacity }).ToListAsync(ct);
        Assert.Equal([("MSK", "current", (double?)null), ("PODIATRY", "user", 12.5)], goals.Select(g => (g.ServiceCode, g.Scenario, g.Capacity)));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task TheEditor_AddsChangesAndRemovesAGoal_OnePerServiceAndThreshold_EachInTheDeliverablesHistory(string engine)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(engine);
        await database.InitialiseAsync(demo: true);
        await using var scope = database.Scope();
        var editor = scope.ServiceProvider.GetRequiredService<WaitingGoalEditor>();
        var db = scope.ServiceProvider.GetRequiredService<LocalCareDbContext>();
        var deliverable = await db.Deliverables.Where(d => d.Code != "D2425-CH-20").OrderBy(d => d.Code).Select(d => d.Code).FirstAsync(ct);

        var added = await editor.AddAsync(deliverable, new WaitingGoalInput("MSK", 52, "2027-03", "relief", null), ct);
        var twice = await editor.AddAsync(deliverable, new WaitingGoalInput("MSK", 52, "2027-06", null, null), ct);
        var changed = await editor.ChangeAsync(deliverable, added.Id!.Value, new WaitingGoalInput("MSK", 52, "2027-06", "user", 30), ct);
        var goal = await db.WaitingGoals.AsNoTracking().SingleAsync(g => g.Id == added.Id, ct);
        var removed = await editor.RemoveAsync(deliverable, added.Id.Value, ct);
        var gone = await editor.RemoveAsync(deliverable, added.Id.Value, ct);

        Assert.Equal(WaitingGoalEditOutcome.Saved, added.Outcome);
        Assert.Equal((WaitingGoalEditOutcome.Invalid, "service"), (twice.Outcome, twice.Problems.Single().Field));
        Assert.Equal(WaitingGoalEditOutcome.Saved, changed.Outcome);
        Assert.Equal(("user", (double?)30, new YearMonth(2027, 6)), (goal.Scenario, goal.Capacity, goal.By));
        Assert.Equal(WaitingGoalEditOutcome.Saved, removed.Outcome);
        Assert.Equal(WaitingGoalEditOutcome.NotFound, gone.Outcome);
        var audit = await db.AuditEntries.AsNoTracking().Where(e => e.Subject == Subjects.Deliverable(deliverable) && e.Entity == nameof(WaitingGoal)).OrderBy(e => e.Id).ToListAsync(ct);
        Assert.Equal([AuditAction.Created, AuditAction.Changed, AuditAction.Deleted], audit.Select(e => e.Action));
        Assert.All(audit, e => Assert.Equal("waiting goal MSK over 52 weeks", e.EntityKey));
    }
}
