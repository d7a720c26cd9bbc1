using System.Net;
using LocalCare.Core.Access;
using LocalCare.Core.Plans;
using LocalCare.Data.Demo;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Web.Tests.Features.Plans;

/// <summary>The operating plan page: everyone reads it; executives and administrators edit its vision, priorities and workplans.</summary>
public sealed class PlanPageTests(LocalCareWebFactory factory) : IClassFixture<LocalCareWebFactory>
{
    [Fact]
    public async Task AViewer_ReadsThePlan_WithoutAnyForm()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Viewer);

        var page = await client.GetHtmlAsync("/plan");
        // Another test of the class edits the vision and adds a priority: the page shows what is stored.
        var vision = await factory.QueryAsync(db => db.VisionStatements.Where(v => v.PlanYear == DemoPlan.Year).OrderBy(v => v.Order).Select(v => v.Text).ToListAsync(TestContext.Current.CancellationToken));
        var priorities = await factory.QueryAsync(db => db.Priorities.Where(p => p.PlanYear == DemoPlan.Year).OrderBy(p => p.Order).Select(p => p.Code).ToListAsync(TestContext.Current.CancellationToken));

        Assert.Equal("Operating plan 2024/25", page.QuerySelector("h1")!.Text());
        Assert.Equal(vision, page.QuerySelectorAll("[data-testid=vision] li").Select(li => li.Text()));
        Assert.Equal(DemoPlan.Priorities().Select(p => p.Code), priorities.Take(DemoPlan.Priorities().Count));
        Assert.Equal(priorities, page.QuerySelectorAll("[data-testid=priorities] tbody tr").Select(r => r.GetAttribute("data-priority")));
        Assert.Equal(DemoPlan.Kloes().Select(k => k.Code), page.QuerySelectorAll("[data-testid=kloes] tbody tr").Select(r => r.GetAttribute("data-kloe")));
        Assert.Empty(page.QuerySelectorAll("main form"));
    }

    [Fact]
    public async Task AnExecutive_EditsTheVision_AWorkplanAndAPriority()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Executive);
        var page = await client.GetHtmlAsync("/plan?year=2024");
        var token = page.AntiforgeryToken("[data-testid=vision-form]");

        using var vision = await client.PostFormAsync("/plan?handler=Vision&year=2024", new Dictionary<string, string> { ["vision"] = "Healthy lives\n\n  Care closer to home  \n", [WebTestClient.AntiforgeryField] = token });
        using var workplan = await client.PostFormAsync("/plan?handler=Workplan&year=2024", new Dictionary<string, string> { ["code"] = "JOINT", ["name"] = "Joint health and care", [WebTestClient.AntiforgeryField] = token });
        var priorityForm = await client.GetHtmlAsync("/plan/priorities/P2425-SAFE");
        using var priority = await client.PostFormAsync("/plan/priorities/P2425-SAFE?year=2024", new Dictionary<string, string>
        {
            ["Name"] = "Safe and effective services",
            ["Summary"] = "Every service meets its standards.",
            ["Order"] = "2",
            [WebTestClient.AntiforgeryField] = priorityForm.AntiforgeryToken("[data-testid=priority-form]"),
        });
        var addForm = await client.GetHtmlAsync("/plan/priorities/new?year=2024");
        using var added = await client.PostFormAsync("/plan/priorities/new?year=2024", new Dictionary<string, string>
        {
            ["ShortCode"] = "CARERS",
            ["Name"] = "Carers",
            ["Summary"] = "Recognise unpaid carers.",
            [WebTestClient.AntiforgeryField] = addForm.AntiforgeryToken("[data-testid=priority-form]"),
        });

        Assert.All([vision, workplan, priority, added], r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        var after = await client.GetHtmlAsync("/plan?year=2024");
        Assert.Equal(["Healthy lives", "Care closer to home"], after.QuerySelectorAll("[data-testid=vision] li").Select(li => li.Text()));
        Assert.Equal("Joint health and care", await factory.QueryAsync(db => db.Workplans.Where(w => w.Code == "JOINT").Select(w => w.Name).SingleAsync(TestContext.Current.CancellationToken)));
        var carers = await factory.QueryAsync(db => db.Priorities.SingleAsync(p => p.Code == "P2425-CARERS", TestContext.Current.CancellationToken));
        Assert.Equal((7, "Carers"), (carers.Order, carers.Name));
        Assert.Contains(after.QuerySelectorAll("[data-testid=history] tbody tr"), r => r.Text().Contains("VisionStatement vision 1 changed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Problems_AreShownInTheServiceManualsWords()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Admin);
        var page = await client.GetHtmlAsync("/plan?year=2024");
        var addForm = await client.GetHtmlAsync("/plan/priorities/new?year=2024");
        // The class shares one database and another test edits the vision: what matters is that a refused edit changes nothing.
        var before = await factory.QueryAsync(db => db.VisionStatements.CountAsync(v => v.PlanYear == new PlanYear(2024), TestContext.Current.CancellationToken));

        using var vision = await client.PostFormAsync("/plan?handler=Vision&year=2024", new Dictionary<string, string> { ["vision"] = " \n ", [WebTestClient.AntiforgeryField] = page.AntiforgeryToken("[data-testid=vision-form]") });
        using var added = await client.PostFormAsync("/plan/priorities/new?year=2024", new Dictionary<string, string>
        {
            ["ShortCode"] = "safe",
            ["Name"] = "",
            ["Summary"] = "",
            [WebTestClient.AntiforgeryField] = addForm.AntiforgeryToken("[data-testid=priority-form]"),
        });

        Assert.Equal(HttpStatusCode.BadRequest, vision.StatusCode);
        Assert.Equal(["Enter at least one vision statement"], (await vision.ReadHtmlAsync()).QuerySelectorAll(".nhsuk-error-summary__list a").Select(a => a.Text()));
        Assert.Equal(
            ["Enter a short code of 2 to 12 capital letters, digits or hyphens, starting with a letter, such as SAFE", "Enter the priority's name", "Enter a summary of the priority"],
            (await added.ReadHtmlAsync()).QuerySelectorAll(".nhsuk-error-summary__list a").Select(a => a.Text()));
        Assert.Equal(before, await factory.QueryAsync(db => db.VisionStatements.CountAsync(v => v.PlanYear == new PlanYear(2024), TestContext.Current.CancellationToken)));
    }

    [Theory]
    [InlineData(Roles.Manager)]
    [InlineData(Roles.Analyst)]
    [InlineData(Roles.Commissioner)]
    [InlineData(Roles.Viewer)]
    public async Task OnlyExecutivesAndAdministrators_EditThePlan(string role)
    {
        using var client = await factory.CreateSignedInClientAsync(role);
        var home = await client.GetHtmlAsync("/");
        var token = home.AntiforgeryToken("header form");

        using var vision = await client.PostFormAsync("/plan?handler=Vision&year=2024", new Dictionary<string, string> { ["vision"] = "Changed", [WebTestClient.AntiforgeryField] = token });
        using var rollForward = await client.PostFormAsync("/plan?handler=RollForward&year=2025", new Dictionary<string, string> { [WebTestClient.AntiforgeryField] = token });
        using var priority = await client.GetResponseAsync("/plan/priorities/P2425-SAFE");

        WebAssert.Forbidden(vision);
        WebAssert.Forbidden(rollForward);
        WebAssert.Forbidden(priority);
        Assert.False(await factory.QueryAsync(db => db.Priorities.AnyAsync(p => p.PlanYear == new PlanYear(2026), TestContext.Current.CancellationToken)));
    }
}
