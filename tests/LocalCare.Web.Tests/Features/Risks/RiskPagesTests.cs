using System.Net;
using System.Net.Http.Json;
using LocalCare.Core.Access;
using LocalCare.Core.Risks;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Web.Tests.Features.Risks;

/// <summary>
/// The register and risk pages for every role, over the demo's register at 15 January 2025: everyone reads; only administrators
/// and executives see the raise and edit forms; a manager re-scores only the risks they own; refused posts store nothing.
/// Nothing here changes a risk, so the tests share one app.
/// </summary>
public sealed class RiskPagesTests(LocalCareWebFactory factory) : IClassFixture<LocalCareWebFactory>
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(LocalCareWebFactory.Now.UtcDateTime);

    public static TheoryData<string> AllRoles => [.. Roles.All];

    public static TheoryData<string> NonEditors => [Roles.Manager, Roles.Analyst, Roles.Commissioner, Roles.Viewer];

    private Task<List<Risk>> RisksAsync() =>
        factory.QueryAsync(db => db.Risks.AsNoTracking().Include(r => r.Links).OrderBy(r => r.Code).ToListAsync(TestContext.Current.CancellationToken));

    [Theory]
    [MemberData(nameof(AllRoles))]
    public async Task Register_ListsEveryRisk_TheHeatMapCountsThem_AndTheOverdueReviews(string role)
    {
        using var client = await factory.CreateSignedInClientAsync(role);
        var risks = await RisksAsync();

        var page = await client.GetHtmlAsync("/risks");

        Assert.Equal(risks.Select(r => r.Code), page.QuerySelectorAll("[data-testid=register] tbody tr").Select(r => r.GetAttribute("data-risk")));
        foreach (var cell in page.QuerySelectorAll("[data-testid=heat-map] td[data-likelihood]"))
        {
            var (l, c) = (int.Parse(cell.GetAttribute("data-likelihood")!, System.Globalization.CultureInfo.InvariantCulture), int.Parse(cell.GetAttribute("data-consequence")!, System.Globalization.CultureInfo.InvariantCulture));
            var count = risks.Count(r => r.CurrentLikelihood == l && r.CurrentConsequence == c);
            Assert.Equal(count.ToString(System.Globalization.CultureInfo.InvariantCulture), cell.GetAttribute("data-count"));
            Assert.Contains($"{count} {(count == 1 ? "risk" : "risks")} score {l * c}, {RiskScoreBands.Of(l * c).ToLabel().ToLowerInvariant()}", cell.Text(), StringComparison.Ordinal);
        }

        Assert.Equal(25, page.QuerySelectorAll("[data-testid=heat-map] td[data-likelihood]").Length);
        Assert.Equal(["R-005", "R-004"], page.QuerySelectorAll("[data-testid=overdue-reviews] li").Select(li => li.GetAttribute("data-risk")));
        Assert.Equal(role is Roles.Admin or Roles.Executive, page.QuerySelector("[data-testid=raise]") is not null);
    }

    [Theory]
    [InlineData("?band=extreme", "extreme")]
    [InlineData("?overdue=yes", "overdue")]
    [InlineData("?board=ASCPB", "board")]
    [InlineData("?category=workforce", "category")]
    [InlineData("?owner=Director+of+Operations", "owner")]
    [InlineData("?band=high&board=HPB", "high-hpb")]
    public async Task Register_Filters(string query, string which)
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Viewer);
        var risks = await RisksAsync();
        Func<Risk, bool> expected = which switch
        {
            "extreme" => r => r.Current.Band == RiskScoreBand.Extreme,
            "overdue" => r => r.ReviewDate < Today,
            "board" => r => r.LinksOf(RiskLinkKind.Board).Contains("ASCPB"),
            "category" => r => r.Category == RiskCategory.Workforce,
            "owner" => r => r.Owner == "Director of Operations",
            _ => r => r.Current.Band == RiskScoreBand.High && r.LinksOf(RiskLinkKind.Board).Contains("HPB"),
        };

        var page = await client.GetHtmlAsync("/risks" + query);

        var shown = page.QuerySelectorAll("[data-testid=register] tbody tr").Select(r => r.GetAttribute("data-risk")).ToList();
        Assert.NotEmpty(shown);
        Assert.Equal(risks.Where(expected).Select(r => r.Code), shown);
        Assert.Equal(shown.Count, page.QuerySelectorAll("[data-testid=heat-map] td[data-likelihood]").Sum(c => int.Parse(c.GetAttribute("data-count")!, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [MemberData(nameof(AllRoles))]
    public async Task RiskPage_ShowsScoresWithBands_Links_Controls_TheChart_AndHistory(string role)
    {
        using var client = await factory.CreateSignedInClientAsync(role);
        var risk = await factory.QueryAsync(db => db.Risks.AsNoTracking().Include(r => r.History).SingleAsync(r => r.Code == "R-002", TestContext.Current.CancellationToken));

        var page = await client.GetHtmlAsync("/risks/R-002");

        Assert.Equal($"{risk.Current.Score} (likelihood 4 likely × consequence 4 major) Extreme", page.QuerySelector("[data-testid=score-current] dd")!.Text());
        Assert.Contains("Moderate", page.QuerySelector("[data-testid=score-target] dd")!.Text(), StringComparison.Ordinal);
        Assert.Equal(["D2425-CH-08", "D2425-CH-18", "D2425-CH-20"], page.QuerySelectorAll("[data-link=deliverable]").Select(l => l.GetAttribute("data-target")));
        Assert.Equal(["AB", "HPB"], page.QuerySelectorAll("[data-link=board]").Select(l => l.GetAttribute("data-target")));
        Assert.Equal(risk.History.Count, page.QuerySelectorAll("[data-testid=score-chart] svg circle").Length);
        Assert.Equal(risk.History.OrderBy(p => p.Number).Select(p => p.Score.Score.ToString(System.Globalization.CultureInfo.InvariantCulture)), page.QuerySelectorAll("[data-testid=score-chart] svg circle").Select(c => c.GetAttribute("data-score")));
        Assert.Contains("Score 16 (extreme) on 15 Apr 2024", page.QuerySelector("[data-testid=score-chart] figcaption")!.Text(), StringComparison.Ordinal);
        Assert.Contains("Above the risk appetite of Accountability Board (appetite 12), Health Performance Board (appetite 8)", page.QuerySelector("[data-testid=above-appetite]")!.Text(), StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("#history"));
        Assert.Equal(role is Roles.Admin or Roles.Executive or Roles.Manager, page.QuerySelector("[data-testid=rescore-form]") is not null);
        Assert.Equal(role is Roles.Admin or Roles.Executive, page.QuerySelector("[data-testid=edit]") is not null);
        Assert.Equal(role is Roles.Admin or Roles.Executive, page.QuerySelector("[data-testid=action-form]") is not null);
    }

    [Fact]
    public async Task RiskPage_MarksAnOverdueReview()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Viewer);

        var overdue = await client.GetHtmlAsync("/risks/R-004");
        var due = await client.GetHtmlAsync("/risks/R-003");

        Assert.Equal("Overdue", overdue.QuerySelector("[data-testid=review-date] [data-testid=review-overdue]")!.Text());
        Assert.Null(due.QuerySelector("[data-testid=review-overdue]"));
        Assert.Empty(overdue.QuerySelectorAll("main form[method=post]"));
        Assert.NotNull(overdue.QuerySelector("[data-testid=read-only]"));
    }

    [Theory]
    [MemberData(nameof(NonEditors))]
    public async Task NonEditors_CannotRaiseOrEdit_NorRescoreARiskTheyDoNotOwn(string role)
    {
        using var client = await factory.CreateSignedInClientAsync(role);
        var page = await client.GetHtmlAsync("/risks");
        var token = page.AntiforgeryToken("header form");
        var before = await RisksAsync();
        var fields = new Dictionary<string, string>
        {
            ["Title"] = "Not allowed",
            ["Description"] = "x",
            ["Owner"] = role,
            ["Category"] = "workforce",
            ["InitialLikelihood"] = "3",
            ["InitialConsequence"] = "3",
            ["CurrentLikelihood"] = "3",
            ["CurrentConsequence"] = "3",
            ["TargetLikelihood"] = "1",
            ["TargetConsequence"] = "1",
            ["ReviewDate"] = "2025-06-30",
            ["likelihood"] = "1",
            ["consequence"] = "1",
            ["nextReview"] = "2025-06-30",
            ["description"] = "x",
            ["owner"] = role,
            ["due"] = "2025-06-30",
            ["number"] = "1",
            ["status"] = "complete",
            [WebTestClient.AntiforgeryField] = token,
        };

        using var newPage = await client.GetResponseAsync("/risks/new");
        using var editPage = await client.GetResponseAsync("/risks/R-001/edit");
        var responses = new List<HttpResponseMessage>();
        foreach (var path in new[] { "/risks/new", "/risks/R-001/edit", "/risks/R-001?handler=Rescore", "/risks/R-001?handler=Review", "/risks/R-001?handler=AddAction", "/risks/R-001?handler=ActionStatus" })
        {
            responses.Add(await client.PostFormAsync(path, fields));
        }

        Assert.All([newPage, editPage, .. responses], WebAssert.Forbidden);
        var after = await RisksAsync();
        Assert.Equal(before.Select(r => (r.Code, r.Title, r.CurrentLikelihood, r.ReviewDate)), after.Select(r => (r.Code, r.Title, r.CurrentLikelihood, r.ReviewDate)));
        Assert.False(await factory.QueryAsync(db => db.AuditEntries.AnyAsync(e => e.Actor == role && e.Subject.StartsWith("risk:"), TestContext.Current.CancellationToken)));
        responses.ForEach(r => r.Dispose());
    }

    [Theory]
    [MemberData(nameof(NonEditors))]
    public async Task Api_ReadsForEveryone_ButRefusesChangesToNonEditors(string role)
    {
        using var client = await factory.CreateSignedInClientAsync(role);
        var ct = TestContext.Current.CancellationToken;

        var list = await client.GetFromJsonAsync<List<RiskSummary>>("/api/risks", ct);
        using var one = await client.GetResponseAsync("/api/risks/R-001");
        using var missing = await client.GetResponseAsync("/api/risks/R-999");
        using var post = await client.PostAsJsonAsync("/api/risks", new { title = "x" }, ct);
        using var put = await client.PutAsJsonAsync("/api/risks/R-001", new { title = "x" }, ct);
        using var score = await client.PostAsJsonAsync("/api/risks/R-001/scores", new { likelihood = 1, consequence = 1 }, ct);

        Assert.Equal((await RisksAsync()).Select(r => r.Code), list!.Select(r => r.Code));
        Assert.Equal(HttpStatusCode.OK, one.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal([HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden], new[] { post.StatusCode, put.StatusCode, score.StatusCode });
    }

    [Fact]
    public async Task Api_SignedOut_IsUnauthorised()
    {
        using var client = factory.CreateSignedOutClient();

        using var response = await client.GetResponseAsync("/api/risks");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task OpenApi_DescribesTheRiskEndpoints()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Viewer);

        var document = await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.All(["\"/api/risks\"", "\"/api/risks/{code}\"", "\"/api/risks/{code}/scores\"", "\"/api/risks/{code}/reviews\"", "GetRisks", "PostRiskScore"],
            s => Assert.Contains(s, document, StringComparison.Ordinal));
    }

    private sealed record RiskSummary(string Code, string Title);
}
