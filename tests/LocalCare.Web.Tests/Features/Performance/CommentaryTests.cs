using System.Net;
using LocalCare.Core.Access;
using LocalCare.Core.Generation;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Web.Tests.Features.Performance;

public sealed class CommentaryTests(LocalCareWebFactory factory) : IClassFixture<LocalCareWebFactory>
{
    private const string Form = "[data-testid=commentary-form]";

    [Fact]
    public async Task Post_AsManager_SavesTheCommentaryWithItsActionsAndShowsIt()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Manager);
        var series = await PerformanceExpected.SeriesAsync(factory, "dna-rate", "locality:NORTH");
        var month = series.Latest!.Month;

        using var response = await client.PostFormAsync("/performance/dna-rate?unit=locality:NORTH", Form, new Dictionary<string, string>
        {
            ["Month"] = month.ToString(),
            ["WhatTheDataShows"] = "DNAs rose in North.\nMost were first appointments.",
            ["UnderlyingIssues"] = "Text reminders stopped in October.",
            ["Actions[0].Action"] = "Restart text reminders",
            ["Actions[0].Owner"] = "Head of Operations (North)",
            ["Actions[0].DueDay"] = "31",
            ["Actions[0].DueMonth"] = "3",
            ["Actions[0].DueYear"] = "2025",
            ["Actions[1].Action"] = "",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/performance/dna-rate?unit=locality%3ANORTH#commentary", response.Headers.Location!.OriginalString);
        var saved = await factory.QueryAsync(db => db.MetricCommentaries.AsNoTracking().Include(c => c.Actions)
            .SingleAsync(c => c.MetricId == "dna-rate" && c.Unit == "locality:NORTH" && c.Month == month, TestContext.Current.CancellationToken));
        Assert.Equal("DNAs rose in North.\nMost were first appointments.", saved.WhatTheDataShows.ReplaceLineEndings("\n"));
        Assert.Equal("Text reminders stopped in October.", saved.UnderlyingIssues);
        Assert.Equal("manager", saved.UpdatedBy);
        Assert.Equal(LocalCareWebFactory.Now.UtcDateTime, saved.UpdatedAt);
        Assert.Equal([("Restart text reminders", "Head of Operations (North)", new DateOnly(2025, 3, 31))], saved.Actions.Select(a => (a.Action, a.Owner, a.Due)));

        var page = await client.GetHtmlAsync(response.Headers.Location.OriginalString);
        var card = page.QuerySelector($"[data-commentary='{month}']")!;
        Assert.Equal($"Commentary for {MonthName(month)} saved", page.QuerySelector("[data-testid=saved] .nhsuk-notification-banner__heading")!.Text());
        Assert.Equal(MonthName(month), card.QuerySelector("h3")!.Text());
        // Commentary is Markdown (UserMarkdown): a line break stays a line break within the paragraph.
        Assert.Equal("<p>DNAs rose in North.<br>\nMost were first appointments.</p>", card.QuerySelector("[data-field=what-the-data-shows]")!.InnerHtml.Trim());
        Assert.Equal("Text reminders stopped in October.", card.QuerySelector("[data-field=underlying-issues]")!.Text());
        Assert.Equal(["Restart text reminders Head of Operations (North) 31 Mar 2025"], card.QuerySelectorAll("[data-testid=actions] tbody tr").Select(r => r.Text()));
        Assert.StartsWith("Written by manager, 15 Jan 2025 09:00", card.QuerySelector("[data-field=updated]")!.Text(), StringComparison.Ordinal);

        // The message is for once: the page is kept until the data changes (Caching/RenderedPages), but never with a message in it.
        var again = await client.GetHtmlAsync(response.Headers.Location.OriginalString);
        Assert.Null(again.QuerySelector("[data-testid=saved]"));
        Assert.NotNull(again.QuerySelector($"[data-commentary='{month}']"));
    }

    [Fact]
    public async Task Post_ForAMonthWithCommentary_ReplacesItAndItsActions()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Analyst);
        var month = (await PerformanceExpected.SeriesAsync(factory, "dna-rate", "service:MSK")).Latest!.Month;
        var fields = new Dictionary<string, string>
        {
            ["Month"] = month.ToString(),
            ["WhatTheDataShows"] = "First",
            ["Actions[0].Action"] = "One",
            ["Actions[0].Owner"] = "Owner one",
            ["Actions[0].DueDay"] = "1",
            ["Actions[0].DueMonth"] = "2",
            ["Actions[0].DueYear"] = "2025",
        };

        using var first = await client.PostFormAsync("/performance/dna-rate?unit=service:MSK", Form, fields);
        var change = await client.GetHtmlAsync($"/performance/dna-rate?unit=service:MSK&commentMonth={month}");
        fields["WhatTheDataShows"] = "Second";
        fields["Actions[0].Action"] = "Two";
        using var second = await client.PostFormAsync("/performance/dna-rate?unit=service:MSK", Form, fields);

        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal("First", change.QuerySelector("#what-the-data-shows")!.TextContent);
        Assert.Equal("One", change.QuerySelector("#action-1")!.GetAttribute("value"));
        var saved = await factory.QueryAsync(db => db.MetricCommentaries.AsNoTracking().Include(c => c.Actions)
            .Where(c => c.MetricId == "dna-rate" && c.Unit == "service:MSK").ToListAsync(TestContext.Current.CancellationToken));
        Assert.Equal(("Second", "analyst"), (Assert.Single(saved).WhatTheDataShows, saved[0].UpdatedBy));
        Assert.Equal(["Two"], saved[0].Actions.Select(a => a.Action));
        Assert.Equal(1, await factory.QueryAsync(db => db.MetricActions.CountAsync(a => a.CommentaryId == saved[0].Id, TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task Post_WithProblems_ShowsThemInTheErrorSummaryAndStoresNothing()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Manager);

        using var response = await client.PostFormAsync("/performance/dna-rate?unit=locality:SOUTH", Form, new Dictionary<string, string>
        {
            ["Month"] = "1999-01",
            ["WhatTheDataShows"] = " ",
            ["UnderlyingIssues"] = new string('x', 4001),
            ["Actions[0].Action"] = "Call the team",
            ["Actions[0].DueDay"] = "31",
            ["Actions[0].DueMonth"] = "2",
            ["Actions[0].DueYear"] = "2025",
            ["Actions[1].Owner"] = "Someone",
        });
        var page = await response.ReadHtmlAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Error: Did not attend rate – LocalCare", page.Title);
        Assert.Equal(
            [
                ("#commentary-month", "Select the month the commentary is about"),
                ("#what-the-data-shows", "Enter what the data shows"),
                ("#underlying-issues", "Underlying issues must be 4,000 characters or fewer"),
                ("#action-1-owner", "Enter who owns action 1"),
                ("#action-1-due-day", "The date action 1 is due must be a real date"),
                ("#action-2", "Enter action 2"),
                ("#action-2-due-day", "Enter the date action 2 is due"),
            ],
            page.QuerySelectorAll(".nhsuk-error-summary a").Select(a => (a.GetAttribute("href")!, a.Text())));
        Assert.Equal("Error: Enter who owns action 1", page.QuerySelector("#action-1-owner-error")!.Text());
        Assert.Equal("Call the team", page.QuerySelector("#action-1")!.GetAttribute("value"));
        Assert.False(await factory.QueryAsync(db => db.MetricCommentaries.AnyAsync(c => c.Unit == "locality:SOUTH", TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task Post_AsViewer_IsForbiddenAndStoresNothing()
    {
        using var manager = await factory.CreateSignedInClientAsync(Roles.Manager);
        using var viewer = await factory.CreateSignedInClientAsync(Roles.Viewer);
        var page = await manager.GetHtmlAsync("/performance/dna-rate?unit=locality:CENTRAL");
        var month = (await PerformanceExpected.SeriesAsync(factory, "dna-rate", "locality:CENTRAL")).Latest!.Month;
        var viewerPage = await viewer.GetHtmlAsync("/performance/dna-rate?unit=locality:CENTRAL");

        using var response = await viewer.PostFormAsync("/performance/dna-rate?handler=Commentary&unit=locality%3ACENTRAL", new Dictionary<string, string>
        {
            ["Month"] = month.ToString(),
            ["WhatTheDataShows"] = "Viewer wrote this",
            [WebTestClient.AntiforgeryField] = viewerPage.AntiforgeryToken("header form"),
        });

        Assert.NotNull(page.QuerySelector(Form));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/access-denied", response.Headers.Location!.AbsolutePath);
        Assert.False(await factory.QueryAsync(db => db.MetricCommentaries.AnyAsync(c => c.Unit == "locality:CENTRAL", TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task Post_WithoutTheAntiforgeryToken_IsRejected()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Manager);
        var month = (await PerformanceExpected.SeriesAsync(factory, "dna-rate", "neighbourhood:INT-CC")).Latest!.Month;

        using var response = await client.PostFormAsync("/performance/dna-rate?handler=Commentary&unit=neighbourhood%3AINT-CC", new Dictionary<string, string>
        {
            ["Month"] = month.ToString(),
            ["WhatTheDataShows"] = "No token",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(await factory.QueryAsync(db => db.MetricCommentaries.AnyAsync(c => c.Unit == "neighbourhood:INT-CC", TestContext.Current.CancellationToken)));
    }

    private static string MonthName(YearMonth month) => month.FirstDay.ToString("MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"));
}
