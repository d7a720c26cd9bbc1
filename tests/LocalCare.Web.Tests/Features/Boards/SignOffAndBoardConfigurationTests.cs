using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LocalCare.Core.Access;
using LocalCare.Core.Boards;
using LocalCare.Core.Metrics;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Web.Tests.Features.Boards;

/// <summary>
/// The data owner's sign-off of a metric's month (the packs' Validated), the review of a metric's definition (the packs' Audited),
/// and an administrator's choice of a board's metrics and pack sections. The clock is 15 January 2025. One factory for the class:
/// these tests change the demo.
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

        Assert.Equal(HttpStatusCode.Forbidden, notOwner.StatusCode); // refused before the month is read
        Assert.EndsWith("has no LCO value for 1999-01 to sign off", await ErrorAsync(noValue), StringComparison.Ordinal);
        Assert.Equal("The month must be written YYYY-MM (not 'soon')", await ErrorAsync(badMonth));
        Assert.Equal(HttpStatusCode.NotFound, noMetric.StatusCode);
    }

    [Fact]
    public async Task Administrator_SignsOffAnyMetricsMonth_ButOtherRolesCannot_OnThePageOrThroughTheApi()
    {
        var (metric, month) = await ManagersMetricAsync(skip: 1); // not the one the manager signs off in the test above
        var earlier = await factory.QueryAsync(db => db.MetricValues.Where(v => v.MetricId == metric && v.Unit == UnitRefs.Lco).Select(v => v.Month).ToListAsync(TestContext.Current.CancellationToken));
        var signed = earlier.Order().SkipLast(1).Last().ToString();
        using var admin = await factory.CreateSignedInClientAsync(Roles.Admin);
        using var viewer = await factory.CreateSignedInClientAsync(Roles.Viewer);
        using var executive = await factory.CreateSignedInClientAsync(Roles.Executive);
        var execPage = await executive.GetHtmlAsync($"/performance/{metric}");

        using var byAdmin = await admin.PostAsJsonAsync($"/api/metrics/{metric}/sign-offs", new { month = signed }, TestContext.Current.CancellationToken);
        using var byViewer = await viewer.PostAsJsonAsync($"/api/metrics/{metric}/sign-offs", new { month }, TestContext.Current.CancellationToken);
        using var onPage = await executive.PostFormAsync($"/performance/{metric}?handler=SignOff", new Dictionary<string, string>
        {
            ["signOffMonth"] = month,
            [WebTestClient.AntiforgeryField] = execPage.AntiforgeryToken("header form"),
        });

        Assert.Equal(HttpStatusCode.NoContent, byAdmin.StatusCode);
        Assert.Equal("admin", await factory.QueryAsync(db => db.MetricSignOffs.Where(s => s.MetricId == metric && s.Month == Core.Generation.YearMonth.Parse(signed)).Select(s => s.SignedOffBy).SingleAsync(TestContext.Current.CancellationToken)));
        Assert.Equal(HttpStatusCode.Forbidden, byViewer.StatusCode);
        WebAssert.Forbidden(onPage);
        Assert.Null(execPage.QuerySelector("[data-testid=sign-off-form]"));
        Assert.False(await factory.QueryAsync(db => db.MetricSignOffs.AnyAsync(s => s.MetricId == metric && s.Month == Core.Generation.YearMonth.Parse(month), TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task Analyst_RecordsTheDefinitionReviewedToday_OnTheMetricPage_InTheMetricsHistory()
    {
        var metric = await factory.QueryAsync(db => db.Metrics.Where(m => !m.IsManual && m.BoardCode == StandardBoards.AdultSocialCarePerformance).OrderBy(m => m.Id).Select(m => m.Id).FirstAsync(TestContext.Current.CancellationToken));
        using var analyst = await factory.CreateSignedInClientAsync(Roles.Analyst);
        var before = await analyst.GetHtmlAsync($"/performance/{metric}");

        using var posted = await analyst.PostFormAsync($"/performance/{metric}?handler=Review", new Dictionary<string, string>
        {
            [WebTestClient.AntiforgeryField] = before.AntiforgeryToken("[data-testid=review-form]"),
        });
        var after = await analyst.GetHtmlAsync($"/performance/{metric}");

        Assert.Equal("Last reviewed on 14 May 2024.", before.QuerySelector("[data-testid=reviewed-on]")!.Text()); // the demo's review
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal(new DateOnly(2025, 1, 15), await factory.QueryAsync(db => db.Metrics.Where(m => m.Id == metric).Select(m => m.ReviewedOn).SingleAsync(TestContext.Current.CancellationToken)));
        Assert.Equal("Last reviewed on 15 January 2025.", after.QuerySelector("[data-testid=reviewed-on]")!.Text());
        Assert.Equal("2025-01-15", after.QuerySelector("[data-testid=reviewed-on]")!.GetAttribute("data-date"));
        var change = await factory.QueryAsync(db => db.AuditEntries.AsNoTracking()
            .Where(e => e.Subject == $"metric:{metric}" && e.Action == LocalCare.Data.Audit.AuditAction.Changed && e.Changes.Contains("ReviewedOn")).OrderByDescending(e => e.Id).FirstAsync(TestContext.Current.CancellationToken));
        Assert.Equal("analyst", change.Actor);
        Assert.Contains("2025-01-15", change.Changes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Administrator_RecordsAReviewThroughTheApi_OnlyAsJson_AndANeverReviewedMetricSaysSo()
    {
        var manual = await factory.QueryAsync(db => db.Metrics.Where(m => m.IsManual && m.ReviewedOn == null).OrderBy(m => m.Id).Select(m => m.Id).FirstAsync(TestContext.Current.CancellationToken));
        using var admin = await factory.CreateSignedInClientAsync(Roles.Admin);
        var never = await admin.GetHtmlAsync($"/performance/{manual}");

        using var form = await admin.PostAsync(new Uri($"/api/metrics/{manual}/reviews", UriKind.Relative), new FormUrlEncodedContent([]), TestContext.Current.CancellationToken);
        using var reviewed = await admin.PostAsJsonAsync($"/api/metrics/{manual}/reviews", new { }, TestContext.Current.CancellationToken);
        using var unknown = await admin.PostAsJsonAsync("/api/metrics/nope/reviews", new { }, TestContext.Current.CancellationToken);
        var body = JsonDocument.Parse(await reviewed.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;

        Assert.StartsWith("The definition of ", never.QuerySelector("[data-testid=reviewed-on]")!.Text(), StringComparison.Ordinal);
        Assert.EndsWith("has not been reviewed yet.", never.QuerySelector("[data-testid=reviewed-on]")!.Text(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, form.StatusCode);
        Assert.Equal(HttpStatusCode.OK, reviewed.StatusCode);
        Assert.Equal((manual, "2025-01-15"), (body.GetProperty("metric").GetString(), body.GetProperty("reviewedOn").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(new DateOnly(2025, 1, 15), await factory.QueryAsync(db => db.Metrics.Where(m => m.Id == manual).Select(m => m.ReviewedOn).SingleAsync(TestContext.Current.CancellationToken)));
    }

    [Theory]
    [InlineData(Roles.Manager)]
    [InlineData(Roles.Executive)]
    [InlineData(Roles.Commissioner)]
    [InlineData(Roles.Viewer)]
    public async Task DefinitionReview_IsForAnalystsAndAdministratorsOnly(string role)
    {
        var metric = await factory.QueryAsync(db => db.Metrics.Where(m => m.BoardCode == StandardBoards.TransformationPortfolio || m.BoardCode == StandardBoards.FinancePerformanceContracting)
            .OrderBy(m => m.Id).Select(m => new { m.Id, m.ReviewedOn }).FirstAsync(TestContext.Current.CancellationToken));
        using var client = await factory.CreateSignedInClientAsync(role);
        var page = await client.GetHtmlAsync($"/performance/{metric.Id}");

        using var onPage = await client.PostFormAsync($"/performance/{metric.Id}?handler=Review", new Dictionary<string, string>
        {
            [WebTestClient.AntiforgeryField] = page.AntiforgeryToken("header form"),
        });
        using var api = await client.PostAsJsonAsync($"/api/metrics/{metric.Id}/reviews", new { }, TestContext.Current.CancellationToken);

        WebAssert.Forbidden(onPage);
        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
        Assert.Null(page.QuerySelector("[data-testid=review-form]"));
        Assert.Equal(metric.ReviewedOn, await factory.QueryAsync(db => db.Metrics.Where(m => m.Id == metric.Id).Select(m => m.ReviewedOn).SingleAsync(TestContext.Current.CancellationToken)));
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

    /// <summary>A metric the demo manager is accountable for (after <paramref name="skip"/> others), and its latest month with an LCO value.</summary>
    private Task<(string Metric, string Month)> ManagersMetricAsync(int skip = 0) => factory.QueryAsync(async db =>
    {
        var metric = await db.Metrics.Where(m => m.AccountableUserName == "manager" && !m.IsManual).OrderBy(m => m.Id).Skip(skip).Select(m => m.Id).FirstAsync(TestContext.Current.CancellationToken);
        var months = await db.MetricValues.Where(v => v.MetricId == metric && v.Unit == UnitRefs.Lco).Select(v => v.Month).ToListAsync(TestContext.Current.CancellationToken);
        return (metric, months.Max().ToString());
    });

    private static async Task<string> ErrorAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement
            .GetProperty("errors").GetProperty("sign-off-month")[0].GetString()!;
}
