using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LocalCare.Core.Access;
using LocalCare.Core.Boards;
using LocalCare.Core.Boards.Packs;
using LocalCare.Core.Plans;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Web.Tests.Features.Boards;

/// <summary>
/// A board's calendar (docs/board-packs.md "Meetings"): an administrator adds a meeting, deletes a planned one without a pack, and
/// plans the next plan year's meetings from the cadence, on the board's page and through /api; every change is in the audit trail,
/// and other roles are refused. The clock is 15 January 2025 (plan year 2024/25). One factory for the class: these tests change meetings.
/// </summary>
public sealed class BoardCalendarTests(LocalCareWebFactory factory) : IClassFixture<LocalCareWebFactory>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Administrator_AddsAMeetingOnThePage_ThenDeletesIt_BothAudited()
    {
        using var admin = await factory.CreateSignedInClientAsync(Roles.Admin);

        using var added = await PostAsync(admin, StandardBoards.JointCommissioning, "AddMeeting", new() { ["date"] = "2025-02-05", ["reportingMonth"] = "" });
        var meeting = await factory.QueryAsync(db => db.Meetings.AsNoTracking().SingleAsync(m => m.BoardCode == StandardBoards.JointCommissioning && m.Date == new DateOnly(2025, 2, 5), Cancel));
        var page = await admin.GetHtmlAsync("/boards/JCB");
        using var deleted = await PostAsync(admin, StandardBoards.JointCommissioning, "DeleteMeeting", new() { ["meetingId"] = meeting.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal(("2025-01", MeetingStatus.Planned, "Integrated performance report, January 2025"), (meeting.ReportingMonth.ToString(), meeting.Status, meeting.Title));
        Assert.Contains("Meeting of 5 February 2025 added", page.QuerySelector("[data-testid=saved]")!.Text(), StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector($"[data-testid=meetings] tr[data-meeting='{meeting.Id}'] [data-testid=delete-meeting-{meeting.Id}]"));
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.False(await factory.QueryAsync(db => db.Meetings.AnyAsync(m => m.Id == meeting.Id, Cancel)));
        var trail = await factory.QueryAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.Entity == nameof(Meeting) && e.Changes.Contains("2025-02-05"))
            .Select(e => new { e.Action, e.Actor, e.Subject }).ToListAsync(Cancel));
        Assert.Equal([LocalCare.Data.Audit.AuditAction.Created, LocalCare.Data.Audit.AuditAction.Deleted], trail.Select(e => e.Action));
        Assert.All(trail, e => Assert.Equal("admin", e.Actor));
        Assert.Equal($"meeting:{meeting.Id}", trail[^1].Subject);
    }

    [Fact]
    public async Task AddMeeting_WithABadOrTakenDate_IsRefused_NamingTheField()
    {
        using var admin = await factory.CreateSignedInClientAsync(Roles.Admin);
        var before = await factory.QueryAsync(db => db.Meetings.CountAsync(Cancel));

        using var empty = await PostAsync(admin, StandardBoards.JointCommissioning, "AddMeeting", new() { ["date"] = "", ["reportingMonth"] = "" });
        using var unreal = await PostAsync(admin, StandardBoards.JointCommissioning, "AddMeeting", new() { ["date"] = "2025-02-30", ["reportingMonth"] = "January" });
        using var taken = await PostAsync(admin, StandardBoards.JointCommissioning, "AddMeeting", new() { ["date"] = "2025-01-15", ["reportingMonth"] = "" });
        using var api = await admin.PostAsJsonAsync("/api/boards/JCB/meetings", new { date = "15/01/2025" }, Cancel);

        Assert.Equal(["Enter the meeting's date"], await SummaryAsync(empty));
        Assert.Equal(["The meeting's date must be a real date, such as 2025-06-18", "The month the pack reports to must be written YYYY-MM, such as 2025-05"], await SummaryAsync(unreal));
        Assert.Equal(["JCB already meets on 15 January 2025"], await SummaryAsync(taken));
        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        Assert.Equal("The meeting's date must be a real date, such as 2025-06-18", (await JsonAsync(api)).GetProperty("errors").GetProperty("new-meeting-date")[0].GetString());
        Assert.Equal(before, await factory.QueryAsync(db => db.Meetings.CountAsync(Cancel)));
    }

    [Fact]
    public async Task Api_AddsAMeetingWithItsReportingMonth_AndDeletesIt_OnlyWithJson()
    {
        using var admin = await factory.CreateSignedInClientAsync(Roles.Admin);

        using var added = await admin.PostAsJsonAsync("/api/boards/TPB/meetings", new { date = "2025-02-12", reportingMonth = "2024-12" }, Cancel);
        var meeting = await JsonAsync(added);
        var id = meeting.GetProperty("id").GetInt32();
        using var notJson = await admin.DeleteAsync(new Uri($"/api/meetings/{id}", UriKind.Relative), Cancel);
        using var deleted = await admin.SendAsync(Delete($"/api/meetings/{id}"), Cancel);
        using var gone = await admin.SendAsync(Delete($"/api/meetings/{id}"), Cancel);
        using var noBoard = await admin.PostAsJsonAsync("/api/boards/NOPE/meetings", new { date = "2025-02-12" }, Cancel);

        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        Assert.Equal(("TPB", "2025-02-12", "2024-12", "planned", 0), (meeting.GetProperty("boardCode").GetString(), meeting.GetProperty("date").GetString(),
            meeting.GetProperty("reportingMonth").GetString(), meeting.GetProperty("status").GetString(), meeting.GetProperty("versions").GetInt32()));
        Assert.Equal($"/meetings/{id}", added.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, notJson.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, noBoard.StatusCode);
    }

    [Fact]
    public async Task Delete_IsRefused_ForAMeetingThatIsNotPlanned_HasAPack_OrHasLogEntries()
    {
        var (held, published, withActions) = await factory.QueryAsync(async db =>
        {
            var meetings = await db.Meetings.Where(m => m.BoardCode == StandardBoards.TransformationPortfolio).OrderBy(m => m.Date).ToListAsync(Cancel);
            meetings[0].Status = MeetingStatus.Held;
            db.PackVersions.Add(new PackVersion
            {
                MeetingId = meetings[1].Id,
                Version = 1,
                PublishedAt = LocalCareWebFactory.Now.UtcDateTime,
                PublishedBy = "executive",
                Html = [1],
                Pdf = [2],
                Xlsx = [3],
                Json = [4],
                HtmlSha256 = "h",
                PdfSha256 = "p",
                XlsxSha256 = "x",
                JsonSha256 = "j",
            });
            await db.SaveChangesAsync(Cancel);
            var hpbJune = await db.Meetings.Where(m => m.BoardCode == StandardBoards.HealthPerformance && m.Date == new DateOnly(2024, 6, 19)).Select(m => m.Id).SingleAsync(Cancel);
            return (meetings[0].Id, meetings[1].Id, hpbJune);
        });
        using var admin = await factory.CreateSignedInClientAsync(Roles.Admin);

        using var heldResponse = await admin.SendAsync(Delete($"/api/meetings/{held}"), Cancel);
        using var publishedResponse = await admin.SendAsync(Delete($"/api/meetings/{published}"), Cancel);
        using var actionsResponse = await admin.SendAsync(Delete($"/api/meetings/{withActions}"), Cancel);
        using var page = await PostAsync(admin, StandardBoards.HealthPerformance, "DeleteMeeting", new() { ["meetingId"] = withActions.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        using var otherBoard = await PostAsync(admin, StandardBoards.JointCommissioning, "DeleteMeeting", new() { ["meetingId"] = withActions.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        Assert.Equal(HttpStatusCode.Conflict, heldResponse.StatusCode);
        Assert.Equal("Only a planned meeting can be deleted: this one's status is \"held\"", (await JsonAsync(heldResponse)).GetProperty("detail").GetString());
        Assert.Equal("A meeting with a published pack cannot be deleted", (await JsonAsync(publishedResponse)).GetProperty("detail").GetString());
        Assert.Equal("Actions or decisions were recorded at this meeting, so it cannot be deleted", (await JsonAsync(actionsResponse)).GetProperty("detail").GetString());
        Assert.Equal(["Actions or decisions were recorded at this meeting, so it cannot be deleted"], await SummaryAsync(page));
        Assert.Equal(HttpStatusCode.NotFound, otherBoard.StatusCode);
        Assert.Equal(3, await factory.QueryAsync(db => db.Meetings.CountAsync(m => m.Id == held || m.Id == published || m.Id == withActions, Cancel)));
    }

    [Fact]
    public async Task NextYear_PlansTheBoardsMeetingsFromItsCadence_Once()
    {
        var next = new PlanYear(2025);
        using var admin = await factory.CreateSignedInClientAsync(Roles.Admin);

        using var planned = await PostAsync(admin, StandardBoards.HealthPerformance, "NextYear", []);
        var dates = await factory.QueryAsync(db => db.Meetings.Where(m => m.BoardCode == StandardBoards.HealthPerformance && m.Date >= next.Start && m.Date <= next.End)
            .OrderBy(m => m.Date).Select(m => new { m.Date, m.ReportingMonth, m.Status }).ToListAsync(Cancel));
        using var again = await PostAsync(admin, StandardBoards.HealthPerformance, "NextYear", []);
        using var api = await admin.PostAsJsonAsync("/api/boards/AB/meetings/next-year", new { }, Cancel);
        using var apiAgain = await admin.PostAsJsonAsync("/api/boards/AB/meetings/next-year", new { }, Cancel);

        Assert.Equal(HttpStatusCode.Redirect, planned.StatusCode);
        Assert.Equal(MeetingCalendar.For(Cadence.Monthly, next).Select(m => (m.Date, m.ReportingMonth)), dates.Select(d => (d.Date, d.ReportingMonth)));
        Assert.Equal(new DateOnly(2025, 4, 16), dates[0].Date); // the third Wednesday of April 2025
        Assert.All(dates, d => Assert.Equal(MeetingStatus.Planned, d.Status));
        Assert.Equal(["HPB already has 12 meetings in 2025/26: add any others one by one"], await SummaryAsync(again));
        Assert.Equal(HttpStatusCode.Created, api.StatusCode);
        Assert.Equal(["2025-04-16", "2025-07-16", "2025-10-15", "2026-01-21"], (await JsonAsync(api)).EnumerateArray().Select(m => m.GetProperty("date").GetString()));
        Assert.Equal(HttpStatusCode.Conflict, apiAgain.StatusCode);
        Assert.Equal("AB already has 4 meetings in 2025/26: add any others one by one", (await JsonAsync(apiAgain)).GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData(Roles.Executive)]
    [InlineData(Roles.Analyst)]
    [InlineData(Roles.Viewer)]
    public async Task EveryCalendarChange_IsForAdministratorsOnly(string role)
    {
        var meeting = await factory.QueryAsync(db => db.Meetings.Where(m => m.BoardCode == StandardBoards.FinancePerformanceContracting).OrderByDescending(m => m.Date).Select(m => m.Id).FirstAsync(Cancel));
        var before = await factory.QueryAsync(db => db.Meetings.CountAsync(Cancel));
        using var client = await factory.CreateSignedInClientAsync(role);
        var page = await client.GetHtmlAsync("/boards/FPCG");

        using var add = await PostAsync(client, StandardBoards.FinancePerformanceContracting, "AddMeeting", new() { ["date"] = "2025-02-26" });
        using var next = await PostAsync(client, StandardBoards.FinancePerformanceContracting, "NextYear", []);
        using var delete = await PostAsync(client, StandardBoards.FinancePerformanceContracting, "DeleteMeeting", new() { ["meetingId"] = meeting.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        using var apiAdd = await client.PostAsJsonAsync("/api/boards/FPCG/meetings", new { date = "2025-02-26" }, Cancel);
        using var apiNext = await client.PostAsJsonAsync("/api/boards/FPCG/meetings/next-year", new { }, Cancel);
        using var apiDelete = await client.SendAsync(Delete($"/api/meetings/{meeting}"), Cancel);

        WebAssert.Forbidden(add);
        WebAssert.Forbidden(next);
        WebAssert.Forbidden(delete);
        Assert.Equal([HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden], new[] { apiAdd.StatusCode, apiNext.StatusCode, apiDelete.StatusCode });
        Assert.Null(page.QuerySelector("[data-testid=add-meeting-form]"));
        Assert.Null(page.QuerySelector("[data-testid=next-year-form]"));
        Assert.Equal(before, await factory.QueryAsync(db => db.Meetings.CountAsync(Cancel)));
    }

    private static HttpRequestMessage Delete(string path) => new(HttpMethod.Delete, new Uri(path, UriKind.Relative)) { Content = JsonContent.Create(new { }) };

    /// <summary>Posts a handler of the board's page with the signed-in user's antiforgery token (any form of theirs carries it).</summary>
    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string board, string handler, Dictionary<string, string> fields)
    {
        var page = await client.GetHtmlAsync($"/boards/{board}");
        fields[WebTestClient.AntiforgeryField] = page.AntiforgeryToken("header form");
        return await client.PostFormAsync($"/boards/{board}?handler={handler}", fields);
    }

    private static async Task<IReadOnlyList<string>> SummaryAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await response.ReadHtmlAsync();
        return [.. page.QuerySelectorAll(".nhsuk-error-summary__list li").Select(li => li.Text())];
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel)).RootElement;
}
