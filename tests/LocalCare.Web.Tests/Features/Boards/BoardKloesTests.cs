using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LocalCare.Core.Access;
using LocalCare.Core.Boards;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Web.Tests.Features.Boards;

/// <summary>
/// The KLOEs a board monitors, as an administrator changes them (docs/board-packs.md "Board configuration"): on the board's page
/// ("Monitor another key line of enquiry") and through <c>PUT /api/boards/{code}/kloes/{kloe}</c>; audited; refused to every other
/// role. One factory for the class: these tests change the demo, each moving a different KLOE.
/// </summary>
public sealed class BoardKloesTests(LocalCareWebFactory factory) : IClassFixture<LocalCareWebFactory>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Administrator_MovesAKloeToABoard_OnItsPage_TheCardMovesAndTheChangeIsAudited()
    {
        var kloe = await KloeAsync(order: 1);
        using var admin = await factory.CreateSignedInClientAsync(Roles.Admin);
        var before = await admin.GetHtmlAsync($"/boards/{StandardBoards.JointCommissioning}");

        using var moved = await PostAsync(admin, StandardBoards.JointCommissioning, kloe.Code);
        var after = await admin.GetHtmlAsync($"/boards/{StandardBoards.JointCommissioning}");
        var hpb = await admin.GetHtmlAsync($"/boards/{StandardBoards.HealthPerformance}");

        Assert.Contains($"{kloe.Theme} (HPB)", before.QuerySelectorAll("[data-testid=move-kloe-form] option").Select(o => o.Text()));
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        Assert.Equal($"/boards/{StandardBoards.JointCommissioning}#kloes", moved.Headers.Location?.OriginalString);
        Assert.Equal(StandardBoards.JointCommissioning, await BoardOfAsync(kloe.Code));
        Assert.Equal($"{kloe.Theme} ({kloe.Code}) moved from HPB to JCB", after.QuerySelector("[data-testid=saved] .nhsuk-notification-banner__heading")!.Text());
        Assert.NotNull(after.QuerySelector($"[data-kloe='{kloe.Code}']"));
        Assert.Null(hpb.QuerySelector($"[data-kloe='{kloe.Code}']"));
        Assert.DoesNotContain(after.QuerySelectorAll("[data-testid=move-kloe-form] option").Select(o => o.GetAttribute("value")), v => v == kloe.Code);
        var change = await factory.QueryAsync(db => db.AuditEntries.AsNoTracking()
            .Where(e => e.Entity == nameof(Kloe) && e.EntityKey == "KLOE " + kloe.Code && e.Action == LocalCare.Data.Audit.AuditAction.Changed).SingleAsync(Cancel));
        Assert.Equal(("admin", "plan:" + kloe.PlanYear.Label), (change.Actor, change.Subject));
        Assert.Contains("BoardCode", change.Changes, StringComparison.Ordinal);
        Assert.Contains("JCB", change.Changes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MoveOnThePage_WithoutAChoiceOrWithTheBoardsOwnKloe_IsRefusedNamingTheField_AndChangesNothing()
    {
        var own = await KloeAsync(order: 5);
        using var admin = await factory.CreateSignedInClientAsync(Roles.Admin);

        using var none = await PostAsync(admin, StandardBoards.JointCommissioning, "");
        using var unknown = await PostAsync(admin, StandardBoards.JointCommissioning, "K-NOPE");
        using var already = await PostAsync(admin, StandardBoards.FinancePerformanceContracting, own.Code);
        using var noBoard = await PostAsync(admin, "NOPE", own.Code, page: StandardBoards.JointCommissioning);

        Assert.Equal(["Select a key line of enquiry another board monitors"], await SummaryAsync(none));
        Assert.Equal(["There is no key line of enquiry 'K-NOPE'"], await SummaryAsync(unknown));
        var refused = await already.ReadHtmlAsync();
        Assert.Equal(HttpStatusCode.BadRequest, already.StatusCode);
        Assert.Equal($"Error: FPCG already monitors {own.Theme} ({own.Code})", refused.QuerySelector("#kloe-code-error")!.Text());
        Assert.Equal(HttpStatusCode.NotFound, noBoard.StatusCode);
        Assert.Equal(StandardBoards.FinancePerformanceContracting, await BoardOfAsync(own.Code));
    }

    [Fact]
    public async Task Administrator_MovesAKloeThroughTheApi_OnlyAsJson_AndAnUnknownBoardOrKloeIs404()
    {
        var kloe = await KloeAsync(order: 2);

        using var admin = await factory.CreateSignedInClientAsync(Roles.Admin);
        using var form = await admin.PutAsync(new Uri($"/api/boards/ASCPB/kloes/{kloe.Code}", UriKind.Relative), new FormUrlEncodedContent([]), Cancel);
        var unmoved = await BoardOfAsync(kloe.Code);
        using var moved = await admin.PutAsJsonAsync($"/api/boards/ASCPB/kloes/{kloe.Code}", new { }, Cancel);
        using var again = await admin.PutAsJsonAsync($"/api/boards/ASCPB/kloes/{kloe.Code}", new { }, Cancel);
        using var noKloe = await admin.PutAsJsonAsync("/api/boards/ASCPB/kloes/K-NOPE", new { }, Cancel);
        using var noBoard = await admin.PutAsJsonAsync($"/api/boards/NOPE/kloes/{kloe.Code}", new { }, Cancel);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, form.StatusCode);
        Assert.Equal(StandardBoards.HealthPerformance, unmoved);
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        var body = await JsonAsync(moved);
        Assert.Equal(
            (kloe.Code, kloe.PlanYear.Label, kloe.Theme, "ASCPB", "HPB"),
            (body.GetProperty("kloe").GetString(), body.GetProperty("planYear").GetString(), body.GetProperty("theme").GetString(),
                body.GetProperty("board").GetString(), body.GetProperty("from").GetString()));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal("ASCPB", (await JsonAsync(again)).GetProperty("from").GetString());
        Assert.Equal(HttpStatusCode.NotFound, noKloe.StatusCode);
        Assert.Equal("Key line of enquiry not found", (await JsonAsync(noKloe)).GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.NotFound, noBoard.StatusCode);
        Assert.Equal("ASCPB", await BoardOfAsync(kloe.Code));
        Assert.Equal(1, await factory.QueryAsync(db => db.AuditEntries.CountAsync(e => e.Entity == nameof(Kloe) && e.EntityKey == "KLOE " + kloe.Code && e.Action == LocalCare.Data.Audit.AuditAction.Changed, Cancel)));
    }

    [Theory]
    [InlineData(Roles.Analyst)]
    [InlineData(Roles.Executive)]
    [InlineData(Roles.Manager)]
    [InlineData(Roles.Commissioner)]
    [InlineData(Roles.Viewer)]
    public async Task OnlyAnAdministrator_ChangesTheKloesABoardMonitors(string role)
    {
        var kloe = await KloeAsync(order: 3);
        using var client = await factory.CreateSignedInClientAsync(role);
        var page = await client.GetHtmlAsync($"/boards/{StandardBoards.JointCommissioning}");

        using var onPage = await PostAsync(client, StandardBoards.JointCommissioning, kloe.Code);
        using var api = await client.PutAsJsonAsync($"/api/boards/{StandardBoards.JointCommissioning}/kloes/{kloe.Code}", new { }, Cancel);

        Assert.Null(page.QuerySelector("[data-testid=move-kloe-form]"));
        WebAssert.Forbidden(onPage);
        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
        Assert.Equal(StandardBoards.HealthPerformance, await BoardOfAsync(kloe.Code));
    }

    /// <summary>
    /// The KLOE at <paramref name="order"/> in the shown plan year's plan (the demo's 1 to 4 are the Health Performance Board's, 5 the
    /// Finance, Performance and Contracting Group's): a fixed one per test, since the tests move KLOEs.
    /// </summary>
    private Task<Kloe> KloeAsync(int order) => factory.QueryAsync(async db =>
    {
        var year = await Expected.LatestPlanYearAsync(db);
        return await db.Kloes.AsNoTracking().SingleAsync(k => k.Order == order && k.PlanYear == year, Cancel);
    });

    private Task<string> BoardOfAsync(string kloe) => factory.QueryAsync(db => db.Kloes.Where(k => k.Code == kloe).Select(k => k.BoardCode).SingleAsync(Cancel));

    /// <summary>Posts the board page's "Kloe" handler with the signed-in user's antiforgery token (taken from <paramref name="page"/>'s page).</summary>
    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string board, string kloeCode, string? page = null)
    {
        var html = await client.GetHtmlAsync($"/boards/{page ?? board}");
        return await client.PostFormAsync($"/boards/{board}?handler=Kloe", new Dictionary<string, string>
        {
            ["kloeCode"] = kloeCode,
            [WebTestClient.AntiforgeryField] = html.AntiforgeryToken("header form"),
        });
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
