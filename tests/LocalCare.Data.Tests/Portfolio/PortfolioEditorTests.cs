using System.Text.Json;
using LocalCare.Core.Inputs;
using LocalCare.Core.Plans;
using LocalCare.Core.Portfolio;
using LocalCare.Data.Audit;
using LocalCare.Data.Demo;
using LocalCare.Data.Portfolio;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalCare.Data.Tests.Portfolio;

/// <summary>The portfolio editor checks each edit whole, saves it in one go and the audit trail records it with who and when.</summary>
public sealed class PortfolioEditorTests
{
    private const string Digital = "TP2425-DIG";

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task UpdateProgramme_SavesTheEdit_AndRecordsWhoAndWhen(string engine)
    {
        await using var database = await PortfolioDatabase.WithDemoAsync(engine);
        var ct = TestContext.Current.CancellationToken;

        var result = await EditAsync(database, editor => editor.UpdateProgrammeAsync(Digital, new ProgrammeEdit("at_risk", " Supplier capacity ", "Chief Executive", "One digital plan"), ct));

        Assert.Equal(PortfolioEditResult.Saved(Digital), result);
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<LocalCareDbContext>();
        var programme = await db.Programmes.AsNoTracking().SingleAsync(p => p.Code == Digital, ct);
        Assert.Equal((PortfolioStatus.AtRisk, "Supplier capacity", "Chief Executive", "One digital plan"), (programme.Status, programme.Commentary, programme.Lead, programme.Summary));
        var entry = await db.AuditEntries.AsNoTracking().Where(e => e.Subject == Subjects.Programme(Digital) && e.Action == AuditAction.Changed).SingleAsync(ct);
        Assert.Equal(("system", database.Clock.GetUtcNow().UtcDateTime, "Programme", Digital), (entry.Actor, entry.At, entry.Entity, entry.EntityKey));
        Assert.Equal(("OffTrack", "AtRisk"), Change(entry, "Status"));
    }

    [Fact]
    public async Task UpdateProgramme_WithProblems_StoresNothing()
    {
        await using var database = await PortfolioDatabase.WithDemoAsync(TestDatabase.Sqlite);
        var ct = TestContext.Current.CancellationToken;

        var result = await EditAsync(database, editor => editor.UpdateProgrammeAsync(Digital, new ProgrammeEdit("off_track", "", "", ""), ct));

        Assert.Equal(PortfolioEditOutcome.Invalid, result.Outcome);
        Assert.Equal(["commentary", "lead"], result.Problems.Select(p => p.Field));
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<LocalCareDbContext>();
        Assert.Equal("Director of Strategy", (await db.Programmes.AsNoTracking().SingleAsync(p => p.Code == Digital, ct)).Lead);
        Assert.False(await db.AuditEntries.AnyAsync(e => e.Subject == Subjects.Programme(Digital) && e.Action == AuditAction.Changed, ct));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task AddProject_TakesTheProgrammesNextNumber_AndUpdateProject_ChangesIt(string engine)
    {
        await using var database = await PortfolioDatabase.WithDemoAsync(engine);
        var ct = TestContext.Current.CancellationToken;

        var added = await EditAsync(database, editor => editor.AddProjectAsync(Digital, new ProjectEdit("Robotic process automation", "Director of Strategy", "not_started", ""), ct));
        var changed = await EditAsync(database, editor => editor.UpdateProjectAsync(Digital, "TP2425-DIG-05", new ProjectEdit("Robotic process automation", "Head of BI", "at_risk", "No developer yet"), ct));

        Assert.Equal(PortfolioEditResult.Saved("TP2425-DIG-05"), added);
        Assert.Equal(PortfolioEditResult.Saved("TP2425-DIG-05"), changed);
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<LocalCareDbContext>();
        var project = await db.Projects.AsNoTracking().SingleAsync(j => j.Code == "TP2425-DIG-05", ct);
        Assert.Equal((Digital, "Head of BI", PortfolioStatus.AtRisk, "No developer yet"), (project.ProgrammeCode, project.Lead, project.Status, project.Commentary));
        var entries = await db.AuditEntries.AsNoTracking().Where(e => e.Subject == Subjects.Programme(Digital) && e.Entity == "Project").OrderBy(e => e.Id).ToListAsync(ct);
        Assert.Equal([AuditAction.Created, AuditAction.Created, AuditAction.Created, AuditAction.Created, AuditAction.Created, AuditAction.Changed], entries.Select(e => e.Action));
        Assert.Equal(("TP2425-DIG-05", ("Director of Strategy", "Head of BI")), (entries[^1].EntityKey, Change(entries[^1], "Lead")));
    }

    [Fact]
    public async Task UpdateProject_OfAnotherProgramme_OrAnUnknownProgramme_IsNotFound()
    {
        await using var database = await PortfolioDatabase.WithDemoAsync(TestDatabase.Sqlite);
        var ct = TestContext.Current.CancellationToken;
        var edit = new ProjectEdit("Podiatry", "Director of Operations", "on_track", "");

        var otherProgramme = await EditAsync(database, editor => editor.UpdateProjectAsync(Digital, "TP2425-CHTP-01", edit, ct));
        var unknown = await EditAsync(database, editor => editor.AddProjectAsync("TP0000-NONE", edit, ct));

        Assert.Equal(PortfolioEditOutcome.NotFound, otherProgramme.Outcome);
        Assert.Equal("Programme TP2425-DIG has no project with code TP2425-CHTP-01", otherProgramme.Problems[0].Message);
        Assert.Equal(PortfolioEditOutcome.NotFound, unknown.Outcome);
        Assert.Equal("There is no programme with code TP0000-NONE", unknown.Problems[0].Message);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task SetDeliverables_AddsAndRemovesLinksToMatch_AndRecordsEach(string engine)
    {
        await using var database = await PortfolioDatabase.WithDemoAsync(engine);
        var ct = TestContext.Current.CancellationToken;

        // Before: CH-39, JOINT-23, CH-26, CH-23.
        var last = await LastAuditIdAsync(database);
        var result = await EditAsync(database, editor => editor.SetDeliverablesAsync(Digital, ["D2425-CH-39", "d2425-ch-18", "D2425-JOINT-23"], ct));

        Assert.Equal(PortfolioEditResult.Saved(Digital), result);
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<LocalCareDbContext>();
        Assert.Equal(
            ["D2425-CH-18", "D2425-CH-39", "D2425-JOINT-23"],
            (await db.ProgrammeDeliverables.Where(l => l.ProgrammeCode == Digital).Select(l => l.DeliverableCode).ToListAsync(ct)).Order(StringComparer.Ordinal));
        var entries = await db.AuditEntries.AsNoTracking()
            .Where(e => e.Id > last && e.Subject == Subjects.Programme(Digital) && e.Entity == nameof(ProgrammeDeliverable)).ToListAsync(ct);
        Assert.Equal(
            [(AuditAction.Created, "D2425-CH-18"), (AuditAction.Deleted, "D2425-CH-23"), (AuditAction.Deleted, "D2425-CH-26")],
            entries.Select(e => (e.Action, e.EntityKey)).Order());
    }

    [Fact]
    public async Task SetDeliverables_WithAnUnknownCode_StoresNothing()
    {
        await using var database = await PortfolioDatabase.WithDemoAsync(TestDatabase.Sqlite);
        var ct = TestContext.Current.CancellationToken;

        var result = await EditAsync(database, editor => editor.SetDeliverablesAsync(Digital, ["D2425-CH-39", "D2425-XX-99"], ct));

        Assert.Equal(PortfolioEditOutcome.Invalid, result.Outcome);
        Assert.Equal([new FieldProblem("deliverables", "There is no deliverable with code D2425-XX-99")], result.Problems);
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<LocalCareDbContext>();
        Assert.Equal(4, await db.ProgrammeDeliverables.CountAsync(l => l.ProgrammeCode == Digital, ct));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task CreateProgramme_AddsItLastInItsYear_UnderItsCode_AndRecordsIt(string engine)
    {
        await using var database = await PortfolioDatabase.WithDemoAsync(engine);
        var ct = TestContext.Current.CancellationToken;

        var result = await EditAsync(database, editor => editor.CreateProgrammeAsync(
            new PlanYear(2024), new ProgrammeDraft("CARE", "Carers Programme", "in_sight", "Transforming System Working", "M", "Director of Adult Social Services", "not_started", "For unpaid carers."), ct));

        Assert.Equal(PortfolioEditResult.Saved("TP2425-CARE"), result);
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<LocalCareDbContext>();
        var programme = await db.Programmes.AsNoTracking().SingleAsync(p => p.Code == "TP2425-CARE", ct);
        Assert.Equal((DemoPlan.Programmes().Count + 1, ProgrammeScope.InSight, "Transforming System Working", "M"), (programme.Order, programme.Scope, programme.Theme, programme.Partners));
        var entry = await db.AuditEntries.AsNoTracking().SingleAsync(e => e.Subject == Subjects.Programme("TP2425-CARE"), ct);
        Assert.Equal((AuditAction.Created, "system", "Programme"), (entry.Action, entry.Actor, entry.Entity));
        Assert.Equal("Carers Programme", JsonDocument.Parse(entry.Changes).RootElement.GetProperty("Name").GetProperty("after").GetString());
    }

    [Fact]
    public async Task CreateProgramme_WithATakenCode_OrInAYearWithoutAPlan_OrWithProblems_StoresNothing()
    {
        await using var database = await PortfolioDatabase.WithDemoAsync(TestDatabase.Sqlite);
        var ct = TestContext.Current.CancellationToken;
        var draft = new ProgrammeDraft("DIG", "Digital again", "in_scope", "Digital", "", "Director of Strategy", "on_track");

        var taken = await EditAsync(database, editor => editor.CreateProgrammeAsync(new PlanYear(2024), draft, ct));
        var noPlan = await EditAsync(database, editor => editor.CreateProgrammeAsync(new PlanYear(2030), draft, ct));
        var invalid = await EditAsync(database, editor => editor.CreateProgrammeAsync(new PlanYear(2024), draft with { ShortCode = "dig", Status = "off_track" }, ct));

        Assert.Equal([new FieldProblem("short-code", "2024/25 already has a programme TP2425-DIG")], taken.Problems);
        Assert.Equal([new FieldProblem("year", "There is no plan for 2030/31: start it before adding programmes")], noPlan.Problems);
        Assert.Equal(["short-code", "commentary"], invalid.Problems.Select(p => p.Field));
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<LocalCareDbContext>();
        Assert.Equal(DemoPlan.Programmes().Count, await db.Programmes.CountAsync(p => p.PlanYear == new PlanYear(2024), ct));
    }

    [Fact]
    public async Task UpdateProgramme_ChangesItsNameScopeThemeAndLcos_AndRecordsEachField()
    {
        await using var database = await PortfolioDatabase.WithDemoAsync(TestDatabase.Sqlite);
        var ct = TestContext.Current.CancellationToken;

        var result = await EditAsync(database, editor => editor.UpdateProgrammeAsync(
            Digital, new ProgrammeEdit("off_track", "Re-phased", "Director of Strategy", "", "Digital and Data Programme", "in_sight", "Transforming System Working", "M"), ct));

        Assert.Equal(PortfolioEditResult.Saved(Digital), result);
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<LocalCareDbContext>();
        var programme = await db.Programmes.AsNoTracking().SingleAsync(p => p.Code == Digital, ct);
        Assert.Equal(("Digital and Data Programme", ProgrammeScope.InSight, "Transforming System Working", "M"), (programme.Name, programme.Scope, programme.Theme, programme.Partners));
        var entry = await db.AuditEntries.AsNoTracking().SingleAsync(e => e.Subject == Subjects.Programme(Digital) && e.Action == AuditAction.Changed, ct);
        Assert.Equal(("Digital Programme", "Digital and Data Programme"), Change(entry, "Name"));
        Assert.Equal(("InScope", "InSight"), Change(entry, "Scope"));
        Assert.Equal(("M & T", "M"), Change(entry, "Partners"));
    }

    private static async Task<PortfolioEditResult> EditAsync(TestDatabase database, Func<PortfolioEditor, Task<PortfolioEditResult>> edit)
    {
        await using var scope = database.Scope();
        return await edit(scope.ServiceProvider.GetRequiredService<PortfolioEditor>());
    }

    private static async Task<long> LastAuditIdAsync(TestDatabase database)
    {
        await using var scope = database.Scope();
        return await scope.ServiceProvider.GetRequiredService<LocalCareDbContext>().AuditEntries.MaxAsync(e => e.Id, TestContext.Current.CancellationToken);
    }

    private static (string? Before, string? After) Change(AuditEntry entry, string field)
    {
        var change = JsonDocument.Parse(entry.Changes).RootElement.GetProperty(field);
        return (change.GetProperty("before").GetString(), change.GetProperty("after").GetString());
    }
}
