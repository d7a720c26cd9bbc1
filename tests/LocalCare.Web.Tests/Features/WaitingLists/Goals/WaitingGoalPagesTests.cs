using System.Net;
using AngleSharp.Html.Dom;
using LocalCare.Core.Access;
using LocalCare.Core.Generation;
using LocalCare.Core.WaitingLists;
using LocalCare.Data.Audit;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Web.Tests.Features.WaitingLists.Goals;

/// <summary>
/// The plan's editors add, change and remove a deliverable's waiting-list goals from its page; everyone reads them with their trajectory
/// charted. Each test works on a deliverable of its own, so none depends on another's goals.
/// </summary>
public sealed class WaitingGoalPagesTests(LocalCareWebFactory factory) : IClassFixture<LocalCareWebFactory>
{
    private const string Form = "[data-testid=goal-form]";

    [Fact]
    public async Task AnExecutive_AddsAGoalJudgedOnTheReliefCapacity_AndItIsChartedAndInTheHistory()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Executive);
        var deliverable = await client.GetHtmlAsync("/deliverables/D2425-CH-01");
        Assert.Equal("/deliverables/D2425-CH-01/waiting-goals/new", deliverable.QuerySelector("[data-testid=add-goal]")!.GetAttribute("href"));
        var form = await client.GetHtmlAsync("/deliverables/D2425-CH-01/waiting-goals/new");
        Assert.Equal("current", form.QuerySelector("#scenario input[checked]")!.GetAttribute("value"));

        using var response = await client.PostFormAsync("/deliverables/D2425-CH-01/waiting-goals/new", Fields(form, new() { ["Service"] = "MSK", ["OverWeeks"] = "18", ["By"] = "2025-06", ["Scenario"] = "relief" }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/deliverables/D2425-CH-01#waiting-goals", response.Headers.Location!.OriginalString);
        var goal = await factory.QueryAsync(db => db.WaitingGoals.AsNoTracking().SingleAsync(g => g.DeliverableCode == "D2425-CH-01", TestContext.Current.CancellationToken));
        Assert.Equal(("MSK", 18, new YearMonth(2025, 6), "relief", (double?)null), (goal.ServiceCode, goal.OverWeeks, goal.By, goal.Scenario, goal.Capacity));
        var audit = await AuditAsync("D2425-CH-01");
        Assert.Equal((AuditAction.Created, "executive", "waiting goal MSK over 18 weeks"), (audit[^1].Action, audit[^1].Actor, audit[^1].EntityKey));

        var page = await client.GetHtmlAsync("/deliverables/D2425-CH-01");
        var row = page.QuerySelector($"[data-testid=waiting-goals] tr[data-goal='{goal.Id}']")!;
        Assert.Equal("Relief capacity", row.QuerySelectorAll("td")[2].Text());
        Assert.Equal("Waiting-list goal added", page.QuerySelector("[data-testid=saved]")!.Text().Replace("Success ", "", StringComparison.Ordinal));
        var expected = WaitingListsExpected.GoalCheck(factory, goal);
        var chart = page.QuerySelector($"[data-testid=goal-chart][data-goal='{goal.Id}'] svg[role=img]")!;
        Assert.Equal(1, chart.QuerySelectorAll("polygon").Length);
        Assert.Equal(1, chart.QuerySelectorAll("polyline").Length);
        Assert.NotNull(chart.QuerySelector("[data-marker='Goal: 2025-06']"));
        Assert.Equal($"MSK: waiting over 18 weeks, simulated to 2025-06", chart.QuerySelector("title")!.TextContent);
        var weeks = page.QuerySelectorAll("[data-testid=goal-trajectory] tbody tr").ToList();
        Assert.Equal(expected.Trajectory.Count, weeks.Count);
        Assert.Equal(
            expected.Trajectory.Select(w => N(w.Median)),
            weeks.Select(r => r.QuerySelectorAll("td")[1].Text()));
        Assert.Contains("(goal: 2025-06)", weeks[expected.WeeksAvailable].QuerySelector("th")!.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheDeliverablesPage_ChartsEachDemoGoalsTrajectoryAsCoreSimulatesIt()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Viewer);
        var goals = await factory.QueryAsync(db => db.WaitingGoals.AsNoTracking().Where(g => g.DeliverableCode == "D2425-CH-20").OrderBy(g => g.Id).ToListAsync(TestContext.Current.CancellationToken));

        var page = await client.GetHtmlAsync("/deliverables/D2425-CH-20");

        Assert.Equal(["MSK", "PODIATRY"], goals.Select(g => g.ServiceCode));
        Assert.Equal(["Current capacity", "Target capacity"], page.QuerySelectorAll("[data-testid=waiting-goals] tbody tr").Select(r => r.QuerySelectorAll("td")[2].Text()));
        foreach (var goal in goals)
        {
            var expected = WaitingListsExpected.GoalCheck(factory, goal);
            var row = page.QuerySelector($"[data-testid=waiting-goals] tr[data-goal='{goal.Id}']")!;
            Assert.Equal(expected.Verdict.ToString(), row.QuerySelector("[data-verdict]")!.GetAttribute("data-verdict"));
            Assert.Contains(expected.Reading, row.Text(), StringComparison.Ordinal);
            var figure = page.QuerySelector($"[data-testid=goal-chart][data-goal='{goal.Id}']")!;
            Assert.NotNull(figure.QuerySelector($"svg[role=img] [data-marker='Goal: {goal.By}']"));
            Assert.Contains($"week {expected.WeeksAvailable}", figure.QuerySelector("desc")!.TextContent, StringComparison.Ordinal);
        }

        Assert.Null(page.QuerySelector("[data-testid=add-goal]"));
        Assert.Null(page.QuerySelector("[data-testid=change-goal]"));
    }

    [Fact]
    public async Task ChangingAGoal_ToAnotherScenario_DropsTheCapacityTyped_AndIsRecorded()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Admin);
        var form = await client.GetHtmlAsync("/deliverables/D2425-CH-02/waiting-goals/new");
        using var added = await client.PostFormAsync("/deliverables/D2425-CH-02/waiting-goals/new", Fields(form, new() { ["Service"] = "PODIATRY", ["OverWeeks"] = "52", ["By"] = "2025-09", ["Scenario"] = "user", ["Capacity"] = "12.5" }));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var goal = await factory.QueryAsync(db => db.WaitingGoals.AsNoTracking().SingleAsync(g => g.DeliverableCode == "D2425-CH-02", TestContext.Current.CancellationToken));
        Assert.Equal(("user", (double?)12.5), (goal.Scenario, goal.Capacity));

        var edit = await client.GetHtmlAsync($"/deliverables/D2425-CH-02/waiting-goals/{goal.Id}");
        Assert.Equal("12.5", edit.QuerySelector("#capacity")!.GetAttribute("value"));
        Assert.Equal("user", edit.QuerySelector("#scenario input[checked]")!.GetAttribute("value"));
        using var changed = await client.PostFormAsync($"/deliverables/D2425-CH-02/waiting-goals/{goal.Id}", Fields(edit, new() { ["Scenario"] = "target", ["OverWeeks"] = "65" }));

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        var saved = await factory.QueryAsync(db => db.WaitingGoals.AsNoTracking().SingleAsync(g => g.Id == goal.Id, TestContext.Current.CancellationToken));
        Assert.Equal(("target", (double?)null, 65), (saved.Scenario, saved.Capacity, saved.OverWeeks));
        var audit = await AuditAsync("D2425-CH-02");
        Assert.Equal(AuditAction.Changed, audit[^1].Action);
        Assert.Contains("\"Scenario\":{\"before\":\"user\",\"after\":\"target\"}", audit[^1].Changes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RemovingAGoal_TakesItOffTheDeliverable_AndRecordsIt()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Executive);
        var form = await client.GetHtmlAsync("/deliverables/D2425-CH-03/waiting-goals/new");
        using var added = await client.PostFormAsync("/deliverables/D2425-CH-03/waiting-goals/new", Fields(form, new() { ["Service"] = "MSK", ["OverWeeks"] = "78", ["By"] = "2025-03" }));
        var id = await factory.QueryAsync(db => db.WaitingGoals.Where(g => g.DeliverableCode == "D2425-CH-03").Select(g => g.Id).SingleAsync(TestContext.Current.CancellationToken));
        var edit = await client.GetHtmlAsync($"/deliverables/D2425-CH-03/waiting-goals/{id}");

        using var removed = await client.PostFormAsync($"/deliverables/D2425-CH-03/waiting-goals/{id}?handler=Remove", new Dictionary<string, string>
        {
            [WebTestClient.AntiforgeryField] = edit.AntiforgeryToken("[data-testid=remove-goal-form]"),
        });
        using var again = await client.PostFormAsync($"/deliverables/D2425-CH-03/waiting-goals/{id}?handler=Remove", new Dictionary<string, string>
        {
            [WebTestClient.AntiforgeryField] = edit.AntiforgeryToken("[data-testid=remove-goal-form]"),
        });

        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.False(await factory.QueryAsync(db => db.WaitingGoals.AnyAsync(g => g.Id == id, TestContext.Current.CancellationToken)));
        var audit = await AuditAsync("D2425-CH-03");
        Assert.Equal((AuditAction.Deleted, "waiting goal MSK over 78 weeks"), (audit[^1].Action, audit[^1].EntityKey));
        var page = await client.GetHtmlAsync("/deliverables/D2425-CH-03");
        Assert.Null(page.QuerySelector("[data-testid=waiting-goals]"));
        Assert.Contains("has no waiting-list goal", page.QuerySelector("#waiting-goals + p")!.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadInput_ShowsEachProblemLinkedToItsField_AndStoresNothing()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Executive);
        var form = await client.GetHtmlAsync("/deliverables/D2425-CH-04/waiting-goals/new");

        using var response = await client.PostFormAsync("/deliverables/D2425-CH-04/waiting-goals/new", Fields(form, new() { ["OverWeeks"] = "40", ["By"] = "March", ["Scenario"] = "user", ["Capacity"] = "lots" }));
        var page = await response.ReadHtmlAsync();
        using var noCapacity = await client.PostFormAsync("/deliverables/D2425-CH-04/waiting-goals/new", Fields(form, new() { ["Service"] = "MSK", ["OverWeeks"] = "52", ["By"] = "2025-06", ["Scenario"] = "user" }));
        using var twice = await client.PostFormAsync("/deliverables/D2425-CH-20/waiting-goals/new", Fields(form, new() { ["Service"] = "MSK", ["OverWeeks"] = "65", ["By"] = "2025-06" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(
            ["Select the service whose waiting list it is about", "The longest wait must be 18, 52, 65 or 78 weeks (not 40)", "The month must be written YYYY-MM, such as 2026-03 (not 'March')", "The capacity must be a number, like 12.5"],
            page.QuerySelectorAll(".nhsuk-error-summary__list a").Select(a => a.Text()));
        Assert.Equal(["#service", "#over_weeks", "#by", "#capacity"], page.QuerySelectorAll(".nhsuk-error-summary__list a").Select(a => a.GetAttribute("href")));
        Assert.Equal("lots", page.QuerySelector("#capacity")!.GetAttribute("value"));
        Assert.Equal("capacity-error", page.QuerySelector("#capacity")!.GetAttribute("aria-describedby"));
        Assert.StartsWith("Error: ", page.Title, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, noCapacity.StatusCode);
        Assert.Equal(["Enter the capacity the plan relies on, in removals a week"], (await noCapacity.ReadHtmlAsync()).QuerySelectorAll(".nhsuk-error-summary__list a").Select(a => a.Text()));
        Assert.Equal(HttpStatusCode.BadRequest, twice.StatusCode);
        Assert.Equal(["D2425-CH-20 already has a goal for MSK over 65 weeks: change that one instead"], (await twice.ReadHtmlAsync()).QuerySelectorAll(".nhsuk-error-summary__list a").Select(a => a.Text()));
        Assert.False(await factory.QueryAsync(db => db.WaitingGoals.AnyAsync(g => g.DeliverableCode == "D2425-CH-04", TestContext.Current.CancellationToken)));
        Assert.Equal(2, await factory.QueryAsync(db => db.WaitingGoals.CountAsync(g => g.DeliverableCode == "D2425-CH-20", TestContext.Current.CancellationToken)));
    }

    [Theory]
    [InlineData(Roles.Manager)]
    [InlineData(Roles.Analyst)]
    [InlineData(Roles.Commissioner)]
    [InlineData(Roles.Viewer)]
    public async Task OnlyExecutivesAndAdministrators_ManageGoals_ButEveryoneReadsThem(string role)
    {
        using var client = await factory.CreateSignedInClientAsync(role);
        var id = await factory.QueryAsync(db => db.WaitingGoals.Where(g => g.DeliverableCode == "D2425-CH-20").OrderBy(g => g.Id).Select(g => g.Id).FirstAsync(TestContext.Current.CancellationToken));
        var deliverable = await client.GetHtmlAsync("/deliverables/D2425-CH-20");
        var token = deliverable.AntiforgeryToken("header form");

        using var add = await client.GetResponseAsync("/deliverables/D2425-CH-20/waiting-goals/new");
        using var edit = await client.GetResponseAsync($"/deliverables/D2425-CH-20/waiting-goals/{id}");
        using var post = await client.PostFormAsync("/deliverables/D2425-CH-20/waiting-goals/new", new Dictionary<string, string>
        {
            ["Service"] = "NUTRITION",
            ["OverWeeks"] = "18",
            ["By"] = "2025-06",
            ["Scenario"] = "current",
            [WebTestClient.AntiforgeryField] = token,
        });
        using var remove = await client.PostFormAsync($"/deliverables/D2425-CH-20/waiting-goals/{id}?handler=Remove", new Dictionary<string, string> { [WebTestClient.AntiforgeryField] = token });

        WebAssert.Forbidden(add);
        WebAssert.Forbidden(edit);
        WebAssert.Forbidden(post);
        WebAssert.Forbidden(remove);
        Assert.Equal(2, deliverable.QuerySelectorAll("[data-testid=waiting-goals] tbody tr").Length);
        Assert.Null(deliverable.QuerySelector("[data-testid=add-goal]"));
        Assert.Equal(2, await factory.QueryAsync(db => db.WaitingGoals.CountAsync(g => g.DeliverableCode == "D2425-CH-20", TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task AGoalOfAnotherDeliverable_OrAnUnknownDeliverable_IsNotFound()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Admin);
        var id = await factory.QueryAsync(db => db.WaitingGoals.Where(g => g.DeliverableCode == "D2425-CH-20").Select(g => g.Id).FirstAsync(TestContext.Current.CancellationToken));

        using var other = await client.GetResponseAsync($"/deliverables/D2425-CH-05/waiting-goals/{id}");
        using var unknown = await client.GetResponseAsync("/deliverables/NOPE/waiting-goals/new");

        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    private Task<List<AuditEntry>> AuditAsync(string deliverable) =>
        factory.QueryAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.Subject == Subjects.Deliverable(deliverable) && e.Entity == nameof(WaitingGoal)).OrderBy(e => e.Id).ToListAsync(TestContext.Current.CancellationToken));

    private static string N(double value) => value.ToString("#,0.##", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The form's fields as the page rendered them (inputs, the selected option, checked radios), with <paramref name="changes"/> over them.</summary>
    private static List<KeyValuePair<string, string>> Fields(IHtmlDocument page, Dictionary<string, string> changes)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in page.QuerySelector(Form)!.QuerySelectorAll("input, select"))
        {
            var name = element.GetAttribute("name");
            if (name is null || changes.ContainsKey(name))
            {
                continue;
            }

            var value = element.LocalName == "select"
                ? element.QuerySelector("option[selected]")?.GetAttribute("value") ?? ""
                : element.GetAttribute("type") == "radio" ? (element.HasAttribute("checked") ? element.GetAttribute("value") : null) : element.GetAttribute("value") ?? "";
            if (value is not null)
            {
                fields.Add(new(name, value));
            }
        }

        fields.AddRange(changes);
        return fields;
    }
}
