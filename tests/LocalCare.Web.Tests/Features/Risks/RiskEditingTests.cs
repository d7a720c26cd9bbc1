using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Parser;
using LocalCare.Core.Access;
using LocalCare.Core.Boards;
using LocalCare.Core.Risks;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Web.Tests.Features.Risks;

/// <summary>
/// Changing the register through the pages and the API: raising (and its errors), editing, re-scoring by an owner (a history point,
/// shown in the chart and the change history), reviews, actions, a board's appetite, and the risks above appetite in a pack.
/// One app for the class: each test works on its own risks.
/// </summary>
public sealed class RiskEditingTests(LocalCareWebFactory factory) : IClassFixture<LocalCareWebFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<Risk> RiskAsync(string code) =>
        factory.QueryAsync(db => db.Risks.AsNoTracking().Include(r => r.History).Include(r => r.Actions).Include(r => r.Links).SingleAsync(r => r.Code == code, Ct));

    private static async Task<string> TokenAsync(HttpClient client, string path) => (await client.GetHtmlAsync(path)).AntiforgeryToken("header form");

    [Fact]
    public async Task Executive_RaisesARisk_WithTheForm_AndItsHistoryShowsWhoRaisedIt()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Executive);
        var form = await client.GetHtmlAsync("/risks/new");

        using var response = await client.PostFormAsync("/risks/new", new List<KeyValuePair<string, string>>
        {
            new("Title", "Agency spend above cap"), new("Description", "Agency nurses cover vacancies at a premium."), new("Owner", "Director of Finance"),
            new("Category", "finance"), new("InitialLikelihood", "4"), new("InitialConsequence", "3"), new("CurrentLikelihood", "4"), new("CurrentConsequence", "4"),
            new("TargetLikelihood", "2"), new("TargetConsequence", "3"), new("ReviewDate", "2025-04-15"), new("Boards", "FPCG"), new("Boards", "HPB"),
            new("Priorities", "P2425-RES"), new("Deliverables", "D2425-CH-31\nD2425-CH-33"), new("Metrics", "vacancy-rate"),
            new(WebTestClient.AntiforgeryField, form.AntiforgeryToken("[data-testid=risk-form]")),
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var code = response.Headers.Location!.OriginalString["/risks/".Length..];
        var risk = await RiskAsync(code);
        Assert.Equal(("Agency spend above cap", RiskCategory.Finance, 16, 6, new DateOnly(2025, 1, 15)), (risk.Title, risk.Category, risk.Current.Score, risk.Target.Score, risk.RaisedOn));
        Assert.Equal(["FPCG", "HPB"], risk.LinksOf(RiskLinkKind.Board));
        Assert.Equal(["D2425-CH-31", "D2425-CH-33"], risk.LinksOf(RiskLinkKind.Deliverable));
        Assert.Equal((16, "executive"), (risk.History.Single().Score.Score, risk.History.Single().RecordedBy));
        var page = await client.GetHtmlAsync(response.Headers.Location.OriginalString);
        Assert.Equal($"Risk {code} raised", page.QuerySelector("[data-testid=saved] p")!.Text());
        var history = page.QuerySelector("[data-testid=history]")!.Text();
        Assert.Contains($"executive Risk {code} created", history, StringComparison.Ordinal);
        Assert.Contains("Title: – → Agency spend above cap", history, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RaisingWithMistakes_ReRendersWithTheErrorSummary_AndStatus400()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Admin);
        var before = await factory.QueryAsync(db => db.Risks.CountAsync(Ct));

        using var response = await client.PostFormAsync("/risks/new", new Dictionary<string, string>
        {
            ["Title"] = "",
            ["Description"] = "d",
            ["Owner"] = "o",
            ["Category"] = "workforce",
            ["InitialLikelihood"] = "3",
            ["InitialConsequence"] = "3",
            ["CurrentLikelihood"] = "3",
            ["CurrentConsequence"] = "9",
            ["TargetLikelihood"] = "1",
            ["TargetConsequence"] = "1",
            ["ReviewDate"] = "2025-04-15",
            ["Deliverables"] = "D2425-CH-99",
            [WebTestClient.AntiforgeryField] = await TokenAsync(client, "/risks/new"),
        });
        var page = await response.ReadHtmlAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(
            ["Enter a title", "The current consequence must be a whole number from 1 to 5", "There is no deliverable D2425-CH-99"],
            page.QuerySelectorAll(".nhsuk-error-summary__list a").Select(a => a.Text()));
        Assert.Equal("#title", page.QuerySelector(".nhsuk-error-summary__list a")!.GetAttribute("href"));
        Assert.Equal(before, await factory.QueryAsync(db => db.Risks.CountAsync(Ct)));
    }

    [Fact]
    public async Task Owner_RescoresTheirRisk_AddingAHistoryPoint_ShownInTheChartAndTheChangeHistory()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Manager);
        var before = await RiskAsync("R-002");

        using var response = await client.PostFormAsync("/risks/R-002?handler=Rescore", new Dictionary<string, string>
        {
            ["likelihood"] = "3",
            ["consequence"] = "4",
            ["note"] = "Validation removed duplicates",
            [WebTestClient.AntiforgeryField] = await TokenAsync(client, "/risks/R-002"),
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await RiskAsync("R-002");
        Assert.Equal((12, before.History.Count + 1), (after.Current.Score, after.History.Count));
        var point = after.History.MaxBy(p => p.Number)!;
        Assert.Equal((new DateOnly(2025, 1, 15), 12, "Validation removed duplicates", "manager"), (point.On, point.Score.Score, point.Note, point.RecordedBy));
        var page = await client.GetHtmlAsync("/risks/R-002");
        var circles = page.QuerySelectorAll("[data-testid=score-chart] svg circle");
        var rows = page.QuerySelectorAll("[data-testid=score-history] tbody tr");
        Assert.Equal("12", circles[circles.Length - 1].GetAttribute("data-score"));
        Assert.Equal("Validation removed duplicates", rows[rows.Length - 1].QuerySelectorAll("td")[3].Text());
        var history = page.QuerySelector("[data-testid=history]")!.Text();
        Assert.Contains($"manager RiskScorePoint score {point.Number} created", history, StringComparison.Ordinal);
        Assert.Contains("CurrentLikelihood: 4 → 3", history, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rescore_OffTheMatrix_IsRefusedWithTheFieldsMessage()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Executive);

        using var response = await client.PostFormAsync("/risks/R-006?handler=Rescore", new Dictionary<string, string>
        {
            ["likelihood"] = "0",
            ["consequence"] = "4",
            [WebTestClient.AntiforgeryField] = await TokenAsync(client, "/risks/R-006"),
        });
        var page = await response.ReadHtmlAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Error: The likelihood must be a whole number from 1 to 5", page.QuerySelector("#likelihood-error")!.Text());
        Assert.Equal(2, (await RiskAsync("R-006")).History.Count);
    }

    [Fact]
    public async Task Owner_RecordsAReview_AndTheRiskIsNoLongerOverdue()
    {
        await factory.QueryAsync(async db =>
        {
            var risk = await db.Risks.SingleAsync(r => r.Code == "R-008", Ct);
            risk.ReviewDate = new DateOnly(2025, 1, 1);
            return await db.SaveChangesAsync(Ct);
        });
        using var client = await factory.CreateSignedInClientAsync(Roles.Manager);

        using var response = await client.PostFormAsync("/risks/R-008?handler=Review", new Dictionary<string, string>
        {
            ["nextReview"] = "2025-04-15",
            [WebTestClient.AntiforgeryField] = await TokenAsync(client, "/risks/R-008"),
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var risk = await RiskAsync("R-008");
        Assert.Equal((new DateOnly(2025, 4, 15), (DateOnly?)new DateOnly(2025, 1, 15)), (risk.ReviewDate, risk.LastReviewedOn));
        Assert.Null((await client.GetHtmlAsync("/risks/R-008")).QuerySelector("[data-testid=review-overdue]"));
    }

    [Fact]
    public async Task Executive_EditsDetails_AndAddsAndCompletesAnAction()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Executive);
        var edit = await client.GetHtmlAsync("/risks/R-011/edit");
        Assert.Equal("Section 75 agreement not refreshed in time", edit.QuerySelector("#title")!.GetAttribute("value"));
        Assert.Null(edit.QuerySelector("#current-likelihood"));

        using var saved = await client.PostFormAsync("/risks/R-011/edit", new List<KeyValuePair<string, string>>
        {
            new("Title", "Section 75 agreement lapses"), new("Description", "d"), new("Owner", "Chief Executive"), new("Category", "partnerships"),
            new("InitialLikelihood", "2"), new("InitialConsequence", "4"), new("TargetLikelihood", "1"), new("TargetConsequence", "4"), new("ReviewDate", "2025-03-31"),
            new("Boards", "AB"), new("Boards", "JCB"), new(WebTestClient.AntiforgeryField, edit.AntiforgeryToken("[data-testid=risk-form]")),
        });
        using var added = await client.PostFormAsync("/risks/R-011?handler=AddAction", new Dictionary<string, string>
        {
            ["description"] = "Draft the refreshed agreement",
            ["owner"] = "Chief Executive",
            ["due"] = "2025-02-28",
            [WebTestClient.AntiforgeryField] = await TokenAsync(client, "/risks/R-011"),
        });
        using var completed = await client.PostFormAsync("/risks/R-011?handler=ActionStatus", new Dictionary<string, string>
        {
            ["number"] = "1",
            ["status"] = "complete",
            [WebTestClient.AntiforgeryField] = await TokenAsync(client, "/risks/R-011"),
        });

        Assert.All([saved, added, completed], r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        var risk = await RiskAsync("R-011");
        Assert.Equal(("Section 75 agreement lapses", 8), (risk.Title, risk.Current.Score));
        Assert.Equal(["AB", "JCB"], risk.LinksOf(RiskLinkKind.Board));
        Assert.Empty(risk.LinksOf(RiskLinkKind.Deliverable));
        Assert.Equal(("Draft the refreshed agreement", RiskActionStatus.Complete), (risk.Actions.Single().Description, risk.Actions.Single().Status));
        var history = (await client.GetHtmlAsync("/risks/R-011")).QuerySelector("[data-testid=history]")!.Text();
        Assert.Contains("Title: Section 75 agreement not refreshed in time → Section 75 agreement lapses", history, StringComparison.Ordinal);
        Assert.Contains("RiskLink link deliverable D2425-CH-28 deleted", history, StringComparison.Ordinal);
        Assert.Contains("RiskAction action 1 changed", history, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_RaisesChangesAndRescores_WithProblemDetailsForBadInput()
    {
        using var executive = await factory.CreateSignedInClientAsync(Roles.Executive);
        using var manager = await factory.CreateSignedInClientAsync(Roles.Manager);
        var body = new
        {
            title = "Estates lease expiry",
            description = "Two clinic leases end in 2025.",
            owner = "Director of Finance",
            ownerUserName = "manager",
            category = "finance",
            initialLikelihood = 3,
            initialConsequence = 3,
            currentLikelihood = 3,
            currentConsequence = 4,
            targetLikelihood = 1,
            targetConsequence = 3,
            reviewDate = "2025-05-01",
            boards = new[] { "FPCG" },
            deliverables = new[] { "D2425-CH-32" },
        };

        using var created = await executive.PostAsJsonAsync("/api/risks", body, Ct);
        using var createdJson = JsonDocument.Parse(await created.Content.ReadAsStringAsync(Ct));
        var code = createdJson.RootElement.GetProperty("code").GetString()!;
        using var invalid = await executive.PostAsJsonAsync("/api/risks", body with { title = "", currentLikelihood = 7 }, Ct);
        using var invalidJson = JsonDocument.Parse(await invalid.Content.ReadAsStringAsync(Ct));
        using var changed = await executive.PutAsJsonAsync($"/api/risks/{code}", body with { title = "Estates leases expire" }, Ct);
        using var rescored = await manager.PostAsJsonAsync($"/api/risks/{code}/scores", new { likelihood = 2, consequence = 4, note = "One lease renewed" }, Ct);
        using var badScore = await manager.PostAsJsonAsync($"/api/risks/{code}/scores", new { likelihood = 2, consequence = 0 }, Ct);
        using var reviewed = await manager.PostAsJsonAsync($"/api/risks/{code}/reviews", new { nextReview = "2025-06-01" }, Ct);
        using var notFound = await executive.PutAsJsonAsync("/api/risks/R-999", body, Ct);
        using var detail = JsonDocument.Parse(await executive.GetStringAsync(new Uri($"/api/risks/{code}", UriKind.Relative), Ct));
        using var history = JsonDocument.Parse(await executive.GetStringAsync(new Uri($"/api/risks/{code}/history", UriKind.Relative), Ct));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal($"/api/risks/{code}", created.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal(["Enter a title"], invalidJson.RootElement.GetProperty("errors").GetProperty(RiskFields.Title).EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["The current likelihood must be a whole number from 1 to 5"], invalidJson.RootElement.GetProperty("errors").GetProperty(RiskFields.CurrentLikelihood).EnumerateArray().Select(e => e.GetString()));
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.BadRequest, HttpStatusCode.OK, HttpStatusCode.NotFound], new[] { changed.StatusCode, rescored.StatusCode, badScore.StatusCode, reviewed.StatusCode, notFound.StatusCode });
        var root = detail.RootElement;
        Assert.Equal(("Estates leases expire", 8, "high", "2025-06-01"), (root.GetProperty("title").GetString(), root.GetProperty("current").GetProperty("score").GetInt32(), root.GetProperty("current").GetProperty("band").GetString(), root.GetProperty("reviewDate").GetString()));
        Assert.Equal([12, 8], root.GetProperty("history").EnumerateArray().Select(p => p.GetProperty("score").GetProperty("score").GetInt32()));
        Assert.Contains(history.RootElement.EnumerateArray(), e => e.GetProperty("entity").GetString() == "RiskScorePoint" && e.GetProperty("actor").GetString() == "manager");
    }

    [Fact]
    public async Task BoardAdmin_SetsTheAppetite_OnTheBoardPage_OthersCannot()
    {
        using var admin = await factory.CreateSignedInClientAsync(Roles.Admin);
        using var executive = await factory.CreateSignedInClientAsync(Roles.Executive);
        var page = await admin.GetHtmlAsync("/boards/TPB");
        Assert.Contains("score of 12", page.QuerySelector("[data-testid=risk-appetite]")!.Text(), StringComparison.Ordinal);
        Assert.Null((await executive.GetHtmlAsync("/boards/TPB")).QuerySelector("[data-testid=appetite-form]"));

        using var invalid = await admin.PostFormAsync("/boards/TPB?handler=Appetite", new Dictionary<string, string> { ["appetite"] = "30", [WebTestClient.AntiforgeryField] = page.AntiforgeryToken("[data-testid=appetite-form]") });
        using var refused = await executive.PostFormAsync("/boards/TPB?handler=Appetite", new Dictionary<string, string> { ["appetite"] = "2", [WebTestClient.AntiforgeryField] = await TokenAsync(executive, "/boards/TPB") });
        using var saved = await admin.PostFormAsync("/boards/TPB?handler=Appetite", new Dictionary<string, string> { ["appetite"] = "6", [WebTestClient.AntiforgeryField] = page.AntiforgeryToken("[data-testid=appetite-form]") });

        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal("Error: The risk appetite must be a whole number from 1 to 25", (await invalid.ReadHtmlAsync()).QuerySelector("#appetite-error")!.Text());
        WebAssert.Forbidden(refused);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(6, await factory.QueryAsync(db => db.Boards.Where(b => b.Code == "TPB").Select(b => b.RiskAppetite).SingleAsync(Ct)));
        Assert.Contains(await factory.QueryAsync(db => db.AuditEntries.Where(e => e.Subject == "board:TPB").Select(e => e.Changes).ToListAsync(Ct)),
            c => c.Contains("\"RiskAppetite\":{\"before\":12,\"after\":6}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Pack_CarriesTheRisksAboveTheBoardsAppetite_AndNotTheOthers_InJsonAndHtml()
    {
        using var analyst = await factory.CreateSignedInClientAsync(Roles.Analyst);
        var meeting = await factory.QueryAsync(db => db.Meetings.AsNoTracking().SingleAsync(m => m.BoardCode == StandardBoards.HealthPerformance && m.Date.Year == 2024 && m.Date.Month == 12, Ct));
        var appetite = await factory.QueryAsync(db => db.Boards.Where(b => b.Code == StandardBoards.HealthPerformance).Select(b => b.RiskAppetite).SingleAsync(Ct));
        var linked = await factory.QueryAsync(db => db.Risks.AsNoTracking().Include(r => r.History).Include(r => r.Links)
            .Where(r => r.Links.Any(l => l.Kind == RiskLinkKind.Board && l.Target == StandardBoards.HealthPerformance)).ToListAsync(Ct));
        var expected = linked.Where(r => r.ScoreOn(meeting.Date) is { } s && s.Score > appetite)
            .OrderByDescending(r => r.ScoreOn(meeting.Date)!.Value.Score).ThenBy(r => r.Code, StringComparer.Ordinal).Select(r => r.Code).ToList();

        using var json = JsonDocument.Parse(await analyst.GetStringAsync(new Uri($"/meetings/{meeting.Id}/pack/draft.json", UriKind.Relative), Ct));
        var html = new HtmlParser().ParseDocument(await analyst.GetStringAsync(new Uri($"/meetings/{meeting.Id}/pack/draft.html", UriKind.Relative), Ct));

        Assert.Equal(8, appetite);
        Assert.Contains("R-002", expected);
        Assert.Contains(linked, r => r.Code == "R-010" && r.ScoreOn(meeting.Date)!.Value.Score == 8);
        Assert.DoesNotContain("R-010", expected);
        Assert.Equal(expected, json.RootElement.GetProperty("risks").GetProperty("aboveAppetite").EnumerateArray().Select(r => r.GetProperty("code").GetString()));
        Assert.Equal(expected, html.QuerySelectorAll("#risks-above-appetite tbody tr").Select(r => r.GetAttribute("data-risk")));
        Assert.Equal(expected, html.QuerySelectorAll("#cover a[data-risk]").Select(a => a.GetAttribute("data-risk")));
        Assert.DoesNotContain("R-003", html.QuerySelector("#risks")!.TextContent, StringComparison.Ordinal);
    }
}
