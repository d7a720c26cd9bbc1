using LocalCare.Core.Access;
using LocalCare.Core.Boards;
using LocalCare.Core.Risks;
using LocalCare.Data.Audit;
using LocalCare.Data.Risks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalCare.Data.Tests.Risks;

/// <summary>
/// The risk register on each engine: a risk with links, actions and history round-trips; the editor raises, re-scores (a history
/// point each time) and refuses who may not; the database refuses a score off the matrix; the boards get their default appetite
/// without the demo; the demo loads its register. Today is 23 Nov 2026.
/// </summary>
public sealed class RiskRegisterTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task ARisk_RoundTrips_WithItsLinksActionsAndHistory(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await database.InitialiseAsync(demo: false);
        var ct = TestContext.Current.CancellationToken;
        var risk = Core.Risks.RiskDraft.From(Sample()).ToRisk("R-900", new DateOnly(2026, 11, 1));
        risk.CurrentLikelihood = 4;
        risk.CurrentConsequence = 5;
        risk.LastReviewedOn = new DateOnly(2026, 11, 2);
        risk.Links = [new RiskLink { RiskCode = "R-900", Kind = RiskLinkKind.Board, Target = StandardBoards.HealthPerformance }];
        risk.Actions = [new RiskAction { RiskCode = "R-900", Number = 1, Description = "Recruit", Owner = "HR", Due = new DateOnly(2027, 1, 31), Status = RiskActionStatus.InProgress }];
        risk.History = [new RiskScorePoint { RiskCode = "R-900", Number = 1, On = new DateOnly(2026, 11, 1), Likelihood = 4, Consequence = 5, Note = "Raised", RecordedBy = "executive" }];
        await using (var scope = database.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LocalCareDbContext>();
            db.Risks.Add(risk);
            await db.SaveChangesAsync(ct);
        }

        await using var read = database.Scope();
        var found = await read.ServiceProvider.GetRequiredService<RiskRegister>().FindAsync("R-900", ct);

        Assert.NotNull(found);
        Assert.Equal(
            ("Vacancies", "Director of HR and OD", "manager", RiskCategory.Workforce, 16, 20, 8, new DateOnly(2027, 2, 1), (DateOnly?)new DateOnly(2026, 11, 2), "No model"),
            (found.Title, found.Owner, found.OwnerUserName, found.Category, found.Initial.Score, found.Current.Score, found.Target.Score, found.ReviewDate, found.LastReviewedOn, found.Gaps));
        Assert.Equal([StandardBoards.HealthPerformance], found.LinksOf(RiskLinkKind.Board));
        Assert.Equal(("Recruit", RiskActionStatus.InProgress, new DateOnly(2027, 1, 31)), (found.Actions.Single().Description, found.Actions.Single().Status, found.Actions.Single().Due));
        Assert.Equal((20, "Raised", "executive"), (found.History.Single().Score.Score, found.History.Single().Note, found.History.Single().RecordedBy));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task TheDatabase_RefusesAScoreOffTheMatrix(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await database.InitialiseAsync(demo: false);
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<LocalCareDbContext>();
        var risk = Core.Risks.RiskDraft.From(Sample()).ToRisk("R-901", new DateOnly(2026, 11, 1));
        risk.CurrentLikelihood = 6;
        db.Risks.Add(risk);

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Editor_Raises_Rescores_AndReviews_WithHistoryAndTrail_AndRefusesOthers(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await database.InitialiseAsync(demo: false);
        var ct = TestContext.Current.CancellationToken;
        var draft = Core.Risks.RiskDraft.From(Sample()) with { Boards = [StandardBoards.HealthPerformance] };

        async Task<RiskEditResult> Edit(Func<RiskEditor, Task<RiskEditResult>> edit)
        {
            await using var scope = database.Scope();
            return await edit(scope.ServiceProvider.GetRequiredService<RiskEditor>());
        }

        var raised = await Edit(e => e.RaiseAsync(draft, [Roles.Executive], "executive", ct));
        var refused = await Edit(e => e.RaiseAsync(draft, [Roles.Manager], "manager", ct));
        var rescored = await Edit(e => e.RescoreAsync("R-001", new RiskRescore("2", "4", "Controls working"), [Roles.Manager], "manager", ct));
        var notOwner = await Edit(e => e.RescoreAsync("R-001", new RiskRescore("1", "1", null), [Roles.Manager], "someone", ct));
        var invalid = await Edit(e => e.RescoreAsync("R-001", new RiskRescore("6", "4", null), [Roles.Admin], "admin", ct));
        var reviewed = await Edit(e => e.ReviewAsync("R-001", new RiskReview("2027-02-23", null), [Roles.Manager], "manager", ct));

        Assert.Equal(RiskEditResult.Saved("R-001"), raised);
        Assert.Equal(RiskEditOutcome.Forbidden, refused.Outcome);
        Assert.Equal(RiskEditResult.Saved("R-001"), rescored);
        Assert.Equal(RiskEditOutcome.Forbidden, notOwner.Outcome);
        Assert.Equal([new Core.Inputs.FieldProblem(RiskFields.Likelihood, "The likelihood must be a whole number from 1 to 5")], invalid.Problems);
        Assert.Equal(RiskEditOutcome.Saved, reviewed.Outcome);
        await using var read = database.Scope();
        var risk = (await read.ServiceProvider.GetRequiredService<RiskRegister>().FindAsync("R-001", ct))!;
        Assert.Equal([(1, 20, "Raised", "executive"), (2, 8, "Controls working", "manager")], risk.History.Select(p => (p.Number, p.Score.Score, p.Note, p.RecordedBy)));
        Assert.Equal((8, new DateOnly(2027, 2, 23), (DateOnly?)new DateOnly(2026, 11, 23)), (risk.Current.Score, risk.ReviewDate, risk.LastReviewedOn));
        var db = read.ServiceProvider.GetRequiredService<LocalCareDbContext>();
        var trail = await db.AuditEntries.AsNoTracking().Where(e => e.Subject == Subjects.Risk("R-001")).OrderBy(e => e.Id).ToListAsync(ct);
        Assert.Contains(trail, e => e.Entity == nameof(Risk) && e.Action == AuditAction.Created);
        Assert.Contains(trail, e => e.Entity == nameof(RiskScorePoint) && e.EntityKey == "score 2" && e.Action == AuditAction.Created);
        var change = trail.Single(e => e.Entity == nameof(Risk) && e.Action == AuditAction.Changed && e.Changes.Contains("CurrentLikelihood", StringComparison.Ordinal));
        Assert.Contains("\"CurrentLikelihood\":{\"before\":4,\"after\":2}", change.Changes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutTheDemo_EveryStandardBoardHasItsDefaultAppetite_AndTheRegisterIsEmpty()
    {
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        await database.InitialiseAsync(demo: false);
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<LocalCareDbContext>();
        var ct = TestContext.Current.CancellationToken;

        var appetites = await db.Boards.AsNoTracking().ToDictionaryAsync(b => b.Code, b => b.RiskAppetite, ct);

        Assert.Equal(StandardBoards.Create().ToDictionary(b => b.Code, b => b.RiskAppetite), appetites);
        Assert.Equal(12, appetites[StandardBoards.Accountability]);
        Assert.Equal(8, appetites[StandardBoards.HealthPerformance]);
        Assert.False(await db.Risks.AnyAsync(ct));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task TheDemo_LoadsItsRegister_LinkedToRealThings_WithHistoriesAndTwoOverdueReviews(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await database.InitialiseAsync(demo: true);
        await using var scope = database.Scope();
        var ct = TestContext.Current.CancellationToken;
        var risks = await scope.ServiceProvider.GetRequiredService<RiskRegister>().AllAsync(ct);
        var known = await scope.ServiceProvider.GetRequiredService<RiskRegister>().KnownLinksAsync(ct);

        Assert.Equal(Demo.DemoRisks.Create().Select(r => r.Code), risks.Select(r => r.Code));
        Assert.All(risks, r => Assert.All(r.Links, l => Assert.Contains(l.Target, known[l.Kind])));
        Assert.Equal(Demo.DemoRisks.Create().Sum(r => r.Links.Count), risks.Sum(r => r.Links.Count));
        Assert.All(risks, r => Assert.Equal(r.Current, r.History[^1].Score));
        Assert.Equal(["R-005", "R-004"], RiskReviews.Overdue(risks, new DateOnly(2025, 1, 15)).Select(r => r.Code));
    }

    private static Risk Sample() => new()
    {
        Code = "R-000",
        Title = "Vacancies",
        Description = "Too few nurses",
        Owner = "Director of HR and OD",
        OwnerUserName = "manager",
        Category = RiskCategory.Workforce,
        InitialLikelihood = 4,
        InitialConsequence = 4,
        CurrentLikelihood = 4,
        CurrentConsequence = 5,
        TargetLikelihood = 2,
        TargetConsequence = 4,
        Gaps = "No model",
        ReviewDate = new DateOnly(2027, 2, 1),
        RaisedOn = new DateOnly(2026, 11, 1),
    };
}
