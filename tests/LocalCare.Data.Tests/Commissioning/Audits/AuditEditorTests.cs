using System.Text.Json;
using LocalCare.Core.Access;
using LocalCare.Core.Commissioning;
using LocalCare.Core.Commissioning.Audits;
using LocalCare.Core.Inputs;
using LocalCare.Data.Audit;
using LocalCare.Data.Commissioning.Audits;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrailAction = LocalCare.Data.Audit.AuditAction;

namespace LocalCare.Data.Tests.Commissioning.Audits;

/// <summary>
/// The audit editor records audits and their actions under app codes, refuses to complete an audit rated requires improvement
/// or poor with no action, refuses users who may not edit, and the audit trail records every change. Today is 23 Nov 2026.
/// </summary>
public sealed class AuditEditorTests
{
    private static readonly string[] Commissioner = [Roles.Commissioner];
    private static readonly DateOnly Today = new(2026, 11, 23);

    public static TheoryData<string> ReadOnlyRoles => [Roles.Executive, Roles.Analyst, Roles.Manager, Roles.Viewer];

    public static TheoryData<string, AuditRating> EnginesAndRatingsNeedingActions => new()
    {
        { TestDatabase.Sqlite, AuditRating.RequiresImprovement },
        { TestDatabase.Sqlite, AuditRating.Poor },
        { TestDatabase.Postgres, AuditRating.RequiresImprovement },
        { TestDatabase.Postgres, AuditRating.Poor },
    };

    private static NewAudit Audit(string overall, string provider = "HOME1", string date = "2026-11-20") =>
        new(provider, date, "Quality Officer", overall, Safe: "poor", Caring: "good");

    private static NewAuditAction Action(string due = "2026-12-31") => new("safe", "Review every medicines chart weekly", "Registered manager", due);

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task RecordAudit_TakesTheNextAppCode_StoresItInProgress_AndTheTrailRecordsIt(string engine)
    {
        await using var database = await CreateAsync(engine);
        var ct = TestContext.Current.CancellationToken;

        var first = await EditAsync(database, e => e.RecordAuditAsync(Audit("poor"), Commissioner, ct));
        var second = await EditAsync(database, e => e.RecordAuditAsync(Audit("good", provider: " home2 ", date: "2026-11-23"), [Roles.Admin], ct));

        Assert.Equal(AuditEditResult.Saved("APP-A-0001"), first);
        Assert.Equal(AuditEditResult.Saved("APP-A-0002"), second);
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<LocalCareDbContext>();
        var audits = await db.QualityAudits.AsNoTracking().OrderBy(a => a.Code).ToListAsync(ct);
        Assert.Equal(["AUD-2024-01", "APP-A-0001", "APP-A-0002"], audits.Select(a => a.Code).OrderBy(c => c.StartsWith("APP", StringComparison.Ordinal)).ThenBy(c => c, StringComparer.Ordinal));
        var poor = audits.Single(a => a.Code == "APP-A-0001");
        Assert.Equal(
            ("HOME1", new DateOnly(2026, 11, 20), "Quality Officer", AuditRating.Poor, (AuditRating?)AuditRating.Poor, (AuditRating?)null, (AuditRating?)AuditRating.Good, (DateOnly?)null),
            (poor.ProviderCode, poor.AuditDate, poor.Auditor, poor.Overall, poor.Safe, poor.Effective, poor.Caring, poor.CompletedOn));
        Assert.Equal("HOME2", audits.Single(a => a.Code == "APP-A-0002").ProviderCode);
        var entry = await db.AuditEntries.AsNoTracking().SingleAsync(e => e.Subject == Subjects.QualityAudit("APP-A-0001"), ct);
        Assert.Equal(("system", "QualityAudit", "APP-A-0001", TrailAction.Created), (entry.Actor, entry.Entity, entry.EntityKey, entry.Action));
        Assert.Equal("Poor", After(entry, "Overall"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task RecordAudit_WithProblems_StoresNothing(string engine)
    {
        await using var database = await CreateAsync(engine);
        var ct = TestContext.Current.CancellationToken;

        var future = await EditAsync(database, e => e.RecordAuditAsync(Audit("good", date: "2026-11-24"), Commissioner, ct));
        var uncontracted = await EditAsync(database, e => e.RecordAuditAsync(Audit("good", provider: "NOCONTRACT"), Commissioner, ct));
        var unknown = await EditAsync(database, e => e.RecordAuditAsync(Audit("", provider: "NOSUCH"), Commissioner, ct));

        AssertResult(AuditEditOutcome.Invalid, [new FieldProblem("audit-date", "The date of the audit must be today or in the past")], future);
        Assert.Equal([new FieldProblem("provider", "Nettle Nook has no contract: only contracted providers can be audited")], uncontracted.Problems);
        Assert.Equal([new FieldProblem("provider", "There is no provider with code NOSUCH"), new FieldProblem("overall", "Select the overall rating")], unknown.Problems);
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<LocalCareDbContext>();
        Assert.Equal(1, await db.QualityAudits.CountAsync(ct));
        // Only the seed's own entry: the refused audits recorded nothing.
        Assert.Equal(["AUD-2024-01"], await db.AuditEntries.Where(e => e.Entity == nameof(QualityAudit)).Select(e => e.EntityKey).ToListAsync(ct));
    }

    [Fact]
    public async Task RecordAudit_OfAProviderWhoseContractHasEnded_IsAllowed()
    {
        await using var database = await CreateAsync(TestDatabase.Sqlite);
        var ct = TestContext.Current.CancellationToken;

        Assert.Equal(AuditEditResult.Saved("APP-A-0001"), await EditAsync(database, e => e.RecordAuditAsync(Audit("good", provider: "LAPSED", date: "2023-03-01"), Commissioner, ct)));
    }

    [Theory]
    [MemberData(nameof(EnginesAndRatingsNeedingActions))]
    public async Task CompleteAudit_RatedRequiresImprovementOrPoor_IsRefusedWithoutAnAction_AndAllowedAfterOne(string engine, AuditRating overall)
    {
        await using var database = await CreateAsync(engine);
        var ct = TestContext.Current.CancellationToken;
        var code = (await EditAsync(database, e => e.RecordAuditAsync(Audit(overall.ToCode()), Commissioner, ct))).Code!;

        var refused = await EditAsync(database, e => e.CompleteAuditAsync(code, Commissioner, ct));
        var action = await EditAsync(database, e => e.AddActionAsync(code, Action(), Commissioner, ct));
        var completed = await EditAsync(database, e => e.CompleteAuditAsync(code, Commissioner, ct));
        var again = await EditAsync(database, e => e.CompleteAuditAsync(code, Commissioner, ct));

        AssertResult(AuditEditOutcome.Invalid, [new FieldProblem("complete", $"Audit {code} is rated {overall.ToWords()} overall: add at least one action before marking it complete.")], refused);
        Assert.Equal(AuditEditResult.Saved("APP-X-0001"), action);
        Assert.Equal(AuditEditResult.Saved(code), completed);
        Assert.Equal([new FieldProblem("complete", $"Audit {code} was already marked complete on 23 Nov 2026")], again.Problems);
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<LocalCareDbContext>();
        Assert.Equal(Today, (await db.QualityAudits.AsNoTracking().SingleAsync(a => a.Code == code, ct)).CompletedOn);
        var stored = await db.AuditActions.AsNoTracking().SingleAsync(a => a.Code == "APP-X-0001", ct);
        Assert.Equal((code, KeyQuestion.Safe, "Registered manager", new DateOnly(2026, 12, 31), (DateOnly?)null), (stored.AuditCode, stored.KeyQuestion, stored.Owner, stored.DueDate, stored.CompletedDate));
        var trail = await db.AuditEntries.AsNoTracking().Where(e => e.Subject == Subjects.QualityAudit(code)).OrderBy(e => e.Id).ToListAsync(ct);
        Assert.Equal(
            [("QualityAudit", code, TrailAction.Created), ("AuditAction", "APP-X-0001", TrailAction.Created), ("QualityAudit", code, TrailAction.Changed)],
            trail.Select(e => (e.Entity, e.EntityKey, e.Action)));
        Assert.Equal("2026-11-23", After(trail[^1], "CompletedOn"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task CompleteAudit_RatedGoodOrExcellent_IsAllowedWithNoAction(string engine)
    {
        await using var database = await CreateAsync(engine);
        var ct = TestContext.Current.CancellationToken;
        var good = (await EditAsync(database, e => e.RecordAuditAsync(Audit("good"), Commissioner, ct))).Code!;
        var excellent = (await EditAsync(database, e => e.RecordAuditAsync(Audit("excellent"), Commissioner, ct))).Code!;

        Assert.Equal(AuditEditResult.Saved(good), await EditAsync(database, e => e.CompleteAuditAsync(good, Commissioner, ct)));
        Assert.Equal(AuditEditResult.Saved(excellent), await EditAsync(database, e => e.CompleteAuditAsync(excellent, [Roles.Admin], ct)));
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<LocalCareDbContext>();
        Assert.All(await db.QualityAudits.AsNoTracking().Where(a => a.Code.StartsWith("APP-A-")).ToListAsync(ct), a => Assert.Equal(Today, a.CompletedOn));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task CompleteAudit_OfAnImportedAuditWithAnImportedAction_IsAllowed(string engine)
    {
        await using var database = await CreateAsync(engine);
        var ct = TestContext.Current.CancellationToken;
        await using (var seed = database.Scope())
        {
            var db = seed.ServiceProvider.GetRequiredService<LocalCareDbContext>();
            db.AuditActions.Add(new Core.Commissioning.AuditAction
            {
                Code = "ACT-1",
                AuditCode = "AUD-2024-01",
                KeyQuestion = KeyQuestion.Caring,
                Description = "Dignity training",
                Owner = "Manager",
                DueDate = new(2024, 12, 1),
            });
            await db.SaveChangesAsync(ct);
        }

        Assert.Equal(AuditEditResult.Saved("AUD-2024-01"), await EditAsync(database, e => e.CompleteAuditAsync("AUD-2024-01", Commissioner, ct)));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task AddAndUpdateAction_NumberActionsInTurn_ChangeAndCompleteThem_AndTheTrailRecordsIt(string engine)
    {
        await using var database = await CreateAsync(engine);
        var ct = TestContext.Current.CancellationToken;
        var code = (await EditAsync(database, e => e.RecordAuditAsync(Audit("requires_improvement"), Commissioner, ct))).Code!;

        var first = await EditAsync(database, e => e.AddActionAsync(code, Action(), Commissioner, ct));
        var second = await EditAsync(database, e => e.AddActionAsync(code, Action() with { KeyQuestion = "well_led", Owner = "Provider director" }, Commissioner, ct));
        var early = await EditAsync(database, e => e.AddActionAsync(code, Action(due: "2026-11-19"), Commissioner, ct));
        var updated = await EditAsync(database, e => e.UpdateActionAsync(code, "APP-X-0002", new AuditActionChange("Recruit a registered manager", "Area manager", "2027-01-31", "2026-11-22"), Commissioner, ct));
        var future = await EditAsync(database, e => e.UpdateActionAsync(code, "APP-X-0001", new AuditActionChange("x", "y", "2026-12-31", "2026-11-24"), Commissioner, ct));

        Assert.Equal(("APP-X-0001", "APP-X-0002"), (first.Code, second.Code));
        Assert.Equal(["due-date"], early.Problems.Select(p => p.Field));
        Assert.Equal(AuditEditResult.Saved("APP-X-0002"), updated);
        AssertResult(AuditEditOutcome.Invalid, [new FieldProblem("completed-date", "The date the action was completed must be today or in the past")], future);
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<LocalCareDbContext>();
        var actions = await db.AuditActions.AsNoTracking().Where(a => a.AuditCode == code).OrderBy(a => a.Code).ToListAsync(ct);
        Assert.Equal(2, actions.Count);
        Assert.Equal(
            (KeyQuestion.WellLed, "Recruit a registered manager", "Area manager", new DateOnly(2027, 1, 31), (DateOnly?)new DateOnly(2026, 11, 22)),
            (actions[1].KeyQuestion, actions[1].Description, actions[1].Owner, actions[1].DueDate, actions[1].CompletedDate));
        Assert.Null(actions[0].CompletedDate);
        var change = await db.AuditEntries.AsNoTracking().SingleAsync(e => e.Subject == Subjects.QualityAudit(code) && e.EntityKey == "APP-X-0002" && e.Action == TrailAction.Changed, ct);
        Assert.Equal("2026-11-22", After(change, "CompletedDate"));
        Assert.Equal("Area manager", After(change, "Owner"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Edits_OfAnUnknownAuditOrAction_AreNotFound(string engine)
    {
        await using var database = await CreateAsync(engine);
        var ct = TestContext.Current.CancellationToken;
        var change = new AuditActionChange("x", "y", "2026-12-31", null);

        Assert.Equal(AuditEditOutcome.NotFound, (await EditAsync(database, e => e.AddActionAsync("APP-A-0404", Action(), Commissioner, ct))).Outcome);
        Assert.Equal(AuditEditOutcome.NotFound, (await EditAsync(database, e => e.CompleteAuditAsync("APP-A-0404", Commissioner, ct))).Outcome);
        AssertResult(
            AuditEditOutcome.NotFound,
            [new FieldProblem("action", "Audit AUD-2024-01 has no action with code APP-X-0404")],
            await EditAsync(database, e => e.UpdateActionAsync("AUD-2024-01", "APP-X-0404", change, Commissioner, ct)));
    }

    [Theory]
    [MemberData(nameof(ReadOnlyRoles))]
    public async Task EveryEdit_ByARoleThatMayNotEdit_IsForbidden_AndStoresNothing(string role)
    {
        await using var database = await CreateAsync(TestDatabase.Sqlite);
        var ct = TestContext.Current.CancellationToken;
        string[] roles = [role];

        var results = new[]
        {
            await EditAsync(database, e => e.RecordAuditAsync(Audit("good"), roles, ct)),
            await EditAsync(database, e => e.AddActionAsync("AUD-2024-01", Action(), roles, ct)),
            await EditAsync(database, e => e.UpdateActionAsync("AUD-2024-01", "ACT-0", new AuditActionChange("x", "y", "2026-12-31", null), roles, ct)),
            await EditAsync(database, e => e.CompleteAuditAsync("AUD-2024-01", roles, ct)),
            await EditAsync(database, e => e.CompleteAuditAsync("AUD-2024-01", [], ct)),
        };

        Assert.All(results, r => Assert.Equal(AuditEditResult.Forbidden, r));
        Assert.Equal("Only a commissioner or an administrator can change quality audits", results[0].Problems.Single().Message);
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<LocalCareDbContext>();
        Assert.Equal((1, 0), (await db.QualityAudits.CountAsync(ct), await db.AuditActions.CountAsync(ct)));
        Assert.Null((await db.QualityAudits.AsNoTracking().SingleAsync(ct)).CompletedOn);
        Assert.Equal([("AUD-2024-01", TrailAction.Created)], (await db.AuditEntries.Where(e => e.Subject.StartsWith("quality-audit:")).ToListAsync(ct)).Select(e => (e.EntityKey, e.Action)));
    }

    /// <summary>
    /// A migrated database with two contracted care homes (HOME1, HOME2), a provider whose only contract lapsed (still
    /// auditable), one with none, and an imported audit of HOME1 (AUD-2024-01, poor, with no action).
    /// </summary>
    private static async Task<TestDatabase> CreateAsync(string engine)
    {
        var database = await TestDatabase.CreateAsync(engine);
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<LocalCareDbContext>();
        var ct = TestContext.Current.CancellationToken;
        await LocalCare.Data.Database.LocalCareDatabase.MigrateAsync(db, ct);
        db.Providers.AddRange(
            Provider("HOME1", "Ashwood House"),
            Provider("HOME2", "Birch Court"),
            Provider("LAPSED", "Larch Lodge"),
            Provider("NOCONTRACT", "Nettle Nook"));
        db.Contracts.AddRange(
            Contract("C-HOME1", "HOME1", new(2024, 4, 1), new(2027, 3, 31)),
            Contract("C-HOME2", "HOME2", new(2025, 4, 1), new(2028, 3, 31)),
            Contract("C-LAPSED", "LAPSED", new(2020, 4, 1), new(2023, 3, 31)));
        db.QualityAudits.Add(new QualityAudit { Code = "AUD-2024-01", ProviderCode = "HOME1", AuditDate = new(2024, 10, 1), Auditor = "Imported", Overall = AuditRating.Poor });
        await db.SaveChangesAsync(ct); // recorded like any save: the seed audit's entry is the one the tests expect to find
        return database;
    }

    private static Provider Provider(string code, string name) =>
        new() { Code = code, Name = name, ServiceType = ProviderServiceType.CareHomeResidential, Beds = 30, IsLocal = true };

    private static ProviderContract Contract(string code, string provider, DateOnly start, DateOnly end) =>
        new() { Code = code, ProviderCode = provider, Title = "Residential care", StartDate = start, EndDate = end, AnnualValue = 500_000m, Manager = "Contracts Manager", Flagship = false };

    private static async Task<AuditEditResult> EditAsync(TestDatabase database, Func<AuditEditor, Task<AuditEditResult>> edit)
    {
        await using var scope = database.Scope();
        return await edit(ActivatorUtilities.CreateInstance<AuditEditor>(scope.ServiceProvider));
    }

    private static void AssertResult(AuditEditOutcome outcome, IReadOnlyList<FieldProblem> problems, AuditEditResult actual)
    {
        Assert.Equal(outcome, actual.Outcome);
        Assert.Equal(problems, actual.Problems);
        Assert.Null(actual.Code);
    }

    private static string? After(AuditEntry entry, string field)
    {
        using var json = JsonDocument.Parse(entry.Changes);
        var after = json.RootElement.GetProperty(field).GetProperty("after");
        return after.ValueKind == JsonValueKind.String ? after.GetString() : after.GetRawText();
    }
}
