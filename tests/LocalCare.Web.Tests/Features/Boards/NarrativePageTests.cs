using System.Net;
using LocalCare.Core.Access;
using LocalCare.Core.Boards;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Web.Tests.Features.Boards;

/// <summary>
/// The narrative form offers the board's last meeting's narrative of the metric as the starting text (board-packs.md "Exception
/// pages"); once this meeting has its own, the form shows that. The clock is 15 January 2025. One factory for the class: these
/// tests write narratives, each for a metric and board of its own.
/// </summary>
public sealed class NarrativePageTests(LocalCareWebFactory factory) : IClassFixture<LocalCareWebFactory>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Form_StartsFromTheLastEarlierMeetingsNarrative_ThenFromThisMeetingsOwn()
    {
        var october = await MeetingAsync(StandardBoards.FinancePerformanceContracting, new(2024, 10, 16));
        var november = await MeetingAsync(StandardBoards.FinancePerformanceContracting, new(2024, 11, 20));
        var december = await MeetingAsync(StandardBoards.FinancePerformanceContracting, new(2024, 12, 18));
        var metric = await MetricAsync(StandardBoards.FinancePerformanceContracting);
        using var executive = await factory.CreateSignedInClientAsync(Roles.Executive);
        await SaveAsync(executive, october, metric, "October's reading", "Old cause", "Old action");
        await SaveAsync(executive, november, metric, "Activity fell below plan for a second month", "Two clinics closed for refurbishment", "Reopen the clinics");

        var offered = await executive.GetHtmlAsync($"/meetings/{december}/narratives/{metric}");

        Assert.Equal(
            "This starts from the narrative written for the meeting of 20 November 2024. Change what has moved on.",
            offered.QuerySelector("[data-testid=started-from]")!.Text());
        Assert.Equal("Activity fell below plan for a second month", offered.QuerySelector("#what-the-chart-tells-us")!.TextContent);
        Assert.Equal("Two clinics closed for refurbishment", offered.QuerySelector("#root-causes")!.TextContent);
        Assert.Equal("Mitigated by extra sessions", offered.QuerySelector("#mitigations")!.TextContent);
        Assert.Equal("Reopen the clinics", offered.QuerySelector("#narrative-action-1")!.GetAttribute("value"));
        Assert.Equal("Head of Finance", offered.QuerySelector("#narrative-action-1-owner")!.GetAttribute("value"));
        Assert.Equal("2025-02-28", offered.QuerySelector("#narrative-action-1-due")!.GetAttribute("value"));
        Assert.Equal("2025-03", offered.QuerySelector("#expected-recovery")!.GetAttribute("value"));
        Assert.Equal("Director of Finance", offered.QuerySelector("#accountable-person")!.GetAttribute("value"));
        // Offered, not copied: December has no narrative until someone saves one.
        Assert.False(await factory.QueryAsync(db => db.Narratives.AnyAsync(n => n.MeetingId == december && n.MetricId == metric, Cancel)));

        await SaveAsync(executive, december, metric, "Back within the limits", "Clinics reopened", "Keep the extra sessions");
        var own = await executive.GetHtmlAsync($"/meetings/{december}/narratives/{metric}");

        Assert.Null(own.QuerySelector("[data-testid=started-from]"));
        Assert.Equal("Back within the limits", own.QuerySelector("#what-the-chart-tells-us")!.TextContent);
        Assert.Equal("Keep the extra sessions", own.QuerySelector("#narrative-action-1")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Form_OffersNeitherALaterMeetingsNorAnotherBoardsNarrative_AndStartsEmptyWithTheAccountablePerson()
    {
        var november = await MeetingAsync(StandardBoards.AdultSocialCarePerformance, new(2024, 11, 20));
        var january = await MeetingAsync(StandardBoards.AdultSocialCarePerformance, new(2025, 1, 15));
        var otherBoard = await MeetingAsync(StandardBoards.JointCommissioning, new(2024, 10, 16));
        var metric = await MetricAsync(StandardBoards.AdultSocialCarePerformance);
        var accountable = await factory.QueryAsync(db => db.Metrics.Where(m => m.Id == metric).Select(m => m.AccountableUserName).SingleAsync(Cancel));
        using var executive = await factory.CreateSignedInClientAsync(Roles.Executive);
        await SaveAsync(executive, january, metric, "January's text", "January's cause", "January's action");
        // As if the metric had reported to another board before: that board's narrative is not this board's starting text.
        await factory.QueryAsync(async db =>
        {
            db.Narratives.Add(new Core.Boards.Packs.NarrativeRecord { MeetingId = otherBoard, MetricId = metric, WhatTheChartTellsUs = "Another board's text", AccountablePerson = "Someone" });
            return await db.SaveChangesAsync(Cancel);
        });

        var form = await executive.GetHtmlAsync($"/meetings/{november}/narratives/{metric}");

        Assert.Null(form.QuerySelector("[data-testid=started-from]"));
        Assert.Equal("", form.QuerySelector("#what-the-chart-tells-us")!.TextContent);
        Assert.Equal("", form.QuerySelector("#narrative-action-1")!.GetAttribute("value") ?? "");
        Assert.Equal(accountable ?? "", form.QuerySelector("#accountable-person")!.GetAttribute("value") ?? "");
    }

    /// <summary>
    /// The write rule's data side (BoardPermissions.CanWriteNarrative), which the authorization matrix leaves to this test: a
    /// manager writes the narrative of a metric they are accountable for, and is refused another's at a meeting they may read.
    /// </summary>
    [Fact]
    public async Task TheAccountableManager_WritesTheirMetricsNarrative_ButNotAMetricSomeoneElseIsAccountableFor()
    {
        var (meeting, own) = await MeetingAndMetricAccountableToAsync(StandardBoards.HealthPerformance, Roles.Manager);
        var (otherMeeting, others) = await MeetingAndMetricAccountableToAsync(StandardBoards.FinancePerformanceContracting, Roles.Executive);
        using var manager = await factory.CreateSignedInClientAsync(Roles.Manager);

        await SaveAsync(manager, meeting, own, "Waits fell for the third month", "Extra clinics", "Keep the extra clinics");
        var refusedPage = await manager.GetHtmlAsync($"/meetings/{otherMeeting}/narratives/{others}");
        using var refused = await manager.PostFormAsync($"/meetings/{otherMeeting}/narratives/{others}", new Dictionary<string, string>
        {
            ["WhatTheChartTellsUs"] = "Not mine to write",
            [WebTestClient.AntiforgeryField] = refusedPage.AntiforgeryToken("form.nhsuk-header__account-form"),
        });

        var saved = await factory.QueryAsync(db => db.Narratives.Where(n => n.MeetingId == meeting && n.MetricId == own).Select(n => new { n.WhatTheChartTellsUs, n.UpdatedBy }).SingleAsync(Cancel));
        Assert.Equal(("Waits fell for the third month", "manager"), (saved.WhatTheChartTellsUs, saved.UpdatedBy));
        WebAssert.Forbidden(refused);
        Assert.NotNull(refusedPage.QuerySelector("[data-testid=read-only]"));
        Assert.False(await factory.QueryAsync(db => db.Narratives.AnyAsync(n => n.MeetingId == otherMeeting && n.MetricId == others && n.WhatTheChartTellsUs == "Not mine to write", Cancel)));
    }

    /// <summary>The board's first meeting and its first metric (by id, which the other tests here leave alone) whose accountable user is <paramref name="user"/>.</summary>
    private Task<(int Meeting, string Metric)> MeetingAndMetricAccountableToAsync(string board, string user) => factory.QueryAsync(async db =>
        (await db.Meetings.Where(m => m.BoardCode == board).OrderBy(m => m.Date).Select(m => m.Id).FirstAsync(Cancel),
         await db.Metrics.Where(m => m.BoardCode == board && m.AccountableUserName == user).OrderBy(m => m.Id).Select(m => m.Id).FirstAsync(Cancel)));

    private Task<int> MeetingAsync(string board, DateOnly date) =>
        factory.QueryAsync(db => db.Meetings.Where(m => m.BoardCode == board && m.Date == date).Select(m => m.Id).SingleAsync(Cancel));

    /// <summary>The board's metric (by id) that other tests of the boards feature leave alone: its last.</summary>
    private Task<string> MetricAsync(string board) =>
        factory.QueryAsync(db => db.Metrics.Where(m => m.BoardCode == board).OrderByDescending(m => m.Id).Select(m => m.Id).FirstAsync(Cancel));

    private static async Task SaveAsync(HttpClient client, int meeting, string metric, string chart, string causes, string action)
    {
        var form = await client.GetHtmlAsync($"/meetings/{meeting}/narratives/{metric}");
        using var saved = await client.PostFormAsync($"/meetings/{meeting}/narratives/{metric}", new Dictionary<string, string>
        {
            ["WhatTheChartTellsUs"] = chart,
            ["RootCauses"] = causes,
            ["MitigationsAndRisks"] = "Mitigated by extra sessions",
            ["Actions[0].Action"] = action,
            ["Actions[0].Owner"] = "Head of Finance",
            ["Actions[0].Due"] = "2025-02-28",
            ["ExpectedRecovery"] = "2025-03",
            ["AccountablePerson"] = "Director of Finance",
            [WebTestClient.AntiforgeryField] = form.AntiforgeryToken("[data-testid=narrative-form]"),
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
    }
}
