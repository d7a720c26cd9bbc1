using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LocalCare.Core.Access;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Web.Tests.Features.Alignment;

/// <summary>
/// Executives and admins add and rename partner priorities on the alignment page and through the API; they have no plan year,
/// so every year's matrix and deliverable form pick the change up, and the change is in the audit trail. Its own factory: these
/// tests add columns the other alignment tests count.
/// </summary>
public sealed class PartnerPriorityEditingTests(LocalCareWebFactory factory) : IClassFixture<LocalCareWebFactory>
{
    [Fact]
    public async Task AnExecutive_AddsAnAcuteTrustPriority_WhichEveryYearsMatrixAndTheDeliverableFormHave()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Executive);
        var page = await client.GetHtmlAsync("/plan/alignment?year=2024");

        using var added = await client.PostFormAsync("/plan/alignment?handler=AddPartnerPriority&year=2024", new Dictionary<string, string>
        {
            ["partner"] = "acute_trust",
            ["title"] = " Digital hospital ",
            [WebTestClient.AntiforgeryField] = page.AntiforgeryToken("[data-testid=add-partner-priority-form]"),
        });

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal("/plan/alignment?year=2024#partner-priorities", added.Headers.Location!.OriginalString);
        var stored = await factory.QueryAsync(db => db.PartnerPriorities.SingleAsync(p => p.Code == "ACUTE-P6", TestContext.Current.CancellationToken));
        Assert.Equal((6, "Digital hospital"), (stored.Number, stored.Title));
        var after = await client.GetHtmlAsync("/plan/alignment?year=2024");
        Assert.Equal("Partner priority ACUTE-P6 added", after.QuerySelector("[data-testid=saved] .nhsuk-notification-banner__heading")!.Text());
        Assert.Contains(after.QuerySelectorAll("[data-testid=history] tbody tr"), r => r.Text().Contains("executive", StringComparison.Ordinal) && r.Text().Contains("ACUTE-P6 created", StringComparison.Ordinal));
        foreach (var year in new[] { "2024", "2025" })
        {
            var matrix = await client.GetHtmlAsync("/plan/alignment?year=" + year);
            var columns = matrix.QuerySelectorAll("[data-testid=alignment] thead th[data-partner-priority]").Select(h => h.GetAttribute("data-partner-priority")).ToList();
            Assert.Equal("ACUTE-P6", columns[5]);
            Assert.Equal("COUNCIL-P1", columns[6]);
            Assert.Equal("Acute trust P6 Digital hospital", matrix.QuerySelector("thead th[data-partner-priority=ACUTE-P6]")!.Text());
            var form = await client.GetHtmlAsync("/deliverables/new?year=" + year);
            Assert.NotNull(form.QuerySelector("input[value=ACUTE-P6], option[value=ACUTE-P6]"));
        }
    }

    [Fact]
    public async Task AnAdmin_RenamesACouncilPriority_InEveryYear_AndTheHistoryShowsBeforeAndAfter()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Admin);
        var page = await client.GetHtmlAsync("/plan/alignment?year=2025");

        using var renamed = await client.PostFormAsync("/plan/alignment?handler=PartnerPriority&year=2025", new Dictionary<string, string>
        {
            ["code"] = "COUNCIL-P6",
            ["title"] = "Thriving neighbourhoods",
            [WebTestClient.AntiforgeryField] = page.AntiforgeryToken("[data-partner-priority=COUNCIL-P6] form"),
        });

        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        Assert.Equal("/plan/alignment?year=2025#partner-priorities", renamed.Headers.Location!.OriginalString);
        foreach (var year in new[] { "2024", "2025" })
        {
            var matrix = await client.GetHtmlAsync("/plan/alignment?year=" + year);
            Assert.Equal("Council P6 Thriving neighbourhoods", matrix.QuerySelector("thead th[data-partner-priority=COUNCIL-P6]")!.Text());
        }

        var history = (await client.GetHtmlAsync("/plan/alignment?year=2024")).QuerySelectorAll("[data-testid=history] tbody tr").First(r => r.Text().Contains("COUNCIL-P6 changed", StringComparison.Ordinal));
        Assert.Contains("admin", history.Text(), StringComparison.Ordinal);
        Assert.Contains("Title: Inclusive communities, thriving neighbourhoods → Thriving neighbourhoods", history.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddingAndRenaming_WithProblems_Show400WithTheErrorsAndStoreNothing()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Executive);
        var page = await client.GetHtmlAsync("/plan/alignment?year=2024");
        var before = await factory.QueryAsync(db => db.PartnerPriorities.CountAsync(TestContext.Current.CancellationToken));

        using var add = await client.PostFormAsync("/plan/alignment?handler=AddPartnerPriority&year=2024", new Dictionary<string, string>
        {
            ["partner"] = "icb",
            ["title"] = "  ",
            [WebTestClient.AntiforgeryField] = page.AntiforgeryToken("[data-testid=add-partner-priority-form]"),
        });
        var addHtml = await add.ReadHtmlAsync();
        using var rename = await client.PostFormAsync("/plan/alignment?handler=PartnerPriority&year=2024", new Dictionary<string, string>
        {
            ["code"] = "ACUTE-P2",
            ["title"] = new string('t', 301),
            [WebTestClient.AntiforgeryField] = page.AntiforgeryToken("[data-partner-priority=ACUTE-P2] form"),
        });
        var renameHtml = await rename.ReadHtmlAsync();

        Assert.Equal(HttpStatusCode.BadRequest, add.StatusCode);
        Assert.StartsWith("Error: ", addHtml.Title, StringComparison.Ordinal);
        Assert.Equal(
            [("#partner-priority-partner", "Select whose priority it is"), ("#partner-priority-title", "Enter the priority's title")],
            addHtml.QuerySelectorAll(".nhsuk-error-summary a").Select(a => (a.GetAttribute("href")!, a.Text())));
        Assert.True(addHtml.QuerySelector("#add-partner-priority")!.HasAttribute("open"));
        Assert.NotNull(addHtml.QuerySelector("#partner-priority-partner"));
        Assert.Equal(HttpStatusCode.BadRequest, rename.StatusCode);
        Assert.Equal(
            [("#partner-priority-ACUTE-P2", "The title must be 300 characters or fewer")],
            renameHtml.QuerySelectorAll(".nhsuk-error-summary a").Select(a => (a.GetAttribute("href")!, a.Text())));
        Assert.Equal(new string('t', 301), renameHtml.QuerySelector("#partner-priority-ACUTE-P2")!.GetAttribute("value"));
        Assert.Equal(before, await factory.QueryAsync(db => db.PartnerPriorities.CountAsync(TestContext.Current.CancellationToken)));
        Assert.Equal("Urgent and emergency care flow", await factory.QueryAsync(db => db.PartnerPriorities.Where(p => p.Code == "ACUTE-P2").Select(p => p.Title).SingleAsync(TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task TheApi_AddsAndRenamesPartnerPriorities_OrAnswersTheProblemsByField()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Admin);

        using var created = await client.PostAsJsonAsync("/api/partner-priorities", new { partner = "council", title = "Housing" }, TestContext.Current.CancellationToken);
        var code = (await created.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("code").GetString();
        using var invalid = await client.PostAsJsonAsync("/api/partner-priorities", new { partner = "Council", title = "" }, TestContext.Current.CancellationToken);
        using var problem = JsonDocument.Parse(await invalid.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        using var renamed = await client.PutAsJsonAsync("/api/partner-priorities/" + code, new { title = "Housing and homelessness" }, TestContext.Current.CancellationToken);
        using var blank = await client.PutAsJsonAsync("/api/partner-priorities/ACUTE-P1", new { title = "" }, TestContext.Current.CancellationToken);
        using var blankProblem = JsonDocument.Parse(await blank.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        using var unknown = await client.PutAsJsonAsync("/api/partner-priorities/ACUTE-P99", new { title = "Nothing" }, TestContext.Current.CancellationToken);
        var matrix = await client.GetFromJsonAsync<JsonElement>("/api/plan/alignment?year=2025/26", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Matches("^COUNCIL-P[89]$", code);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var errors = problem.RootElement.GetProperty("errors");
        Assert.Equal(["partner", "title"], errors.EnumerateObject().Select(e => e.Name));
        Assert.Equal("Select whose priority it is", errors.GetProperty("partner")[0].GetString());
        Assert.Equal(HttpStatusCode.NoContent, renamed.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, blank.StatusCode);
        Assert.Equal("Enter the priority's title", blankProblem.RootElement.GetProperty("errors").GetProperty("title")[0].GetString());
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        var column = matrix.GetProperty("partnerPriorities").EnumerateArray().Single(p => p.GetProperty("code").GetString() == code);
        Assert.Equal(("council", "Housing and homelessness"), (column.GetProperty("partner").GetString(), column.GetProperty("title").GetString()));
        var audit = await factory.QueryAsync(db => db.AuditEntries.Where(e => e.Subject == "partner-priority:" + code).Select(e => e.Actor).ToListAsync(TestContext.Current.CancellationToken));
        Assert.Equal(["admin", "admin"], audit);
    }

    [Theory]
    [InlineData(Roles.Manager)]
    [InlineData(Roles.Analyst)]
    [InlineData(Roles.Commissioner)]
    [InlineData(Roles.Viewer)]
    public async Task EditingPartnerPriorities_AsARoleThatMayNotEditThePlan_IsRefused(string role)
    {
        using var client = await factory.CreateSignedInClientAsync(role);
        var page = await client.GetHtmlAsync("/plan/alignment?year=2024");

        using var add = await client.PostFormAsync("/plan/alignment?handler=AddPartnerPriority&year=2024", new Dictionary<string, string>
        {
            ["partner"] = "council",
            ["title"] = "Not allowed",
            [WebTestClient.AntiforgeryField] = page.AntiforgeryToken("header form"),
        });
        using var rename = await client.PostFormAsync("/plan/alignment?handler=PartnerPriority&year=2024", new Dictionary<string, string>
        {
            ["code"] = "COUNCIL-P1",
            ["title"] = "Not allowed",
            [WebTestClient.AntiforgeryField] = page.AntiforgeryToken("header form"),
        });
        using var apiAdd = await client.PostAsJsonAsync("/api/partner-priorities", new { partner = "council", title = "Not allowed" }, TestContext.Current.CancellationToken);
        using var apiRename = await client.PutAsJsonAsync("/api/partner-priorities/COUNCIL-P1", new { title = "Not allowed" }, TestContext.Current.CancellationToken);

        Assert.Null(page.QuerySelector("[data-testid=add-partner-priority-form]"));
        Assert.Null(page.QuerySelector("[data-testid=partner-priorities]"));
        WebAssert.Forbidden(add);
        WebAssert.Forbidden(rename);
        Assert.Equal(HttpStatusCode.Forbidden, apiAdd.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, apiRename.StatusCode);
        Assert.False(await factory.QueryAsync(db => db.PartnerPriorities.AnyAsync(p => p.Title == "Not allowed", TestContext.Current.CancellationToken)));
    }
}
