using System.Net;
using LocalCare.Core.Access;
using LocalCare.Core.ServicePlans;
using static LocalCare.Web.Tests.Features.ServicePlans.ServicePlansExpected;

namespace LocalCare.Web.Tests.Features.ServicePlans;

/// <summary>The plan page for each role: who sees which forms, and what each post does. Each test works on its own units.</summary>
public sealed class PlanPageTests(LocalCareWebFactory factory) : IClassFixture<LocalCareWebFactory>
{
    [Fact]
    public async Task Manager_OfTheUnit_SeesTheFormOfADraft_WritesTheMissingSections_AndSubmits()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Manager);
        var template = await TemplateAsync(factory);
        var before = (await PlanAsync(factory, "INT-CC"))!;
        var missing = template.Missing(before.TextOf).Select(p => p.Field).ToList();

        var page = await client.GetHtmlAsync("/service-plans/2024/INT-CC");
        var fields = FormFields(page, missing.ToDictionary(k => k, k => $"Our plan for {k}."));
        using var response = await client.PostAsync("/service-plans/2024/INT-CC", "Submit", fields);

        Assert.Equal("Service plan 2024/25 – Cheetham and Crumpsall", page.QuerySelector("h1")!.Text());
        Assert.Equal(template.Sections.Select(s => Field(s.Key)), page.QuerySelectorAll("[data-testid=plan-form] textarea").Select(t => t.Id));
        Assert.Equal(["Save and submit", "Save as draft"], page.QuerySelectorAll("[data-testid=plan-form] button").Select(b => b.Text()));
        Assert.Null(page.QuerySelector("[data-testid=approve-form]"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/service-plans/2024/INT-CC", response.Headers.Location!.OriginalString);
        var after = (await PlanAsync(factory, "INT-CC"))!;
        Assert.Equal((ServicePlanStatus.Submitted, "manager", LocalCareWebFactory.Now.UtcDateTime), (after.Status, after.SubmittedBy, after.SubmittedAt));
        Assert.Equal("Our plan for workforce-edi.", after.TextOf("workforce-edi"));
        Assert.Equal(before.TextOf("priorities"), after.TextOf("priorities"));

        var shown = await client.GetHtmlAsync("/service-plans/2024/INT-CC");
        Assert.Equal("The plan has been submitted for approval", shown.QuerySelector("[data-testid=saved] .nhsuk-notification-banner__heading")!.Text());
        Assert.Equal("Submitted", shown.QuerySelector("#status [data-status]")!.Text());
        Assert.Null(shown.QuerySelector("[data-testid=plan-form]"));
        Assert.Equal("This plan has been submitted: it can only be changed if an executive returns it.", shown.QuerySelector("[data-testid=why-read-only]")!.Text());
        Assert.Contains(shown.QuerySelectorAll("[data-testid=history] tbody tr"), r => r.Text().Contains("manager ServicePlan INT-CC changed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Manager_SubmittingWithSectionsMissing_SeesEachInTheErrorSummary_AndNothingIsStored()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Manager);
        var page = await client.GetHtmlAsync("/service-plans/2024/HOME-PATH-N");
        var fields = FormFields(page, new Dictionary<string, string> { ["priorities"] = "  ", ["support"] = "New text I typed" });

        using var response = await client.PostAsync("/service-plans/2024/HOME-PATH-N", "Submit", fields);
        var shown = await response.ReadHtmlAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("Error: Home Pathway (North) service plan 2024/25", shown.Title, StringComparison.Ordinal);
        var errors = ErrorSummary(shown);
        Assert.Equal(("#section-priorities", "Enter the priorities for this year"), errors[0]);
        Assert.Equal(("#section-kloe-K2425-WF-STABILITY", "Enter the response to KLOE 3: Workforce"), errors[1]);
        Assert.Equal(("#section-workforce-development", "Enter the workforce plan for workforce development"), errors[^1]);
        Assert.DoesNotContain(errors, e => e.Href == "#section-case-studies");
        Assert.Equal("Error: Enter the priorities for this year", shown.QuerySelector("#section-priorities-error")!.Text());
        Assert.Equal("New text I typed", shown.QuerySelector("#section-support")!.TextContent);
        var stored = (await PlanAsync(factory, "HOME-PATH-N"))!;
        Assert.Equal(ServicePlanStatus.Draft, stored.Status);
        Assert.NotEqual("New text I typed", stored.TextOf("support"));
    }

    [Fact]
    public async Task Manager_SavingAReturnedPlan_KeepsItReturned_AndSeesTheComments()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Manager);
        var page = await client.GetHtmlAsync("/service-plans/2024/PODIATRY");

        using var response = await client.PostAsync("/service-plans/2024/PODIATRY", "Save", FormFields(page, new Dictionary<string, string> { ["kloe:K2425-ACCESS"] = "41 people wait over 52 weeks; none will by September." }));

        var stored = (await PlanAsync(factory, "PODIATRY"))!;
        var returnedAt = Web.Features.Shared.UkTime.Format(Core.Time.UkTime.Local(stored.DecidedAt!.Value));
        Assert.Equal(
            $"Important: Returned with comments The access response needs numbers: how many people wait over 52 weeks today, and by when that reaches zero. Returned by executive, {returnedAt}",
            page.QuerySelector("[data-testid=return-comment]")!.Text());
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal((ServicePlanStatus.Returned, "manager"), (stored.Status, stored.UpdatedBy));
        Assert.Equal("41 people wait over 52 weeks; none will by September.", stored.TextOf("kloe:K2425-ACCESS"));
        var shown = await client.GetHtmlAsync("/service-plans/2024/PODIATRY");
        Assert.Equal("Your changes to the plan have been saved", shown.QuerySelector("[data-testid=saved] .nhsuk-notification-banner__heading")!.Text());
    }

    [Fact]
    public async Task Manager_OfAnotherUnit_SeesNoForm_AndAPostIsRefusedWith403()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Manager);
        var before = (await PlanAsync(factory, "INT-GL"))!;

        var page = await client.GetHtmlAsync("/service-plans/2024/INT-GL");
        using var response = await client.PostAsync("/service-plans/2024/INT-GL", "Save", new Dictionary<string, string> { ["section-priorities"] = "Not mine" });
        var shown = await response.ReadHtmlAsync();

        Assert.Null(page.QuerySelector("[data-testid=plan-form]"));
        Assert.Equal("You can only change the service plans of units you look after.", page.QuerySelector("[data-testid=why-read-only]")!.Text());
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal([("#status", "You can only change the service plans of units you look after")], ErrorSummary(shown));
        Assert.Equal(before.TextOf("priorities"), (await PlanAsync(factory, "INT-GL"))!.TextOf("priorities"));
    }

    [Fact]
    public async Task Viewer_ReadsThePlanSectionBySection_ButSeesNoForms_AndAPostIsRefused()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Viewer);
        var plan = (await PlanAsync(factory, "INT-AL"))!;
        var template = await TemplateAsync(factory);

        var page = await client.GetHtmlAsync("/service-plans/2024/INT-AL");
        using var response = await client.PostAsync("/service-plans/2024/INT-AL", "Approve", new Dictionary<string, string>());

        Assert.Empty(page.QuerySelectorAll("main form"));
        Assert.Equal(template.Sections.Select(s => s.Key), page.QuerySelectorAll("[data-testid=sections] [data-section]").Select(s => s.GetAttribute("data-section")));
        Assert.Equal(plan.TextOf("support"), page.QuerySelector("[data-section=support] p")!.Text());
        Assert.Equal(["Response to the key lines of enquiry", "Workforce plan"], page.QuerySelectorAll("[data-testid=sections] > h2").Select(h => h.Text()));
        Assert.Equal("Only a manager who looks after the unit, or an administrator, can change its service plan.", page.QuerySelector("[data-testid=why-read-only]")!.Text());
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal([("#status", "Only an executive can approve a service plan")], ErrorSummary(await response.ReadHtmlAsync()));
        Assert.Equal(ServicePlanStatus.Submitted, (await PlanAsync(factory, "INT-AL"))!.Status);
    }

    [Fact]
    public async Task Executive_ApprovesASubmittedPlan()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Executive);

        var page = await client.GetHtmlAsync("/service-plans/2024/INT-MNHMP");
        using var response = await client.PostAsync("/service-plans/2024/INT-MNHMP", "Approve", new Dictionary<string, string>(), "[data-testid=approve-form]");
        var shown = await client.GetHtmlAsync("/service-plans/2024/INT-MNHMP");

        Assert.Null(page.QuerySelector("[data-testid=plan-form]"));
        Assert.NotNull(page.QuerySelector("[data-testid=return-form] textarea#comment"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = (await PlanAsync(factory, "INT-MNHMP"))!;
        Assert.Equal((ServicePlanStatus.Approved, "executive", LocalCareWebFactory.Now.UtcDateTime), (stored.Status, stored.DecidedBy, stored.DecidedAt));
        Assert.Equal("The plan has been approved", shown.QuerySelector("[data-testid=saved] .nhsuk-notification-banner__heading")!.Text());
        Assert.Equal("15 Jan 2025 09:00 by executive", shown.QuerySelector("[data-testid=decided]")!.Text());
        Assert.Null(shown.QuerySelector("[data-testid=approve-form]"));
        Assert.Null(shown.QuerySelector("[data-late]"));
    }

    [Fact]
    public async Task Executive_ReturnsAPlanWithComments_AndWithoutThemIsAskedForThem()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Executive);

        using var empty = await client.PostAsync("/service-plans/2024/MCR-ICT-N", "Return", new Dictionary<string, string> { ["comment"] = " " }, "[data-testid=return-form]");
        var invalid = await empty.ReadHtmlAsync();
        using var returned = await client.PostAsync("/service-plans/2024/DIABETES-N", "Return", new Dictionary<string, string> { ["comment"] = "Add the retinal screening figures." }, "[data-testid=return-form]");

        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal([("#comment", "Enter what needs to change before the plan can be approved")], ErrorSummary(invalid));
        Assert.Equal("Error: Enter what needs to change before the plan can be approved", invalid.QuerySelector("#comment-error")!.Text());
        Assert.Equal(ServicePlanStatus.Submitted, (await PlanAsync(factory, "MCR-ICT-N"))!.Status);
        Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);
        var stored = (await PlanAsync(factory, "DIABETES-N"))!;
        Assert.Equal((ServicePlanStatus.Returned, "Add the retinal screening figures.", "executive"), (stored.Status, stored.ReturnComment, stored.DecidedBy));

        using var manager = await factory.CreateSignedInClientAsync(Roles.Manager);
        var seen = await manager.GetHtmlAsync("/service-plans/2024/DIABETES-N");
        Assert.StartsWith("Important: Returned with comments Add the retinal screening figures.", seen.QuerySelector("[data-testid=return-comment]")!.Text(), StringComparison.Ordinal);
        Assert.NotNull(seen.QuerySelector("[data-testid=plan-form]"));
    }

    [Fact]
    public async Task Executive_ApprovingADraft_IsRefusedWith403()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Executive);

        using var response = await client.PostAsync("/service-plans/2024/NUTRITION", "Approve", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal([("#status", "This plan has not been submitted yet")], ErrorSummary(await response.ReadHtmlAsync()));
        Assert.Equal(ServicePlanStatus.Draft, (await PlanAsync(factory, "NUTRITION"))!.Status);
    }

    [Fact]
    public async Task Admin_EditsAnyUnitsDraft_AndStartsAPlanNeverStarted()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Admin);

        var page = await client.GetHtmlAsync("/service-plans/2024/EPP");
        using var response = await client.PostAsync("/service-plans/2024/EPP", "Save", FormFields(page, new Dictionary<string, string> { ["priorities"] = "Run the courses in every locality." }));

        Assert.Equal("Not started", page.QuerySelector("#status [data-status]")!.Text());
        Assert.Equal(("Late", "Not submitted by 15 March 2024"), (page.QuerySelector("#status [data-late]")!.Text(), page.QuerySelector("#status [data-testid=late-reason]")!.Text()));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = (await PlanAsync(factory, "EPP"))!;
        Assert.Equal((ServicePlanStatus.Draft, "admin", "Run the courses in every locality."), (stored.Status, stored.UpdatedBy, stored.TextOf("priorities")));
        Assert.Single(stored.Sections);
    }

    [Fact]
    public async Task Get_LinksToLastYearsPlan_WhenThereIsOne()
    {
        using var client = await factory.CreateSignedInClientAsync();

        var page = await client.GetHtmlAsync("/service-plans/2024/INT-ABC");
        var lastYear = await client.GetHtmlAsync(page.QuerySelector("[data-testid=last-year] a")!.GetAttribute("href")!);

        Assert.Equal("2023/24 service plan", page.QuerySelector("[data-testid=last-year] a")!.Text());
        Assert.Equal("Service plan 2023/24 – Ancoats, Bradford and Clayton", lastYear.QuerySelector("h1")!.Text());
        Assert.Equal("No plan for 2022/23", lastYear.QuerySelector("[data-testid=last-year]")!.Text());
        Assert.Empty(lastYear.QuerySelectorAll("[data-section^='kloe:']"));
    }

    [Theory]
    [InlineData("/service-plans/2024/NORTH")]
    [InlineData("/service-plans/2024/MLCO")]
    [InlineData("/service-plans/2024/NOPE")]
    [InlineData("/service-plans/1999x/INT-CC")]
    [InlineData("/service-plans/2030/INT-CC")] // a year with no operating plan, KLOEs or service plans
    [InlineData("/service-plans/2026/INT-CITY")]
    public async Task Get_ForAUnitOrYearWithoutPlans_IsNotFound(string path)
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Manager); // who could write INT-CC's plan in a planning year

        using var response = await client.GetResponseAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null((await response.ReadHtmlAsync()).QuerySelector("[data-testid=plan-form]"));
    }

    [Theory]
    [InlineData("/service-plans/2024/INT-CITY", "2024/25")] // not started in the demo: the manager starts it here
    [InlineData("/service-plans/2025/INT-CC", "2025/26")] // next year's plan has been started, so its service plans can be
    public async Task Get_ForAUnitNotStartedInAPlanningYear_ShowsTheFormToItsManager(string path, string year)
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Manager);

        var page = await client.GetHtmlAsync(path);

        Assert.StartsWith($"Service plan {year}", page.QuerySelector("h1")!.Text(), StringComparison.Ordinal);
        Assert.Equal("Not started", page.QuerySelector("#status [data-status]")!.Text());
        Assert.NotNull(page.QuerySelector("[data-testid=plan-form]"));
    }
}
