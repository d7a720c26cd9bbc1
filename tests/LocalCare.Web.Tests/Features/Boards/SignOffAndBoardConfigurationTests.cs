using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LocalCare.Core.Access;
using LocalCare.Core.Boards;
using LocalCare.Core.Metrics;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Web.Tests.Features.Boards;

/// <summary>
/// The data owner's sign-off of a metric's month (the packs' Validated), and an administrator's choice of a board's metrics and
/// pack sections. One factory for the class: these tests change the demo.
/// </summary>
public sealed class SignOffAndBoardConfigurationTests(LocalCareWebFactory factory) : IClassFixture<LocalCareWebFactory>
{
    [Fact]
    public async Task AccountableManager_SignsOffAMonth_OnTheMetricPage_OnceOnly()
    {
        var (metric, month) = await ManagersMetricAsync();
        using var manager = await factory.CreateSignedInClientAsync(Roles.Manager);
        var page = await manager.GetHtmlAsync($"/performance/{metric}");

        using var posted = await manager.PostFormAsync($"/performance/{metric}?handler=SignOff", new Dictionary<string, string>
        {
            ["signOffMonth"] = month,
            [WebTestClient.AntiforgeryField] = page.AntiforgeryToken("[data-testid=sign-off-form]"),
        });
        using var again = await manager.PostAsJsonAsync($"/api/metrics/{metric}/sign-offs", new { month }, TestContext.Current.CancellationToken);
        var after = await manager.GetHtmlAsync($"/performance/{metric}");

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, again.StatusCode);
        var signOffs = await factory.QueryAsync(db => db.MetricSignOffs.Where(s => s.MetricId == metric).ToListAsync(TestContext.Current.CancellationToken));
        var signOff = Assert.Single(signOffs);
        Assert.Equal((month, "manager"), (signOff.Month.ToString(), signOff.SignedOffBy));
        Assert.Contains("signed off by manager", after.QuerySelector($"[data-testid=sign-offs] [data-month='{month}']")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignOff_IsRefusedToOthers_AndForAMonthWithoutAValue()
    {
        var (metric, _) = await ManagersMetricAsync();
        using var analyst = await factory.CreateSignedInClientAsync(Roles.Analyst);
        using var manager = await factory.CreateSignedInClientAsync(Roles.Manager);

        using var notOwner = await analyst.PostAsJsonAsync($"/api/metrics/{metric}/sign-offs", new { month = "2024-10" }, TestContext.Current.CancellationToken);
        using var noValue = await manager.PostAsJsonAsync($"/api/metrics/{metric}/sign-offs", new { month = "1999-01" }, TestContext.Current.CancellationToken);
        using var badMonth = await manager.PostAsJsonAsync($"/api/metrics/{metric}/sign-offs", new { month = "soon" }, TestContext.Current.CancellationToken);
        using var noMetric = await manager.PostAsJsonAsync("/api/metrics/nope/sign-offs", new { month = "2024-10" }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, notOwner.StatusCode);
        Assert.StartsWith("Only ", await ErrorAsync(notOwner), StringComparison.Ordinal);
        Assert.EndsWith("has no LCO value for 1999-01 to sign off", await ErrorAsync(noValue), StringComparison.Ordinal);
        Assert.Equal("The month must be written YYYY-MM (not 'soon')", await ErrorAsync(badMonth));
        Assert.Equal(HttpStatusCode.NotFound, noMetric.StatusCode);
    }

    [Fact]
    public async Task Administrator_MovesAMetricToABoard_AndChoosesItsSections_OthersCannot()
    {
        var metric = await factory.QueryAsync(db => db.Metrics.Where(m => m.BoardCode == StandardBoards.HealthPerformance).OrderBy(m => m.Id).Select(m => m.Id).FirstAsync(TestContext.Current.CancellationToken));
        using var admin = await factory.CreateSignedInClientAsync(Roles.Admin);
        using var executive = await factory.CreateSignedInClientAsync(Roles.Executive);
        var page = await admin.GetHtmlAsync($"/boards/{StandardBoards.JointCommissioning}");
        var execPage = await executive.GetHtmlAsync($"/boards/{StandardBoards.JointCommissioning}");

        using var moved = await admin.PostFormAsync($"/boards/{StandardBoards.JointCommissioning}?handler=Metric", new Dictionary<string, string>
        {
            ["metricId"] = metric,
            [WebTestClient.AntiforgeryField] = page.AntiforgeryToken("[data-testid=move-metric-form]"),
        });
        using var sections = await admin.PostFormAsync($"/boards/{StandardBoards.JointCommissioning}?handler=Sections", new Dictionary<string, string>
        {
            ["waitingLists"] = "true",
            [WebTestClient.AntiforgeryField] = page.AntiforgeryToken("[data-testid=sections-form]"),
        });
        using var refused = await executive.PostFormAsync($"/boards/{StandardBoards.JointCommissioning}?handler=Sections", new Dictionary<string, string>
        {
            ["planProgress"] = "true",
            [WebTestClient.AntiforgeryField] = execPage.AntiforgeryToken("header form"),
        });
        using var unknown = await admin.PostFormAsync($"/boards/{StandardBoards.JointCommissioning}?handler=Metric", new Dictionary<string, string>
        {
            ["metricId"] = "nope",
            [WebTestClient.AntiforgeryField] = page.AntiforgeryToken("[data-testid=move-metric-form]"),
        });

        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, sections.StatusCode);
        WebAssert.Forbidden(refused);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Null(execPage.QuerySelector("[data-testid=sections-form]"));
        Assert.Equal(StandardBoards.JointCommissioning, await factory.QueryAsync(db => db.Metrics.Where(m => m.Id == metric).Select(m => m.BoardCode).SingleAsync(TestContext.Current.CancellationToken)));
        var board = await factory.QueryAsync(db => db.Boards.AsNoTracking().SingleAsync(b => b.Code == StandardBoards.JointCommissioning, TestContext.Current.CancellationToken));
        Assert.Equal((false, true), (board.ReceivesPlanProgress, board.ReceivesWaitingLists));
        var after = await admin.GetHtmlAsync($"/boards/{StandardBoards.JointCommissioning}");
        Assert.NotNull(after.QuerySelector($"[data-testid=board-metrics] tr[data-metric='{metric}']"));
    }

    /// <summary>A metric the demo manager is accountable for, and its latest month with an LCO value.</summary>
    private Task<(string Metric, string Month)> ManagersMetricAsync() => factory.QueryAsync(async db =>
    {
        var metric = await db.Metrics.Where(m => m.AccountableUserName == "manager" && !m.IsManual).OrderBy(m => m.Id).Select(m => m.Id).FirstAsync(TestContext.Current.CancellationToken);
        var months = await db.MetricValues.Where(v => v.MetricId == metric && v.Unit == UnitRefs.Lco).Select(v => v.Month).ToListAsync(TestContext.Current.CancellationToken);
        return (metric, months.Max().ToString());
    });

    private static async Task<string> ErrorAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement
            .GetProperty("errors").GetProperty("sign-off-month")[0].GetString()!;
}
