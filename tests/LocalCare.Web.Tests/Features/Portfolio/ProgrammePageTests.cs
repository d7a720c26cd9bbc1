using System.Net;
using LocalCare.Core.Access;
using LocalCare.Core.Plans;
using LocalCare.Core.Portfolio;

namespace LocalCare.Web.Tests.Features.Portfolio;

public sealed class ProgrammePageTests(LocalCareWebFactory factory) : IClassFixture<LocalCareWebFactory>
{
    public static TheoryData<string> Readers => [Roles.Manager, Roles.Analyst, Roles.Commissioner, Roles.Viewer];

    public static TheoryData<string> Editors => [Roles.Executive, Roles.Admin];

    [Fact]
    public async Task Get_ShowsTheProgrammeWithItsStatusAndCommentary()
    {
        using var client = await factory.CreateSignedInClientAsync();
        var programme = await PortfolioExpected.ProgrammeAsync(factory, "TP2425-DIG");

        var page = await client.GetHtmlAsync("/portfolio/TP2425-DIG");
        var summary = page.QuerySelectorAll("[data-testid=programme-summary] .nhsuk-summary-list__row")
            .ToDictionary(r => r.QuerySelector("dt")!.Text(), r => r.QuerySelector("dd")!.Text());

        Assert.Equal("TP2425-DIG – Digital Programme", page.QuerySelector("h1")!.Text());
        Assert.Equal("Off track", summary["Status"]);
        Assert.Equal(programme.Commentary, summary["Commentary"]);
        Assert.Equal("In scope, 2024/25", summary["Portfolio"]);
        Assert.Equal("Transforming the LCOs' Digital Infrastructure", summary["Theme"]);
        Assert.Equal(programme.Lead, summary["Lead"]);
        Assert.Equal("M & T", summary["LCOs"]);
        Assert.Equal(programme.Summary, summary["Summary"]);
        Assert.Equal([("Home", "/"), ("Transformation portfolio", "/portfolio?year=2024")], page.QuerySelectorAll(".nhsuk-breadcrumb__link").Select(a => (a.Text(), a.GetAttribute("href"))));
    }

    [Fact]
    public async Task Get_ListsItsProjects_InNumberOrder_WithStatusAndCommentary()
    {
        using var client = await factory.CreateSignedInClientAsync();
        var programme = await PortfolioExpected.ProgrammeAsync(factory, "TP2425-CHTP");

        var page = await client.GetHtmlAsync("/portfolio/TP2425-CHTP");
        var rows = page.QuerySelectorAll("[data-testid=projects] tbody tr").ToList();

        Assert.Equal("5 projects: 1 not started, 2 on track, 1 at risk, 1 complete", page.QuerySelector("[data-testid=project-counts]")!.Text());
        Assert.Equal(Project.InOrder(programme.Projects).Select(j => j.Code), rows.Select(r => r.GetAttribute("data-project")));
        var spoa = programme.Projects.Single(j => j.Name.StartsWith("Single Point", StringComparison.Ordinal));
        var cells = rows.Single(r => r.GetAttribute("data-project") == spoa.Code).QuerySelectorAll("td").Select(c => c.Text()).ToList();
        Assert.Equal([$"{spoa.Name} {spoa.Code}", spoa.Lead, "At risk", spoa.Commentary], cells);
    }

    [Fact]
    public async Task Get_ListsTheDeliverablesItCarries_WithTheirCurrentStatus()
    {
        using var client = await factory.CreateSignedInClientAsync();
        var programme = await PortfolioExpected.ProgrammeAsync(factory, "TP2425-CHTP");
        var deliverables = (await Expected.DeliverablesAsync(factory)).Where(d => programme.Deliverables.Any(l => l.DeliverableCode == d.Code)).ToList();

        var page = await client.GetHtmlAsync("/portfolio/TP2425-CHTP");
        var rows = page.QuerySelectorAll("[data-testid=deliverables] tbody tr").ToList();

        Assert.Equal(["D2425-CH-09", "D2425-CH-18", "D2425-CH-22", "D2425-JOINT-17"], rows.Select(r => r.GetAttribute("data-deliverable")));
        foreach (var deliverable in deliverables)
        {
            var row = rows.Single(r => r.GetAttribute("data-deliverable") == deliverable.Code);
            Assert.Equal(($"/deliverables/{deliverable.Code}", deliverable.Title), (row.QuerySelector("a")!.GetAttribute("href"), row.QuerySelector("a")!.Text()));
            Assert.Equal(deliverable.CurrentStatus.ToCode(), row.QuerySelector(".nhsuk-tag")!.GetAttribute("data-status"));
            Assert.Equal(deliverable.CurrentStatus.ToLabel(), row.QuerySelectorAll("td")[2].Text());
        }
    }

    [Fact]
    public async Task Get_AProgrammeWithoutProjectsOrDeliverables_SaysSo()
    {
        using var client = await factory.CreateSignedInClientAsync();

        var page = await client.GetHtmlAsync("/portfolio/TP2425-NBHT");

        Assert.Equal("No projects", page.QuerySelector("[data-testid=project-counts]")!.Text());
        Assert.Equal("This programme carries no deliverable of the operating plan.", page.QuerySelector("[data-testid=no-deliverables]")!.Text());
        var created = Assert.Single(page.QuerySelectorAll("[data-testid=history] tbody tr")).QuerySelectorAll("td").Select(c => c.Text()).ToList();
        Assert.Equal(("system", "Programme TP2425-NBHT created"), (created[1], created[2]));
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public async Task Get_AsARoleThatMayNotEdit_ShowsNoForms(string role)
    {
        using var client = await factory.CreateSignedInClientAsync(role);

        var page = await client.GetHtmlAsync("/portfolio/TP2425-CHTP");

        Assert.Empty(page.QuerySelectorAll("main form"));
        Assert.Equal("Executives and administrators can change the programme, its projects and the deliverables it carries.", page.QuerySelector("[data-testid=read-only]")!.Text());
    }

    [Theory]
    [MemberData(nameof(Editors))]
    public async Task Get_AsAnExecutiveOrAdmin_ShowsTheFormsClosed(string role)
    {
        using var client = await factory.CreateSignedInClientAsync(role);

        var page = await client.GetHtmlAsync("/portfolio/TP2425-CHTP");

        Assert.NotNull(page.QuerySelector("[data-testid=programme-form]"));
        Assert.NotNull(page.QuerySelector("[data-testid=project-form]"));
        Assert.NotNull(page.QuerySelector("[data-testid=link-form]"));
        Assert.Equal(4, page.QuerySelectorAll("[data-testid=deliverables] form").Length);
        Assert.All(page.QuerySelectorAll("details.nhsuk-details"), d => Assert.False(d.HasAttribute("open")));
        Assert.Equal("Add a project", page.QuerySelector("#project-form summary")!.Text());
        Assert.Null(page.QuerySelector("[data-testid=read-only]"));
    }

    [Fact]
    public async Task Get_ChangeALink_OpensTheProjectFormFilledWithThatProject()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Executive);
        var overview = await client.GetHtmlAsync("/portfolio/TP2425-CHTP");
        var change = overview.QuerySelector("tr[data-project='TP2425-CHTP-03'] a")!;

        var page = await client.GetHtmlAsync(change.GetAttribute("href")!);

        Assert.Equal("/portfolio/TP2425-CHTP?project=TP2425-CHTP-03#project-form", change.GetAttribute("href"));
        Assert.Equal("Change Single Point of Access (SPOA) Project", change.Text());
        Assert.True(page.QuerySelector("#project-form")!.HasAttribute("open"));
        Assert.Equal("Change project TP2425-CHTP-03", page.QuerySelector("#project-form summary")!.Text());
        Assert.Equal("TP2425-CHTP-03", page.QuerySelector("#project-form input[name=ProjectCode]")!.GetAttribute("value"));
        Assert.Equal("Single Point of Access (SPOA) Project", page.QuerySelector("#project-name")!.GetAttribute("value"));
        Assert.Equal(PortfolioStatus.AtRisk.ToCode(), page.QuerySelector("#project-status option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Get_UnknownCode_Returns404Page()
    {
        using var client = await factory.CreateSignedInClientAsync();

        using var response = await client.GetResponseAsync("/portfolio/TP0000-NONE");
        var page = await response.ReadHtmlAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page not found", page.QuerySelector("h1")!.Text());
    }
}
