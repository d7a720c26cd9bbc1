using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LocalCare.Core.Access;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Web.Tests.Features.Plans;

/// <summary>Executives and admins add a workplan (page and API); a workplan has no year, and the page says renaming one renames it in every year.</summary>
public sealed class WorkplanTests(LocalCareWebFactory factory) : IClassFixture<LocalCareWebFactory>
{
    [Fact]
    public async Task ThePlanPage_SaysUnderEachWorkplanThatRenamingItRenamesItInEveryYear()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Executive);

        var page = await client.GetHtmlAsync("/plan?year=2025");

        var hints = page.QuerySelectorAll("[data-testid=workplan-hint]").Select(h => h.Text()).Distinct().ToList();
        Assert.Equal(["Workplans are shared by every plan year: renaming one renames it in 2024/25 and 2025/26."], hints);
        Assert.Equal("workplan-CH-hint", page.QuerySelector("#workplan-CH")!.GetAttribute("aria-describedby"));
    }

    [Fact]
    public async Task AnExecutive_AddsAWorkplan_WhichEveryYearHas_AndThePlanHistoryShowsIt()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Executive);
        var page = await client.GetHtmlAsync("/plan?year=2024");

        using var added = await client.PostFormAsync("/plan?handler=AddWorkplan&year=2024", new Dictionary<string, string>
        {
            ["code"] = " MH ",
            ["name"] = "Mental health",
            [WebTestClient.AntiforgeryField] = page.AntiforgeryToken("[data-testid=add-workplan-form]"),
        });

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal("/plan?year=2024#workplans", added.Headers.Location!.OriginalString);
        var workplan = await factory.QueryAsync(db => db.Workplans.SingleAsync(w => w.Code == "MH", TestContext.Current.CancellationToken));
        Assert.Equal("Mental health", workplan.Name);
        Assert.True(workplan.Order > 3, "a new workplan goes last");
        foreach (var year in new[] { "2024", "2025" })
        {
            var plan = await client.GetHtmlAsync("/plan?year=" + year);
            var listed = plan.QuerySelectorAll("[data-testid=workplans] li").Select(li => li.GetAttribute("data-workplan")).ToList();
            Assert.Equal(["CH", "ASC", "JOINT"], listed.Take(3));
            Assert.Contains("MH", listed);
            Assert.Contains(plan.QuerySelectorAll("[data-testid=history] tbody tr"), r => r.Text().Contains("executive", StringComparison.Ordinal) && r.Text().Contains("Workplan MH created", StringComparison.Ordinal));
        }

        var form = await client.GetHtmlAsync("/deliverables/new?year=2024");
        Assert.NotNull(form.QuerySelector("option[value=MH], input[value=MH]"));
    }

    [Fact]
    public async Task AddingAWorkplan_WithProblems_Shows400WithTheErrorsAndStoresNothing()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Admin);
        var page = await client.GetHtmlAsync("/plan?year=2024");

        using var response = await client.PostFormAsync("/plan?handler=AddWorkplan&year=2024", new Dictionary<string, string>
        {
            ["code"] = "CH",
            ["name"] = "",
            [WebTestClient.AntiforgeryField] = page.AntiforgeryToken("[data-testid=add-workplan-form]"),
        });
        var html = await response.ReadHtmlAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(
            [("#workplan-code", "There is already a workplan CH"), ("#workplan-name", "Enter the workplan's name")],
            html.QuerySelectorAll(".nhsuk-error-summary a").Select(a => (a.GetAttribute("href")!, a.Text())));
        Assert.True(html.QuerySelector("#add-workplan")!.HasAttribute("open"));
        Assert.Equal("CH", html.QuerySelector("#workplan-code")!.GetAttribute("value"));
        Assert.Equal("Community health", await factory.QueryAsync(db => db.Workplans.Where(w => w.Code == "CH").Select(w => w.Name).SingleAsync(TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task PostWorkplans_AsAdmin_Returns201_OrTheProblemsByField()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Admin);

        using var created = await client.PostAsJsonAsync("/api/workplans", new { code = "CYP", name = "Children and young people" }, TestContext.Current.CancellationToken);
        using var invalid = await client.PostAsJsonAsync("/api/workplans", new { code = "cyp", name = new string('n', 201) }, TestContext.Current.CancellationToken);
        using var problem = JsonDocument.Parse(await invalid.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("CYP", (await created.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("code").GetString());
        Assert.True(await factory.QueryAsync(db => db.Workplans.AnyAsync(w => w.Code == "CYP", TestContext.Current.CancellationToken)));
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var errors = problem.RootElement.GetProperty("errors");
        Assert.Equal(["code", "name"], errors.EnumerateObject().Select(e => e.Name));
        Assert.Equal("The name must be 200 characters or fewer", errors.GetProperty("name")[0].GetString());
    }

    [Theory]
    [InlineData(Roles.Manager)]
    [InlineData(Roles.Analyst)]
    [InlineData(Roles.Commissioner)]
    [InlineData(Roles.Viewer)]
    public async Task AddingAWorkplan_AsARoleThatMayNotEditThePlan_IsRefused(string role)
    {
        using var client = await factory.CreateSignedInClientAsync(role);
        var page = await client.GetHtmlAsync("/plan?year=2024");

        using var post = await client.PostFormAsync("/plan?handler=AddWorkplan&year=2024", new Dictionary<string, string>
        {
            ["code"] = "NO",
            ["name"] = "Not allowed",
            [WebTestClient.AntiforgeryField] = page.AntiforgeryToken("header form"),
        });
        using var api = await client.PostAsJsonAsync("/api/workplans", new { code = "NO", name = "Not allowed" }, TestContext.Current.CancellationToken);

        Assert.Null(page.QuerySelector("[data-testid=add-workplan-form]"));
        WebAssert.Forbidden(post);
        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
        Assert.False(await factory.QueryAsync(db => db.Workplans.AnyAsync(w => w.Code == "NO", TestContext.Current.CancellationToken)));
    }
}
