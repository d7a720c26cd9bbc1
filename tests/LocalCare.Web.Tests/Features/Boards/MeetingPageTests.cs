using System.Net;
using AngleSharp.Html.Dom;
using LocalCare.Core.Access;
using LocalCare.Core.Boards;
using LocalCare.Core.Boards.Packs;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Web.Tests.Features.Boards;

/// <summary>
/// The meeting page's handlers (docs/board-packs.md "Who may do what"): analysts, executives and administrators raise, update and
/// close actions, record decisions, save the cover sheet, flag metrics and mark the meeting held; every other role is refused, and
/// each rule's refusal is shown in the error summary with status 400. The clock is 15 January 2025, the day of the Health
/// Performance Board's January meeting. One factory for the class: these tests change the demo's meetings and logs.
/// </summary>
public sealed class MeetingPageTests(LocalCareWebFactory factory) : IClassFixture<LocalCareWebFactory>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(Roles.Analyst)]
    [InlineData(Roles.Executive)]
    [InlineData(Roles.Admin)]
    public async Task Raise_ByAMeetingRole_AddsTheBoardsNextReference_RaisedAtThisMeeting(string role)
    {
        var meeting = await MeetingAsync(StandardBoards.HealthPerformance, new(2025, 1, 15));
        using var client = await factory.CreateSignedInClientAsync(role);
        var description = $"Bring the discharge audit to the next meeting ({role})";

        using var response = await PostAsync(client, meeting, "Raise", new() { ["Description"] = description, ["Owner"] = "Chief Nurse", ["Due"] = "2025-02-28" });
        var action = await factory.QueryAsync(db => db.BoardActions.AsNoTracking().SingleAsync(a => a.Description == description, Cancel));
        var page = await client.GetHtmlAsync($"/meetings/{meeting}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/meetings/{meeting}", response.Headers.Location?.OriginalString);
        Assert.Matches(@"^HPB-A-\d{3}$", action.Reference);
        Assert.Equal((meeting, "Chief Nurse", new DateOnly(2025, 2, 28), BoardActionStatus.Open), (action.RaisedAtMeetingId, action.Owner, action.Due, action.Status));
        Assert.Contains($"Action {action.Reference} raised", page.QuerySelector(".nhsuk-notification-banner")!.Text(), StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector($"[data-testid=open-actions] tr[data-reference='{action.Reference}']"));
    }

    [Fact]
    public async Task Raise_WithoutItsParts_IsRefused_NamingEachField()
    {
        var meeting = await MeetingAsync(StandardBoards.HealthPerformance, new(2025, 1, 15));
        using var analyst = await factory.CreateSignedInClientAsync(Roles.Analyst);
        var before = await factory.QueryAsync(db => db.BoardActions.CountAsync(Cancel));

        using var empty = await PostAsync(analyst, meeting, "Raise", new() { ["Description"] = " ", ["Owner"] = "", ["Due"] = "" });
        using var badDate = await PostAsync(analyst, meeting, "Raise", new() { ["Description"] = "Review", ["Owner"] = "Chief Nurse", ["Due"] = "2025-02-30" });

        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal(["Enter what the board asked for", "Enter who owns the action", "Enter the date the action is due"], await SummaryAsync(empty));
        Assert.Equal(["The date the action is due must be a real date, such as 2025-03-31"], await SummaryAsync(badDate));
        Assert.Equal(before, await factory.QueryAsync(db => db.BoardActions.CountAsync(Cancel)));
    }

    [Fact]
    public async Task Update_RecordsProgressAndStatus_ButNeverClosed_NorOnAnotherBoardsAction()
    {
        var meeting = await MeetingAsync(StandardBoards.HealthPerformance, new(2025, 1, 15));
        var other = await MeetingAsync(StandardBoards.Accountability, new(2025, 1, 15));
        var reference = await RaiseAsync(meeting, "Update me");
        using var executive = await factory.CreateSignedInClientAsync(Roles.Executive);

        using var updated = await PostAsync(executive, meeting, "Update", new() { ["reference"] = reference, ["status"] = "in_progress", ["text"] = "Audit booked for February" });
        using var closed = await PostAsync(executive, meeting, "Update", new() { ["reference"] = reference, ["status"] = "closed", ["text"] = "Done" });
        using var noText = await PostAsync(executive, meeting, "Update", new() { ["reference"] = reference, ["status"] = "complete", ["text"] = "" });
        using var noStatus = await PostAsync(executive, meeting, "Update", new() { ["reference"] = reference, ["status"] = "finished", ["text"] = "Done" });
        using var otherBoard = await PostAsync(executive, other, "Update", new() { ["reference"] = reference, ["status"] = "complete", ["text"] = "Done" });

        Assert.Equal(HttpStatusCode.Redirect, updated.StatusCode);
        var action = await factory.QueryAsync(db => db.BoardActions.AsNoTracking().Include(a => a.Updates).SingleAsync(a => a.Reference == reference, Cancel));
        Assert.Equal(BoardActionStatus.InProgress, action.Status);
        var update = Assert.Single(action.Updates);
        Assert.Equal(("Audit booked for February", "executive", BoardActionStatus.InProgress), (update.Text, update.By, update.Status));
        Assert.Equal(["An action is closed only at a meeting of its board: close it there"], await SummaryAsync(closed));
        Assert.Equal(["Enter the update"], await SummaryAsync(noText));
        Assert.Equal(["Select the action's status"], await SummaryAsync(noStatus));
        Assert.Equal([$"AB has no action {reference}"], await SummaryAsync(otherBoard));
        Assert.Equal(HttpStatusCode.BadRequest, otherBoard.StatusCode);
    }

    [Fact]
    public async Task Close_AtAMeetingOfItsBoardThatHasTakenPlace_ClosesIt_OtherwiseSaysWhy()
    {
        var today = await MeetingAsync(StandardBoards.HealthPerformance, new(2025, 1, 15));
        var future = await MeetingAsync(StandardBoards.HealthPerformance, new(2025, 2, 19));
        var other = await MeetingAsync(StandardBoards.Accountability, new(2025, 1, 15));
        var reference = await RaiseAsync(today, "Close me");
        using var admin = await factory.CreateSignedInClientAsync(Roles.Admin);

        using var early = await PostAsync(admin, future, "Close", new() { ["reference"] = reference });
        using var elsewhere = await PostAsync(admin, other, "Close", new() { ["reference"] = reference });
        using var closed = await PostAsync(admin, today, "Close", new() { ["reference"] = reference });
        using var again = await PostAsync(admin, today, "Close", new() { ["reference"] = reference });
        using var unknown = await PostAsync(admin, today, "Close", new() { ["reference"] = "HPB-A-999" });

        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        Assert.Equal([$"Action {reference} can only be closed at a meeting that has taken place"], await SummaryAsync(early));
        Assert.Equal([$"Action {reference} belongs to another board"], await SummaryAsync(elsewhere));
        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        Assert.Equal([$"Action {reference} is already closed"], await SummaryAsync(again));
        Assert.Equal(["There is no action HPB-A-999"], await SummaryAsync(unknown));
        var action = await factory.QueryAsync(db => db.BoardActions.AsNoTracking().Include(a => a.Updates).SingleAsync(a => a.Reference == reference, Cancel));
        Assert.Equal((BoardActionStatus.Closed, (int?)today), (action.Status, action.ClosedAtMeetingId));
        Assert.Equal("Closed at the meeting of 15 January 2025", Assert.Single(action.Updates).Text);
    }

    [Fact]
    public async Task Decide_RecordsTheDecisionUnderTheNextReference_AndRefusesAnEmptyOne()
    {
        var meeting = await MeetingAsync(StandardBoards.HealthPerformance, new(2025, 1, 15));
        using var analyst = await factory.CreateSignedInClientAsync(Roles.Analyst);

        using var decided = await PostAsync(analyst, meeting, "Decide", new() { ["decision"] = "Accept reasonable assurance on crisis response" });
        using var empty = await PostAsync(analyst, meeting, "Decide", new() { ["decision"] = "" });
        using var tooLong = await PostAsync(analyst, meeting, "Decide", new() { ["decision"] = new string('x', 2001) });
        var page = await analyst.GetHtmlAsync($"/meetings/{meeting}");

        Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);
        var decision = await factory.QueryAsync(db => db.BoardDecisions.AsNoTracking().SingleAsync(d => d.Decision == "Accept reasonable assurance on crisis response", Cancel));
        Assert.Equal(("HPB-D-003", meeting), (decision.Reference, decision.MeetingId)); // the demo recorded D-001 and D-002
        Assert.Contains("HPB-D-003 Accept reasonable assurance on crisis response", page.QuerySelector("[data-testid=decisions]")!.Text(), StringComparison.Ordinal);
        Assert.Equal(["Enter the decision"], await SummaryAsync(empty));
        Assert.Equal(["The decision must be 2,000 characters or fewer"], await SummaryAsync(tooLong));
    }

    [Fact]
    public async Task Held_OnOrAfterTheMeetingsDate_MarksItHeld_ButNotBefore()
    {
        var past = await MeetingAsync(StandardBoards.HealthPerformance, new(2024, 12, 18));
        var future = await MeetingAsync(StandardBoards.HealthPerformance, new(2025, 2, 19));
        using var executive = await factory.CreateSignedInClientAsync(Roles.Executive);
        // Other tests of this class share the database and may have put the future meeting's pack in draft: the refusal must leave whatever it was.
        var futureBefore = await StatusAsync(future);

        using var held = await PostAsync(executive, past, "Held", []);
        using var early = await PostAsync(executive, future, "Held", []);

        Assert.Equal(HttpStatusCode.Redirect, held.StatusCode);
        Assert.Equal(MeetingStatus.Held, await StatusAsync(past));
        Assert.Equal(["A meeting can be marked as held only on or after its date"], await SummaryAsync(early));
        Assert.NotEqual(MeetingStatus.Held, futureBefore);
        Assert.Equal(futureBefore, await StatusAsync(future));
    }

    [Fact]
    public async Task Cover_IsSaved_AndPutsThePackInDraft_ButBadFieldsAreRefused()
    {
        var meeting = await MeetingAsync(StandardBoards.HealthPerformance, new(2025, 3, 19));
        using var analyst = await factory.CreateSignedInClientAsync(Roles.Analyst);
        var cover = new Dictionary<string, string>
        {
            ["Date"] = "2025-03-19",
            ["ReportingMonth"] = "2025-02",
            ["Title"] = "Integrated performance report, February 2025",
            ["Author"] = "Head of Performance",
            ["LeadDirector"] = "Director of Operations",
            ["Purpose"] = "decision",
            ["AssuranceOffered"] = "limited",
            ["CqcKeyQuestions"] = "Safe",
            ["ExecutiveSummary"] = "Crisis response recovered.",
        };

        using var bad = await PostAsync(analyst, meeting, "Cover", new() { ["Date"] = "", ["ReportingMonth"] = "soon", ["Purpose"] = "", ["AssuranceOffered"] = "" });
        Assert.Equal(MeetingStatus.Planned, await StatusAsync(meeting));
        using var saved = await PostAsync(analyst, meeting, "Cover", cover);

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(
            ["Enter the meeting's date", "Enter the month the pack reports to, such as 2024-12", "Select what the paper asks of the board", "Select the level of assurance the paper offers"],
            await SummaryAsync(bad));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var stored = await factory.QueryAsync(db => db.Meetings.AsNoTracking().SingleAsync(m => m.Id == meeting, Cancel));
        Assert.Equal((PaperPurpose.Decision, AssuranceLevel.Limited, "Safe", "Crisis response recovered."), (stored.Purpose, stored.AssuranceOffered, stored.CqcKeyQuestions, stored.ExecutiveSummary));
        Assert.Equal(MeetingStatus.PackDraft, stored.Status);
    }

    [Fact]
    public async Task Flag_TogglesAMetricOfTheBoard_PuttingThePackInDraft_AndRefusesAnotherBoardsMetric()
    {
        var meeting = await MeetingAsync(StandardBoards.HealthPerformance, new(2025, 2, 19));
        var (own, others) = await factory.QueryAsync(async db => (
            await db.Metrics.Where(m => m.BoardCode == StandardBoards.HealthPerformance).OrderBy(m => m.Id).Select(m => m.Id).FirstAsync(Cancel),
            await db.Metrics.Where(m => m.BoardCode != StandardBoards.HealthPerformance).OrderBy(m => m.Id).Select(m => m.Id).FirstAsync(Cancel)));
        using var admin = await factory.CreateSignedInClientAsync(Roles.Admin);

        using var wrong = await PostAsync(admin, meeting, "Flag", new() { ["metricId"] = others });
        Assert.Equal(MeetingStatus.Planned, await StatusAsync(meeting));
        using var flagged = await PostAsync(admin, meeting, "Flag", new() { ["metricId"] = own });
        var isFlagged = await factory.QueryAsync(db => db.ExceptionFlags.AnyAsync(f => f.MeetingId == meeting && f.MetricId == own, Cancel));
        using var unflagged = await PostAsync(admin, meeting, "Flag", new() { ["metricId"] = own });

        Assert.Equal(["Select a metric of this board"], await SummaryAsync(wrong));
        Assert.Equal(HttpStatusCode.Redirect, flagged.StatusCode);
        Assert.True(isFlagged);
        Assert.Equal(HttpStatusCode.Redirect, unflagged.StatusCode);
        Assert.False(await factory.QueryAsync(db => db.ExceptionFlags.AnyAsync(f => f.MeetingId == meeting && f.MetricId == own, Cancel)));
        Assert.Equal(MeetingStatus.PackDraft, await StatusAsync(meeting));
    }

    [Fact]
    public async Task Narrative_Saved_PutsAPlannedMeetingsPackInDraft_ButLeavesAHeldMeetingHeld()
    {
        var planned = await MeetingAsync(StandardBoards.AdultSocialCarePerformance, new(2025, 2, 19));
        var held = await MeetingAsync(StandardBoards.AdultSocialCarePerformance, new(2024, 11, 20));
        await factory.QueryAsync(async db => await db.Meetings.Where(m => m.Id == held).ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, MeetingStatus.Held), Cancel));
        var metric = await factory.QueryAsync(db => db.Metrics.Where(m => m.BoardCode == StandardBoards.AdultSocialCarePerformance).OrderBy(m => m.Id).Select(m => m.Id).FirstAsync(Cancel));
        using var executive = await factory.CreateSignedInClientAsync(Roles.Executive);

        foreach (var meeting in new[] { planned, held })
        {
            var form = await executive.GetHtmlAsync($"/meetings/{meeting}/narratives/{metric}");
            using var saved = await executive.PostFormAsync($"/meetings/{meeting}/narratives/{metric}", new Dictionary<string, string>
            {
                ["WhatTheChartTellsUs"] = "Common cause variation around the mean",
                ["AccountablePerson"] = "Director of Adult Social Care",
                [WebTestClient.AntiforgeryField] = form.AntiforgeryToken("[data-testid=narrative-form]"),
            });
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        Assert.Equal(MeetingStatus.PackDraft, await StatusAsync(planned));
        Assert.Equal(MeetingStatus.Held, await StatusAsync(held));
    }

    /// <summary>Every handler refuses the roles that do not run meetings, and changes nothing.</summary>
    [Theory]
    [InlineData(Roles.Viewer)]
    [InlineData(Roles.Manager)]
    [InlineData(Roles.Commissioner)]
    public async Task EveryHandler_IsRefusedToRolesThatDoNotRunMeetings(string role)
    {
        var meeting = await MeetingAsync(StandardBoards.FinancePerformanceContracting, new(2025, 1, 15));
        var metric = await factory.QueryAsync(db => db.Metrics.Select(m => m.Id).FirstAsync(Cancel));
        var (actions, decisions) = await factory.QueryAsync(async db => (await db.BoardActions.CountAsync(Cancel), await db.BoardDecisions.CountAsync(Cancel)));
        using var client = await factory.CreateSignedInClientAsync(role);
        var handlers = new Dictionary<string, Dictionary<string, string>>
        {
            ["Raise"] = new() { ["Description"] = "Refused", ["Owner"] = "Nobody", ["Due"] = "2025-03-31" },
            ["Update"] = new() { ["reference"] = "HPB-A-004", ["status"] = "complete", ["text"] = "Refused" },
            ["Close"] = new() { ["reference"] = "HPB-A-004" },
            ["Decide"] = new() { ["decision"] = "Refused" },
            ["Held"] = [],
            ["Cover"] = new() { ["Date"] = "2025-01-15", ["ReportingMonth"] = "2024-12", ["Purpose"] = "decision", ["AssuranceOffered"] = "none" },
            ["Flag"] = new() { ["metricId"] = metric },
        };

        foreach (var (handler, fields) in handlers)
        {
            using var response = await PostAsync(client, meeting, handler, fields);
            WebAssert.Forbidden(response);
        }

        Assert.Equal((actions, decisions), await factory.QueryAsync(async db => (await db.BoardActions.CountAsync(Cancel), await db.BoardDecisions.CountAsync(Cancel))));
        Assert.Equal(MeetingStatus.Planned, await StatusAsync(meeting));
        Assert.Equal(BoardActionStatus.Open, await factory.QueryAsync(db => db.BoardActions.Where(a => a.Reference == "HPB-A-004").Select(a => a.Status).SingleAsync(Cancel)));
        var page = await client.GetHtmlAsync($"/meetings/{meeting}");
        Assert.Null(page.QuerySelector("[data-testid=raise-action]"));
        Assert.Null(page.QuerySelector("[data-testid=record-decision]"));
    }

    private Task<int> MeetingAsync(string board, DateOnly date) =>
        factory.QueryAsync(db => db.Meetings.Where(m => m.BoardCode == board && m.Date == date).Select(m => m.Id).SingleAsync(Cancel));

    private Task<MeetingStatus> StatusAsync(int meeting) =>
        factory.QueryAsync(db => db.Meetings.Where(m => m.Id == meeting).Select(m => m.Status).SingleAsync(Cancel));

    /// <summary>Raises an action at the meeting as an analyst and returns its reference.</summary>
    private async Task<string> RaiseAsync(int meeting, string description)
    {
        using var analyst = await factory.CreateSignedInClientAsync(Roles.Analyst);
        using var raised = await PostAsync(analyst, meeting, "Raise", new() { ["Description"] = description, ["Owner"] = "Director of Operations", ["Due"] = "2025-01-31" });
        Assert.Equal(HttpStatusCode.Redirect, raised.StatusCode);
        return await factory.QueryAsync(db => db.BoardActions.Where(a => a.Description == description).Select(a => a.Reference).SingleAsync(Cancel));
    }

    /// <summary>Posts a handler of the meeting page with the signed-in user's antiforgery token (any form of theirs carries it).</summary>
    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, int meeting, string handler, Dictionary<string, string> fields)
    {
        var page = await client.GetHtmlAsync($"/meetings/{meeting}");
        fields[WebTestClient.AntiforgeryField] = page.AntiforgeryToken("header form");
        return await client.PostFormAsync($"/meetings/{meeting}?handler={handler}", fields);
    }

    private static async Task<IReadOnlyList<string>> SummaryAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        IHtmlDocument page = await response.ReadHtmlAsync();
        return [.. page.QuerySelectorAll(".nhsuk-error-summary__list li").Select(li => li.Text())];
    }
}
