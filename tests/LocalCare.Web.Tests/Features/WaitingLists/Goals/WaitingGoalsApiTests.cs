using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LocalCare.Core.Access;
using LocalCare.Core.WaitingLists;
using LocalCare.Data.Audit;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Web.Tests.Features.WaitingLists.Goals;

/// <summary>A deliverable's waiting goals through the API: read by everyone with their checks, managed by the plan's editors, problems keyed by field.</summary>
public sealed class WaitingGoalsApiTests(LocalCareWebFactory factory) : IClassFixture<LocalCareWebFactory>
{
    [Fact]
    public async Task Get_ListsEachGoalWithTheCheckCoreMakes_ForAViewer()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Viewer);
        var goals = await factory.QueryAsync(db => db.WaitingGoals.AsNoTracking().Where(g => g.DeliverableCode == "D2425-CH-20").OrderBy(g => g.Id).ToListAsync(TestContext.Current.CancellationToken));

        using var json = JsonDocument.Parse(await client.GetStringAsync(Uri("/api/deliverables/D2425-CH-20/waiting-goals"), TestContext.Current.CancellationToken));

        var items = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(goals.Select(g => (g.Id, g.ServiceCode, g.OverWeeks, g.By.ToString(), g.Scenario)),
            items.Select(i => (i.GetProperty("id").GetInt32(), i.GetProperty("service").GetString()!, i.GetProperty("over_weeks").GetInt32(), i.GetProperty("by").GetString()!, i.GetProperty("scenario").GetString()!)));
        foreach (var (goal, item) in goals.Zip(items))
        {
            var expected = WaitingListsExpected.GoalCheck(factory, goal);
            var check = item.GetProperty("check");
            Assert.Equal(("2024-12", expected.WeeksAvailable, expected.Reading, expected.Capacity), (check.GetProperty("census").GetString(), check.GetProperty("weeks_available").GetInt32(), check.GetProperty("reading").GetString(), check.GetProperty("simulated_capacity").GetDouble()));
            Assert.Equal(expected.Verdict switch { WaitingGoalVerdict.OnTrack => "on_track", WaitingGoalVerdict.AtRisk => "at_risk", _ => "off_track" }, check.GetProperty("verdict").GetString());
            Assert.Equal(expected.Trajectory.Select(w => (w.P10, w.Median, w.P90)),
                check.GetProperty("weeks").EnumerateArray().Select(w => (w.GetProperty("p10").GetDouble(), w.GetProperty("median").GetDouble(), w.GetProperty("p90").GetDouble())));
            Assert.Equal(expected.Clearance.Cleared, check.GetProperty("clearance").GetProperty("cleared").GetInt32());
        }

        // PODIATRY's goal is judged on the model's target capacity for an 18-week target, as the service page's simulation runs it.
        var podiatry = WaitingListsExpected.Observed(factory, "PODIATRY", WaitingListsExpected.Month).ModelInput(18);
        Assert.Equal(WaitingListModel.Calculate(podiatry).TargetCapacity, items[1].GetProperty("check").GetProperty("simulated_capacity").GetDouble());
    }

    [Fact]
    public async Task AnAdministrator_AddsChangesAndRemovesAGoal_EachRecorded()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Admin);

        using var created = await client.PostAsJsonAsync(Uri("/api/deliverables/D2425-CH-06/waiting-goals"), new { service = "MSK", over_weeks = 52, by = "2025-09", scenario = "user", capacity = 20.5 }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("id").GetInt32();
        using var listed = JsonDocument.Parse(await client.GetStringAsync(Uri("/api/deliverables/D2425-CH-06/waiting-goals"), TestContext.Current.CancellationToken));
        using var changed = await client.PutAsJsonAsync(Uri($"/api/deliverables/D2425-CH-06/waiting-goals/{id}"), new { service = "MSK", over_weeks = 52, by = "2025-12", scenario = "target" }, TestContext.Current.CancellationToken);
        var afterChange = await factory.QueryAsync(db => db.WaitingGoals.AsNoTracking().SingleAsync(g => g.Id == id, TestContext.Current.CancellationToken));
        using var removed = await client.DeleteAsync(Uri($"/api/deliverables/D2425-CH-06/waiting-goals/{id}"), TestContext.Current.CancellationToken);
        using var again = await client.DeleteAsync(Uri($"/api/deliverables/D2425-CH-06/waiting-goals/{id}"), TestContext.Current.CancellationToken);

        Assert.Equal("/api/deliverables/D2425-CH-06/waiting-goals", created.Headers.Location!.OriginalString);
        Assert.Equal(20.5, listed.RootElement[0].GetProperty("check").GetProperty("simulated_capacity").GetDouble());
        Assert.Equal(HttpStatusCode.NoContent, changed.StatusCode);
        Assert.Equal(("target", (double?)null, "2025-12"), (afterChange.Scenario, afterChange.Capacity, afterChange.By.ToString()));
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.False(await factory.QueryAsync(db => db.WaitingGoals.AnyAsync(g => g.DeliverableCode == "D2425-CH-06", TestContext.Current.CancellationToken)));
        var audit = await factory.QueryAsync(db => db.AuditEntries.AsNoTracking()
            .Where(e => e.Subject == Subjects.Deliverable("D2425-CH-06") && e.Entity == nameof(WaitingGoal)).OrderBy(e => e.Id).Select(e => e.Action).ToListAsync(TestContext.Current.CancellationToken));
        Assert.Equal([AuditAction.Created, AuditAction.Changed, AuditAction.Deleted], audit);
    }

    [Fact]
    public async Task BadBodies_AreValidationProblemsKeyedByField()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Executive);

        using var bad = await client.PostAsJsonAsync(Uri("/api/deliverables/D2425-CH-07/waiting-goals"), new { service = "NOPE", over_weeks = 40, by = "2025", scenario = "max" }, TestContext.Current.CancellationToken);
        using var noCapacity = await client.PostAsJsonAsync(Uri("/api/deliverables/D2425-CH-07/waiting-goals"), new { service = "MSK", over_weeks = 18, by = "2025-06", scenario = "user" }, TestContext.Current.CancellationToken);
        using var capacityTooMuch = await client.PostAsJsonAsync(Uri("/api/deliverables/D2425-CH-07/waiting-goals"), new { service = "MSK", over_weeks = 18, by = "2025-06", capacity = 12 }, TestContext.Current.CancellationToken);
        using var form = await client.PostAsync(Uri("/api/deliverables/D2425-CH-07/waiting-goals"), new FormUrlEncodedContent([new("service", "MSK")]), TestContext.Current.CancellationToken);
        using var unknown = await client.PostAsJsonAsync(Uri("/api/deliverables/NOPE/waiting-goals"), new { service = "MSK", over_weeks = 18, by = "2025-06" }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("errors");
        Assert.Equal(["service", "over_weeks", "by", "scenario"], errors.EnumerateObject().Select(e => e.Name));
        Assert.Equal("Service 'NOPE' is not a service of the organisation", errors.GetProperty("service")[0].GetString());
        Assert.Equal("The month must be written YYYY-MM, such as 2026-03 (not '2025')", errors.GetProperty("by")[0].GetString());
        Assert.Equal("The scenario must be current, target, relief or user (not 'max')", errors.GetProperty("scenario")[0].GetString());
        Assert.Equal("Enter the capacity the plan relies on, in removals a week", (await noCapacity.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("errors").GetProperty("capacity")[0].GetString());
        Assert.Equal("Give a capacity only with the user scenario (your own capacity)", (await capacityTooMuch.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("errors").GetProperty("capacity")[0].GetString());
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, form.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.False(await factory.QueryAsync(db => db.WaitingGoals.AnyAsync(g => g.DeliverableCode == "D2425-CH-07", TestContext.Current.CancellationToken)));
    }

    [Theory]
    [InlineData(Roles.Manager)]
    [InlineData(Roles.Viewer)]
    public async Task OthersMayReadButNotChange(string role)
    {
        using var client = await factory.CreateSignedInClientAsync(role);
        var id = await factory.QueryAsync(db => db.WaitingGoals.Where(g => g.DeliverableCode == "D2425-CH-20").Select(g => g.Id).FirstAsync(TestContext.Current.CancellationToken));

        using var post = await client.PostAsJsonAsync(Uri("/api/deliverables/D2425-CH-20/waiting-goals"), new { service = "NUTRITION", over_weeks = 18, by = "2025-06" }, TestContext.Current.CancellationToken);
        using var put = await client.PutAsJsonAsync(Uri($"/api/deliverables/D2425-CH-20/waiting-goals/{id}"), new { service = "MSK", over_weeks = 18, by = "2025-06" }, TestContext.Current.CancellationToken);
        using var delete = await client.DeleteAsync(Uri($"/api/deliverables/D2425-CH-20/waiting-goals/{id}"), TestContext.Current.CancellationToken);
        using var get = await client.GetAsync(Uri("/api/deliverables/D2425-CH-20/waiting-goals"), TestContext.Current.CancellationToken);

        Assert.Equal([HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.OK], new[] { post.StatusCode, put.StatusCode, delete.StatusCode, get.StatusCode });
        Assert.Equal(2, await factory.QueryAsync(db => db.WaitingGoals.CountAsync(g => g.DeliverableCode == "D2425-CH-20", TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task AnUnknownDeliverable_IsNotFound()
    {
        using var client = await factory.CreateSignedInClientAsync();

        using var response = await client.GetAsync(Uri("/api/deliverables/NOPE/waiting-goals"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static Uri Uri(string path) => new(path, UriKind.Relative);
}
