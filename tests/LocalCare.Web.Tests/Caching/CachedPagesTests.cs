using LocalCare.Core.Access;
using LocalCare.Core.Boards;
using LocalCare.Data.Database;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Web.Tests.Caching;

/// <summary>
/// Pages whose figures are cached until the data changes show a change made by another process (the command line, here a
/// context opened as the CLI opens one) on the next request.
/// </summary>
public sealed class CachedPagesTests(LocalCareWebFactory factory) : IClassFixture<LocalCareWebFactory>
{
    [Fact]
    public async Task TheSummary_AfterAnotherProcessRenamesABoard_ShowsTheNewName()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Analyst);
        var before = await client.GetHtmlAsync("/performance");
        const string board = StandardBoards.HealthPerformance;

        await ChangeAsync(async db => (await db.Boards.SingleAsync(b => b.Code == board, TestContext.Current.CancellationToken)).Name = "Community Health Board");
        var after = await client.GetHtmlAsync("/performance");

        Assert.Equal("Health Performance Board", Option(before, board));
        Assert.Equal("Community Health Board", Option(after, board));
    }

    [Fact]
    public async Task AMetricPage_AfterAnotherProcessRedefinesTheMetric_ShowsTheNewNameAndDefinition()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Analyst);
        const string metric = "outcomed-appointments";
        var before = await client.GetHtmlAsync("/performance/" + metric);

        await ChangeAsync(async db =>
        {
            var definition = await db.Metrics.SingleAsync(m => m.Id == metric, TestContext.Current.CancellationToken);
            definition.Name = "Appointments with an outcome";
            definition.Definition = "Redefined by the command line.";
        });
        var after = await client.GetHtmlAsync("/performance/" + metric);

        Assert.DoesNotContain("Appointments with an outcome", before.QuerySelector("h1")!.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain("Redefined by the command line.", before.QuerySelector("[data-testid=metric-summary]")!.Text(), StringComparison.Ordinal);
        Assert.Contains("Appointments with an outcome", after.QuerySelector("h1")!.Text(), StringComparison.Ordinal);
        Assert.Contains("Redefined by the command line.", after.QuerySelector("[data-testid=metric-summary]")!.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADraftPack_AfterAnotherProcessRetitlesTheMeeting_ShowsTheNewTitle_InThePageAndItsDownloads()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Analyst);
        var meeting = await factory.QueryAsync(db => db.Meetings.Where(m => m.BoardCode == StandardBoards.AdultSocialCarePerformance).OrderBy(m => m.Date).Select(m => m.Id).FirstAsync(TestContext.Current.CancellationToken));
        var before = (await client.GetHtmlAsync($"/meetings/{meeting}/pack")).QuerySelector("[data-testid=pack] h1")!.Text();

        await ChangeAsync(async db => (await db.Meetings.SingleAsync(m => m.Id == meeting, TestContext.Current.CancellationToken)).Title = "Retitled report");
        var after = (await client.GetHtmlAsync($"/meetings/{meeting}/pack")).QuerySelector("[data-testid=pack] h1")!.Text();
        var html = await client.GetStringAsync($"/meetings/{meeting}/pack/draft.html", TestContext.Current.CancellationToken);

        Assert.DoesNotContain("Retitled report", before, StringComparison.Ordinal);
        Assert.Contains("Retitled report", after, StringComparison.Ordinal);
        Assert.Contains("Retitled report", html, StringComparison.Ordinal);
    }

    private static string? Option(AngleSharp.Html.Dom.IHtmlDocument page, string board) =>
        page.QuerySelector($"select#board option[value='{board}']")?.Text();

    /// <summary>Saves a change through a context of its own, as <c>localcare</c> does from another process.</summary>
    private async Task ChangeAsync(Func<Data.LocalCareDbContext, Task> change)
    {
        await using var db = LocalCareDatabase.Open(DatabaseSettings.SqliteIn(factory.DataDirectory));
        await change(db);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }
}
