using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LocalCare.Core.Access;
using LocalCare.Core.Portfolio;
using LocalCare.Web.Tests.Features.Performance;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Web.Tests.Features.Portfolio;

/// <summary>Executives and admins add a programme (page and API) and change its name, scope, theme and LCOs; the history shows who did it.</summary>
public sealed class ProgrammeCreateTests(LocalCareWebFactory factory) : IClassFixture<LocalCareWebFactory>
{
    [Fact]
    public async Task AnExecutive_AddsAProgramme_FromThePortfolioPage_AndItIsListedLastInItsScope()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Executive);
        var portfolio = await client.GetHtmlAsync("/portfolio?year=2024");
        Assert.Equal("/portfolio/new?year=2024", portfolio.QuerySelector("[data-testid=add-programme]")!.GetAttribute("href"));

        using var response = await client.PostFormAsync("/portfolio/new?year=2024", "[data-testid=new-programme-form]", new Dictionary<string, string>
        {
            ["ShortCode"] = "CARE",
            ["Name"] = " Carers Programme ",
            ["Scope"] = "in_sight",
            ["Theme"] = "Transforming System Working",
            ["Partners"] = "M & T",
            ["Lead"] = "Director of Adult Social Services",
            ["Status"] = "at_risk",
            ["Commentary"] = "No carers' lead yet.",
            ["Summary"] = "Support for unpaid carers.",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/portfolio/TP2425-CARE", response.Headers.Location!.OriginalString);
        var page = await client.GetHtmlAsync("/portfolio/TP2425-CARE");
        Assert.Equal("Programme TP2425-CARE added", page.QuerySelector("[data-testid=saved] .nhsuk-notification-banner__heading")!.Text());
        Assert.Equal("TP2425-CARE – Carers Programme", page.QuerySelector("h1")!.Text());
        Assert.Contains("In sight, 2024/25", page.QuerySelector("[data-testid=programme-summary]")!.Text(), StringComparison.Ordinal);
        var history = page.QuerySelectorAll("[data-testid=history] tbody tr").Select(r => r.QuerySelectorAll("td").Take(3).Select(c => c.Text()).ToList()).ToList();
        Assert.Equal(["15 Jan 2025 09:00", "executive", "Programme TP2425-CARE created"], Assert.Single(history));
        var listed = (await client.GetHtmlAsync("/portfolio?year=2024")).QuerySelectorAll("section[data-scope=in_sight] tr[data-programme]").Select(r => r.GetAttribute("data-programme")).ToList();
        Assert.Equal("TP2425-CARE", listed[^1]);
    }

    [Fact]
    public async Task AddingAProgramme_WithProblems_Shows400WithTheErrorSummaryInTheFormsOrder_AndStoresNothing()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Admin);
        var before = await factory.QueryAsync(db => db.Programmes.CountAsync(TestContext.Current.CancellationToken));

        using var response = await client.PostFormAsync("/portfolio/new?year=2024", "[data-testid=new-programme-form]", new Dictionary<string, string>
        {
            ["ShortCode"] = "DIG",
            ["Name"] = "Digital again",
            ["Theme"] = "",
            ["Lead"] = "Director of Strategy",
            ["Status"] = "off_track",
        });
        using var taken = await client.PostFormAsync("/portfolio/new?year=2024", "[data-testid=new-programme-form]", new Dictionary<string, string>
        {
            ["ShortCode"] = "DIG",
            ["Name"] = "Digital again",
            ["Scope"] = "in_scope",
            ["Theme"] = "Digital",
            ["Lead"] = "Director of Strategy",
            ["Status"] = "on_track",
        });
        var page = await response.ReadHtmlAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Error: Add a programme – 2024/25 – LocalCare", page.Title);
        Assert.Equal(
            [
                ("#programme-scope", "Select whether the programme is in scope or in sight"),
                ("#programme-theme", "Enter the programme's theme"),
                ("#programme-commentary", "Enter commentary explaining why the programme is off track"),
            ],
            page.QuerySelectorAll(".nhsuk-error-summary a").Select(a => (a.GetAttribute("href")!, a.Text())));
        Assert.NotNull(page.QuerySelector("input#programme-scope[type=radio]"));
        Assert.Equal("Digital again", page.QuerySelector("#programme-name")!.GetAttribute("value"));
        Assert.Equal(["2024/25 already has a programme TP2425-DIG"], (await taken.ReadHtmlAsync()).QuerySelectorAll(".nhsuk-error-summary a").Select(a => a.Text()));
        Assert.Equal(before, await factory.QueryAsync(db => db.Programmes.CountAsync(TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task AnExecutive_ChangesAProgrammesNameScopeThemeAndLcos_OnItsPage()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Executive);
        var form = (await client.GetHtmlAsync("/portfolio/TP2425-NMS")).QuerySelector("[data-testid=programme-form]")!;
        Assert.Equal(("North Manchester Strategy", "Transforming System Working", "M"), (form.QuerySelector("#programme-name")!.GetAttribute("value"), form.QuerySelector("#programme-theme")!.GetAttribute("value"), form.QuerySelector("#programme-partners")!.GetAttribute("value")));
        Assert.NotNull(form.QuerySelector("input[name=Scope][value=in_sight][checked]"));

        using var changed = await client.PostFormAsync("/portfolio/TP2425-NMS", "[data-testid=programme-form]", new Dictionary<string, string>
        {
            ["Status"] = "on_track",
            ["Lead"] = "Director of Strategy",
            ["Name"] = "North Manchester Strategy and Redevelopment",
            ["Scope"] = "in_scope",
            ["Theme"] = "Transforming Community Health Services",
            ["Partners"] = "",
        });
        using var empty = await client.PostFormAsync("/portfolio/TP2425-NMS", "[data-testid=programme-form]", new Dictionary<string, string>
        {
            ["Status"] = "on_track",
            ["Lead"] = "Director of Strategy",
            ["Name"] = "",
            ["Scope"] = "in_scope",
            ["Theme"] = "Transforming Community Health Services",
        });

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        var saved = await PortfolioExpected.ProgrammeAsync(factory, "TP2425-NMS");
        Assert.Equal(("North Manchester Strategy and Redevelopment", ProgrammeScope.InScope, "Transforming Community Health Services", ""), (saved.Name, saved.Scope, saved.Theme, saved.Partners));
        var latest = (await client.GetHtmlAsync("/portfolio/TP2425-NMS")).QuerySelector("[data-testid=history] tbody tr")!.Text();
        Assert.Contains("Scope: InSight → InScope", latest, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        var page = await empty.ReadHtmlAsync();
        Assert.Equal([("#programme-name", "Enter the programme name")], page.QuerySelectorAll(".nhsuk-error-summary a").Select(a => (a.GetAttribute("href")!, a.Text())));
        Assert.True(page.QuerySelector("#programme-form")!.HasAttribute("open"));
        Assert.Equal("North Manchester Strategy and Redevelopment", (await PortfolioExpected.ProgrammeAsync(factory, "TP2425-NMS")).Name);
    }

    [Theory]
    [InlineData(Roles.Manager)]
    [InlineData(Roles.Analyst)]
    [InlineData(Roles.Commissioner)]
    [InlineData(Roles.Viewer)]
    public async Task AddingAProgramme_AsARoleThatMayNotEdit_IsRefused_AndThePortfolioOffersNoLink(string role)
    {
        using var client = await factory.CreateSignedInClientAsync(role);
        var portfolio = await client.GetHtmlAsync("/portfolio?year=2024");

        using var page = await client.GetResponseAsync("/portfolio/new?year=2024");
        using var post = await client.PostFormAsync("/portfolio/new?year=2024", new Dictionary<string, string>
        {
            ["ShortCode"] = "NO",
            ["Name"] = "Not allowed",
            ["Scope"] = "in_scope",
            ["Theme"] = "Theme",
            ["Lead"] = role,
            ["Status"] = "on_track",
            [WebTestClient.AntiforgeryField] = portfolio.AntiforgeryToken("header form"),
        });
        using var api = await client.PostAsJsonAsync("/api/portfolio", new { year = "2024/25", shortCode = "NO", name = "Not allowed", scope = "in_scope", theme = "Theme", lead = role, status = "on_track" }, TestContext.Current.CancellationToken);

        Assert.Null(portfolio.QuerySelector("[data-testid=add-programme]"));
        WebAssert.Forbidden(page);
        WebAssert.Forbidden(post);
        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
        Assert.False(await factory.QueryAsync(db => db.Programmes.AnyAsync(p => p.Code == "TP2425-NO", TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task PostPortfolio_AsAdmin_Returns201WithTheProgramme_OrTheProblemsByField()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Admin);

        using var created = await client.PostAsJsonAsync("/api/portfolio", new
        {
            year = "2024/25",
            shortCode = "WF",
            name = "Workforce Programme",
            scope = "in_scope",
            theme = "Transforming the Workforce",
            partners = "M",
            lead = "Director of HR and OD",
            status = "not_started",
        }, TestContext.Current.CancellationToken);
        using var createdJson = await JsonAsync(created);
        using var invalid = await client.PostAsJsonAsync("/api/portfolio", new { year = "2024/25", shortCode = "wf", scope = "nowhere", status = "done" }, TestContext.Current.CancellationToken);
        using var problem = await JsonAsync(invalid);
        using var noYear = await client.PostAsJsonAsync("/api/portfolio", new { year = "2031", shortCode = "WF" }, TestContext.Current.CancellationToken);
        using var noYearJson = await JsonAsync(noYear);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("/api/portfolio/TP2425-WF", created.Headers.Location!.OriginalString);
        Assert.Equal(("TP2425-WF", "in_scope", "Transforming the Workforce", "not_started"), (Text(createdJson, "code"), Text(createdJson, "scope"), Text(createdJson, "theme"), Text(createdJson, "status")));
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var errors = problem.RootElement.GetProperty("errors");
        Assert.Equal(["short-code", "name", "scope", "theme", "lead", "status"], errors.EnumerateObject().Select(e => e.Name));
        Assert.Equal("Scope must be one of in_scope, in_sight", errors.GetProperty("scope")[0].GetString());
        Assert.Equal("There is no plan for 2031/32: start it before adding programmes", noYearJson.RootElement.GetProperty("errors").GetProperty("year")[0].GetString());
    }

    [Fact]
    public async Task PutProgramme_ChangesTheNameAndScope_WhenGiven_AndKeepsThemWhenLeftOut()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Executive);

        using var renamed = await client.PutAsJsonAsync("/api/portfolio/TP2425-PHM", new { status = "on_track", lead = "Director of Strategy", name = "Population Health Management", scope = "in_sight", theme = "Transforming System Working", partners = "M" }, TestContext.Current.CancellationToken);
        using var statusOnly = await client.PutAsJsonAsync("/api/portfolio/TP2425-PHM", new { status = "at_risk", commentary = "BI capacity.", lead = "Director of Strategy" }, TestContext.Current.CancellationToken);
        using var json = await JsonAsync(statusOnly);
        using var blank = await client.PutAsJsonAsync("/api/portfolio/TP2425-PHM", new { status = "on_track", lead = "Director of Strategy", theme = " " }, TestContext.Current.CancellationToken);
        using var blankJson = await JsonAsync(blank);

        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        Assert.Equal(("Population Health Management", "in_sight", "Transforming System Working", "M", "at_risk"), (Text(json, "name"), Text(json, "scope"), Text(json, "theme"), Text(json, "partners"), Text(json, "status")));
        Assert.Equal(HttpStatusCode.BadRequest, blank.StatusCode);
        Assert.Equal("Enter the programme's theme", blankJson.RootElement.GetProperty("errors").GetProperty("theme")[0].GetString());
    }

    [Fact]
    public async Task GetProgrammeHistory_AsAViewer_ListsWhoChangedItNewestFirst_Or404()
    {
        using var executive = await factory.CreateSignedInClientAsync(Roles.Executive);
        using var viewer = await factory.CreateSignedInClientAsync(Roles.Viewer);
        using var changed = await executive.PutAsJsonAsync("/api/portfolio/TP2425-LTC", new { status = "at_risk", commentary = "Pathway leads not appointed.", lead = "Medical Director" }, TestContext.Current.CancellationToken);

        using var response = await viewer.GetResponseAsync("/api/portfolio/TP2425-LTC/history");
        using var json = await JsonAsync(response);
        using var missing = await viewer.GetResponseAsync("/api/portfolio/TP0000-NONE/history");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var entries = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(("executive", "Programme", "TP2425-LTC", "changed"), (Text(entries[0], "actor"), Text(entries[0], "entity"), Text(entries[0], "key"), Text(entries[0], "action")));
        Assert.Contains(entries[0].GetProperty("changes").EnumerateArray(), c => c.GetProperty("field").GetString() == "Status" && c.GetProperty("after").GetString() == "AtRisk");
        Assert.Equal("created", Text(entries[^1], "action"));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    private static string? Text(JsonDocument json, string property) => json.RootElement.GetProperty(property).GetString();

    private static string? Text(JsonElement element, string property) => element.GetProperty(property).GetString();

    private static async Task<JsonDocument> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
}
