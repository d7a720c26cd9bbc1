using System.Text.Json;
using LocalCare.Core.Inputs;
using LocalCare.Core.ServicePlans;
using LocalCare.Data.Audit;
using LocalCare.Data.ServicePlans;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static LocalCare.Data.Tests.ServicePlans.ServicePlanDatabase;

namespace LocalCare.Data.Tests.ServicePlans;

public sealed class ServicePlanEditorTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task WriteSubmitReturnSubmitApprove_StoresEachStep_AndRecordsWhoAndWhen(string engine)
    {
        await using var database = await CreateAsync(engine);
        var cancellationToken = TestContext.Current.CancellationToken;
        var now = database.Clock.GetUtcNow().UtcDateTime;
        await using (var scope = database.Scope())
        {
            var editor = scope.Editor();
            var template = await editor.TemplateAsync(Year, cancellationToken);
            Assert.Equal("kloe:K-Q", template.Sections[2].Key);

            var written = await editor.WriteAsync(Year, "INT-A", new Dictionary<string, string?> { ["priorities"] = " Fewer falls. " }, Manager, cancellationToken);
            Assert.Equal((ServicePlanOutcome.Saved, ServicePlanStatus.Draft), (written.Outcome, written.Plan!.Status));
            Assert.Equal(ServicePlanOutcome.Saved, (await editor.SubmitAsync(Year, "INT-A", Complete(template, "case-studies"), Manager, cancellationToken)).Outcome);
            Assert.Equal(ServicePlanOutcome.Saved, (await editor.ReturnAsync(Year, "INT-A", "Add the waiting times.", Executive, cancellationToken)).Outcome);
            Assert.Equal(ServicePlanOutcome.Saved, (await editor.SubmitAsync(Year, "INT-A", null, Manager, cancellationToken)).Outcome);
            Assert.Equal(ServicePlanOutcome.Saved, (await editor.ApproveAsync(Year, "INT-A", Executive, cancellationToken)).Outcome);
        }

        await using var read = database.Scope();
        var db = read.ServiceProvider.GetRequiredService<LocalCareDbContext>();
        var plan = await db.ServicePlans.AsNoTracking().Include(p => p.Sections).SingleAsync(cancellationToken);
        Assert.Equal((ServicePlanStatus.Approved, "manager", now, "executive", now), (plan.Status, plan.SubmittedBy, plan.SubmittedAt, plan.DecidedBy, plan.DecidedAt));
        Assert.Equal("Add the waiting times.", plan.ReturnComment);
        Assert.Equal(11, plan.Sections.Count); // every section but the case studies
        Assert.Equal("About Priorities for this year", plan.TextOf("priorities"));

        var history = await db.AuditEntries.AsNoTracking().Where(e => e.Subject == Subjects.ServicePlan(Year, "INT-A")).OrderBy(e => e.Id).ToListAsync(cancellationToken);
        Assert.Equal("service-plan:2024/25:INT-A", history[0].Subject);
        Assert.Equal(("ServicePlan", "INT-A", AuditAction.Created), (history[0].Entity, history[0].EntityKey, history[0].Action));
        Assert.Contains(history, e => e.Entity == nameof(ServicePlanSection) && e.EntityKey == "priorities" && e.Action == AuditAction.Changed);
        var statuses = history.Where(e => e.Entity == nameof(ServicePlan) && e.Action == AuditAction.Changed)
            .Select(e => JsonDocument.Parse(e.Changes).RootElement.GetProperty("Status").GetProperty("after").GetString());
        Assert.Equal(["Submitted", "Returned", "Submitted", "Approved"], statuses);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Submit_WithMissingSections_ListsThemInTemplateOrder_AndStoresNothing(string engine)
    {
        await using var database = await CreateAsync(engine);
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var scope = database.Scope();
        var editor = scope.Editor();
        var template = await editor.TemplateAsync(Year, cancellationToken);
        var texts = Complete(template, "priorities", "kloe:K-Q");
        texts["support"] = new string('x', ServicePlanTemplate.MaxText + 1);

        var change = await editor.SubmitAsync(Year, "POD", texts, OtherManager, cancellationToken);

        Assert.Equal(ServicePlanOutcome.Invalid, change.Outcome);
        Assert.Equal(
            [
                new("priorities", "Enter the priorities for this year"),
                new("kloe:K-Q", "Enter the response to KLOE 1: Quality"),
                new FieldProblem("support", "Support needed must be 10,000 characters or fewer"),
            ],
            change.Problems);
        Assert.False(await scope.ServiceProvider.GetRequiredService<LocalCareDbContext>().ServicePlans.AnyAsync(cancellationToken));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Changes_RefusedByTheWorkflow_SayWhy_AndStoreNothing(string engine)
    {
        await using var database = await CreateAsync(engine);
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var scope = database.Scope();
        var editor = scope.Editor();
        var texts = new Dictionary<string, string?> { ["priorities"] = "Mine" };

        var otherUnit = await editor.WriteAsync(Year, "INT-A", texts, OtherManager, cancellationToken);
        var notSubmitted = await editor.ApproveAsync(Year, "INT-A", Executive, cancellationToken);
        var noComment = await SubmittedThenReturnedWithoutCommentAsync(editor);

        Assert.Equal((ServicePlanOutcome.Refused, "You can only change the service plans of units you look after"), (otherUnit.Outcome, otherUnit.Refusal));
        Assert.Equal((ServicePlanOutcome.Refused, "This plan has not been submitted yet"), (notSubmitted.Outcome, notSubmitted.Refusal));
        Assert.Equal([new FieldProblem("comment", "Enter what needs to change before the plan can be approved")], noComment.Problems);
        var plan = await scope.ServiceProvider.GetRequiredService<LocalCareDbContext>().ServicePlans.AsNoTracking().SingleAsync(cancellationToken);
        Assert.Equal(("POD", ServicePlanStatus.Submitted), (plan.UnitCode, plan.Status));
        return;

        async Task<ServicePlanChange> SubmittedThenReturnedWithoutCommentAsync(ServicePlanEditor e)
        {
            var template = await e.TemplateAsync(Year, cancellationToken);
            Assert.Equal(ServicePlanOutcome.Saved, (await e.SubmitAsync(Year, "POD", Complete(template), OtherManager, cancellationToken)).Outcome);
            return await e.ReturnAsync(Year, "POD", "  ", Executive, cancellationToken);
        }
    }

    [Theory]
    [InlineData("LCO")]
    [InlineData("NORTH")]
    [InlineData("NOPE")]
    public async Task Write_ForAUnitThatWritesNoPlan_IsNotFound(string unit)
    {
        await using var database = await CreateAsync(TestDatabase.Sqlite);
        await using var scope = database.Scope();
        var admin = new ServicePlanUser("admin", [Core.Access.Roles.Admin], new HashSet<string>());

        var change = await scope.Editor().WriteAsync(Year, unit, new Dictionary<string, string?>(), admin, TestContext.Current.CancellationToken);

        Assert.Equal(ServicePlanOutcome.NotFound, change.Outcome);
    }

    [Fact]
    public async Task Write_InAYearWithNoOperatingPlanKloesOrServicePlans_IsNotFound_AndStoresNothing()
    {
        await using var database = await CreateAsync(TestDatabase.Sqlite);
        await using var scope = database.Scope();
        var editor = scope.Editor();
        var cancellationToken = TestContext.Current.CancellationToken;

        var change = await editor.WriteAsync(new Core.Plans.PlanYear(2030), "INT-A", new Dictionary<string, string?> { ["priorities"] = "Too early." }, Manager, cancellationToken);

        Assert.Equal(ServicePlanOutcome.NotFound, change.Outcome);
        Assert.False(await editor.IsPlanningYearAsync(new Core.Plans.PlanYear(2030), cancellationToken));
        Assert.True(await editor.IsPlanningYearAsync(Year, cancellationToken)); // it has a KLOE
        Assert.Empty(scope.ServiceProvider.GetRequiredService<LocalCareDbContext>().ServicePlans);
    }

    [Fact]
    public async Task OrganisationImport_ThatWouldRemoveAUnitWithAPlan_IsRefused()
    {
        await using var database = await CreateAsync(TestDatabase.Sqlite);
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var scope = database.Scope();
        await scope.Editor().WriteAsync(Year, "POD", new Dictionary<string, string?> { ["priorities"] = "Nail surgery hubs" }, OtherManager, cancellationToken);
        var withoutPodiatry = string.Join('\n', ServicePlanDatabase.Organisation.Split('\n').Where(l => !l.StartsWith("POD", StringComparison.Ordinal)));

        var error = await Assert.ThrowsAsync<Core.Inputs.InvalidInputException>(() =>
            scope.ServiceProvider.GetRequiredService<Data.Organisation.OrganisationImport>().FromReaderAsync(new StringReader(withoutPodiatry), "organisation.csv", cancellationToken));

        Assert.Equal(["organisation.csv: code: 'POD' is missing from the file but is still used by service plans; it cannot be removed"], error.Errors.Select(e => e.ToString()));
    }
}
