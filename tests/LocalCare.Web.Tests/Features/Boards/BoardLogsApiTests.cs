using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LocalCare.Core.Access;
using LocalCare.Core.Boards;
using LocalCare.Core.Boards.Packs;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Web.Tests.Features.Boards;

/// <summary>
/// The actions and decisions logs through /api, with the meeting page's rules: everyone reads them; analysts, executives and
/// administrators raise, update and close actions and record decisions; an action closes only at a meeting of its board that has
/// taken place (409 otherwise). The clock is 15 January 2025. One factory for the class: these tests add to the logs.
/// </summary>
public sealed class BoardLogsApiTests(LocalCareWebFactory factory) : IClassFixture<LocalCareWebFactory>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GetActions_ListsTheBoardsLog_OverdueFirst_AsThePageOrdersIt()
    {
        using var viewer = await factory.CreateSignedInClientAsync(Roles.Viewer);

        using var response = await viewer.GetResponseAsync("/api/boards/HPB/actions");
        var actions = (await JsonAsync(response)).EnumerateArray().ToList();
        var page = await viewer.GetHtmlAsync("/boards/HPB/actions");
        using var unknown = await viewer.GetResponseAsync("/api/boards/NOPE/actions");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var overdue = actions.TakeWhile(a => a.GetProperty("overdue").GetBoolean()).Select(a => a.GetProperty("reference").GetString()).ToList();
        Assert.Contains("HPB-A-003", overdue); // due 30 November 2024 and still open
        Assert.DoesNotContain(actions.Skip(overdue.Count), a => a.GetProperty("overdue").GetBoolean());
        Assert.Equal(page.QuerySelectorAll("[data-testid=actions-log] tr[data-reference]").Select(r => r.GetAttribute("data-reference")), actions.Select(a => a.GetProperty("reference").GetString()));
        var first = actions.Single(a => a.GetProperty("reference").GetString() == "HPB-A-003");
        Assert.Equal(("open", "2024-11-30", "Director of Operations"), (first.GetProperty("status").GetString(), first.GetProperty("due").GetString(), first.GetProperty("owner").GetString()));
        Assert.Equal("closed", actions.Single(a => a.GetProperty("reference").GetString() == "HPB-A-001").GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task GetDecisions_ListsTheBoardsDecisions_LatestMeetingFirst()
    {
        using var viewer = await factory.CreateSignedInClientAsync(Roles.Viewer);

        using var response = await viewer.GetResponseAsync("/api/boards/HPB/decisions");
        var decisions = (await JsonAsync(response)).EnumerateArray().ToList();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var demo = decisions.Where(d => d.GetProperty("reference").GetString() is "HPB-D-001" or "HPB-D-002").ToList();
        Assert.Equal(["HPB-D-002", "HPB-D-001"], demo.Select(d => d.GetProperty("reference").GetString()));
        Assert.Equal("2024-10-16", demo[0].GetProperty("madeAt").GetString());
    }

    [Theory]
    [InlineData(Roles.Analyst)]
    [InlineData(Roles.Executive)]
    [InlineData(Roles.Admin)]
    public async Task RaiseUpdateAndClose_ByAMeetingRole_GoThroughTheLog(string role)
    {
        var meeting = await MeetingAsync(StandardBoards.HealthPerformance, new(2025, 1, 15));
        using var client = await factory.CreateSignedInClientAsync(role);

        using var raised = await client.PostAsJsonAsync($"/api/meetings/{meeting}/actions", new { description = $"Report on falls ({role})", owner = "Chief Nurse", due = "2025-03-31" }, Cancel);
        var action = await JsonAsync(raised);
        var reference = action.GetProperty("reference").GetString()!;
        using var updated = await client.PostAsJsonAsync($"/api/boards/HPB/actions/{reference}/updates", new { status = "complete", text = "Report written" }, Cancel);
        using var closed = await client.PostAsJsonAsync($"/api/meetings/{meeting}/actions/{reference}/close", new { }, Cancel);

        Assert.Equal(HttpStatusCode.Created, raised.StatusCode);
        Assert.Equal(("open", "2025-01-15", "2025-03-31", false), (action.GetProperty("status").GetString(), action.GetProperty("raisedAt").GetString(), action.GetProperty("due").GetString(), action.GetProperty("overdue").GetBoolean()));
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        var afterUpdate = await JsonAsync(updated);
        Assert.Equal(("complete", "Report written"), (afterUpdate.GetProperty("status").GetString(), afterUpdate.GetProperty("latestUpdate").GetString()));
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        var afterClose = await JsonAsync(closed);
        Assert.Equal(("closed", "2025-01-15"), (afterClose.GetProperty("status").GetString(), afterClose.GetProperty("closedAt").GetString()));
        var stored = await factory.QueryAsync(db => db.BoardActions.AsNoTracking().Include(a => a.Updates).SingleAsync(a => a.Reference == reference, Cancel));
        Assert.Equal((BoardActionStatus.Closed, (int?)meeting, 2), (stored.Status, stored.ClosedAtMeetingId, stored.Updates.Count));
        Assert.All(stored.Updates, u => Assert.Equal(role, u.By));
    }

    [Fact]
    public async Task Close_IsRefusedWithAProblem_UnlessAtAMeetingOfItsBoardThatHasTakenPlace()
    {
        var today = await MeetingAsync(StandardBoards.HealthPerformance, new(2025, 1, 15));
        var future = await MeetingAsync(StandardBoards.HealthPerformance, new(2025, 2, 19));
        var other = await MeetingAsync(StandardBoards.Accountability, new(2025, 1, 15));
        using var executive = await factory.CreateSignedInClientAsync(Roles.Executive);

        using var early = await executive.PostAsJsonAsync($"/api/meetings/{future}/actions/HPB-A-004/close", new { }, Cancel);
        using var elsewhere = await executive.PostAsJsonAsync($"/api/meetings/{other}/actions/HPB-A-004/close", new { }, Cancel);
        using var already = await executive.PostAsJsonAsync($"/api/meetings/{today}/actions/HPB-A-001/close", new { }, Cancel);
        using var unknown = await executive.PostAsJsonAsync($"/api/meetings/{today}/actions/HPB-A-999/close", new { }, Cancel);
        using var noMeeting = await executive.PostAsJsonAsync("/api/meetings/999999/actions/HPB-A-004/close", new { }, Cancel);
        using var form = await executive.PostAsync(new Uri($"/api/meetings/{today}/actions/HPB-A-004/close", UriKind.Relative), new FormUrlEncodedContent([]), Cancel);

        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        var problem = await JsonAsync(early);
        Assert.Equal("Action not closed", problem.GetProperty("title").GetString());
        Assert.Equal("Action HPB-A-004 can only be closed at a meeting that has taken place", problem.GetProperty("detail").GetString());
        Assert.Equal("Action HPB-A-004 belongs to another board", (await JsonAsync(elsewhere)).GetProperty("detail").GetString());
        Assert.Equal("Action HPB-A-001 is already closed", (await JsonAsync(already)).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, noMeeting.StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, form.StatusCode);
        Assert.Equal(BoardActionStatus.Open, await factory.QueryAsync(db => db.BoardActions.Where(a => a.Reference == "HPB-A-004").Select(a => a.Status).SingleAsync(Cancel)));
    }

    [Fact]
    public async Task RaiseUpdateAndDecide_WithBadInput_AreValidationProblemsNamingTheField()
    {
        var meeting = await MeetingAsync(StandardBoards.HealthPerformance, new(2025, 1, 15));
        using var analyst = await factory.CreateSignedInClientAsync(Roles.Analyst);

        using var raise = await analyst.PostAsJsonAsync($"/api/meetings/{meeting}/actions", new { description = "", owner = "Chief Nurse", due = "31/03/2025" }, Cancel);
        using var update = await analyst.PostAsJsonAsync("/api/boards/HPB/actions/HPB-A-004/updates", new { status = "closed", text = "" }, Cancel);
        using var otherBoard = await analyst.PostAsJsonAsync("/api/boards/AB/actions/HPB-A-004/updates", new { status = "complete", text = "Done" }, Cancel);
        using var decide = await analyst.PostAsJsonAsync($"/api/meetings/{meeting}/decisions", new { decision = " " }, Cancel);
        using var noMeeting = await analyst.PostAsJsonAsync("/api/meetings/999999/decisions", new { decision = "Yes" }, Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, raise.StatusCode);
        var raiseErrors = (await JsonAsync(raise)).GetProperty("errors");
        Assert.Equal("Enter what the board asked for", raiseErrors.GetProperty("action-description")[0].GetString());
        Assert.Equal("The date the action is due must be a real date, such as 2025-03-31", raiseErrors.GetProperty("action-due")[0].GetString());
        var updateErrors = (await JsonAsync(update)).GetProperty("errors");
        Assert.Equal("An action is closed only at a meeting of its board: close it there", updateErrors.GetProperty("update-status")[0].GetString());
        Assert.Equal("Enter the update", updateErrors.GetProperty("update-text")[0].GetString());
        Assert.Equal(HttpStatusCode.NotFound, otherBoard.StatusCode);
        Assert.Equal("Enter the decision", (await JsonAsync(decide)).GetProperty("errors").GetProperty("decision")[0].GetString());
        Assert.Equal(HttpStatusCode.NotFound, noMeeting.StatusCode);
    }

    [Fact]
    public async Task Decide_RecordsTheDecision_AndItIsInTheLog()
    {
        var meeting = await MeetingAsync(StandardBoards.Accountability, new(2025, 1, 15));
        using var admin = await factory.CreateSignedInClientAsync(Roles.Admin);

        using var decided = await admin.PostAsJsonAsync($"/api/meetings/{meeting}/decisions", new { decision = "Approve the Q3 plan progress report" }, Cancel);
        using var log = await admin.GetResponseAsync("/api/boards/AB/decisions");

        Assert.Equal(HttpStatusCode.Created, decided.StatusCode);
        var decision = await JsonAsync(decided);
        Assert.Equal(("AB-D-001", "2025-01-15"), (decision.GetProperty("reference").GetString(), decision.GetProperty("madeAt").GetString()));
        Assert.Contains((await JsonAsync(log)).EnumerateArray(), d => d.GetProperty("reference").GetString() == "AB-D-001" && d.GetProperty("decision").GetString() == "Approve the Q3 plan progress report");
    }

    [Theory]
    [InlineData(Roles.Viewer)]
    [InlineData(Roles.Manager)]
    [InlineData(Roles.Commissioner)]
    public async Task Changes_AreForbiddenToRolesThatDoNotRunMeetings(string role)
    {
        var meeting = await MeetingAsync(StandardBoards.HealthPerformance, new(2025, 1, 15));
        using var client = await factory.CreateSignedInClientAsync(role);

        using var raise = await client.PostAsJsonAsync($"/api/meetings/{meeting}/actions", new { description = "No", owner = "No", due = "2025-03-31" }, Cancel);
        using var update = await client.PostAsJsonAsync("/api/boards/HPB/actions/HPB-A-004/updates", new { status = "complete", text = "No" }, Cancel);
        using var close = await client.PostAsJsonAsync($"/api/meetings/{meeting}/actions/HPB-A-004/close", new { }, Cancel);
        using var decide = await client.PostAsJsonAsync($"/api/meetings/{meeting}/decisions", new { decision = "No" }, Cancel);
        using var read = await client.GetResponseAsync("/api/boards/HPB/actions");

        Assert.Equal([HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden], new[] { raise.StatusCode, update.StatusCode, close.StatusCode, decide.StatusCode });
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(BoardActionStatus.Open, await factory.QueryAsync(db => db.BoardActions.Where(a => a.Reference == "HPB-A-004").Select(a => a.Status).SingleAsync(Cancel)));
    }

    private Task<int> MeetingAsync(string board, DateOnly date) =>
        factory.QueryAsync(db => db.Meetings.Where(m => m.BoardCode == board && m.Date == date).Select(m => m.Id).SingleAsync(Cancel));

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel)).RootElement;
}
