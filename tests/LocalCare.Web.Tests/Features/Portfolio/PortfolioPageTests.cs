using System.Net;
using LocalCare.Core.Access;
using LocalCare.Core.Portfolio;

namespace LocalCare.Web.Tests.Features.Portfolio;

public sealed class PortfolioPageTests(LocalCareWebFactory factory) : IClassFixture<LocalCareWebFactory>
{
    public static TheoryData<string> EveryRole => [.. Roles.All];

    [Theory]
    [MemberData(nameof(EveryRole))]
    public async Task Get_AsEveryRole_ShowsInScopeThenInSight_WithTheProgrammesByTheme(string role)
    {
        using var client = await factory.CreateSignedInClientAsync(role);
        var programmes = await PortfolioExpected.ProgrammesAsync(factory);

        var page = await client.GetHtmlAsync("/portfolio?year=2024");

        Assert.Equal("Operating plan 2024/25 – Transformation portfolio", page.QuerySelector("h1")!.Text());
        Assert.Equal(["in_scope", "in_sight"], page.QuerySelectorAll("section[data-scope]").Select(s => s.GetAttribute("data-scope")));
        Assert.Equal(["In scope", "In sight"], page.QuerySelectorAll("section[data-scope] h2").Select(h => h.Text()));
        var inScope = page.QuerySelector("section[data-scope=in_scope]")!;
        Assert.Equal(
            ["Transforming Adult Social Care", "Transforming Community Health Services", "Transforming the LCOs' Digital Infrastructure", "Transforming Health Outcomes"],
            inScope.QuerySelectorAll("caption").Select(c => c.Text()));
        Assert.Equal(["Transforming System Working"], page.QuerySelectorAll("section[data-scope=in_sight] caption").Select(c => c.Text()));
        Assert.Equal(
            programmes.Where(p => p.Scope == ProgrammeScope.InScope).Select(p => p.Code),
            inScope.QuerySelectorAll("tr[data-programme]").Select(r => r.GetAttribute("data-programme")));
        Assert.Equal(
            programmes.Where(p => p.Scope == ProgrammeScope.InSight).Select(p => p.Code),
            page.QuerySelectorAll("section[data-scope=in_sight] tr[data-programme]").Select(r => r.GetAttribute("data-programme")));
        Assert.Equal("Plan", page.QuerySelector(".nhsuk-header__navigation-link[aria-current=page]")!.Text()); // the portfolio is part of the plan
    }

    [Fact]
    public async Task Get_EachProgrammeRow_ShowsItsLeadLcosStatusAndProjectsByStatus()
    {
        using var client = await factory.CreateSignedInClientAsync();
        var chtp = await PortfolioExpected.ProgrammeAsync(factory, "TP2425-CHTP");

        var page = await client.GetHtmlAsync("/portfolio");
        var row = page.QuerySelector("tr[data-programme='TP2425-CHTP']")!;
        var cells = row.QuerySelectorAll("td").ToList();

        Assert.Equal(("/portfolio/TP2425-CHTP", "Community Health Transformation Programme"), (cells[0].QuerySelector("a")!.GetAttribute("href"), cells[0].QuerySelector("a")!.Text()));
        Assert.Equal([chtp.Lead, "M"], cells.Skip(1).Take(2).Select(c => c.Text()));
        Assert.Equal(("on_track", "On track"), (cells[3].QuerySelector(".nhsuk-tag")!.GetAttribute("data-status"), cells[3].Text()));
        Assert.Equal("5 projects: 1 not started, 2 on track, 1 at risk, 1 complete", cells[4].Text());
        Assert.Equal(5, chtp.Projects.Count);
        Assert.Equal("No projects", page.QuerySelector("tr[data-programme='TP2425-LTC'] [data-testid=projects]")!.Text());
        Assert.Equal(("off_track", "Off track"), (page.QuerySelector("tr[data-programme='TP2425-DIG'] .nhsuk-tag")!.GetAttribute("data-status"), page.QuerySelector("tr[data-programme='TP2425-DIG'] .nhsuk-tag")!.Text()));
    }

    [Fact]
    public async Task Get_CountsEveryProject_AndLinksToTheAlignmentMatrix()
    {
        using var client = await factory.CreateSignedInClientAsync();
        var projects = (await PortfolioExpected.ProgrammesAsync(factory)).SelectMany(p => p.Projects).ToList();

        var page = await client.GetHtmlAsync("/portfolio");

        Assert.StartsWith($"{projects.Count} projects: {projects.Count(p => p.Status == PortfolioStatus.NotStarted)} not started, ", page.QuerySelector("[data-testid=project-counts]")!.Text(), StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("a[href='/plan/alignment?year=2024']"));
    }

    [Fact]
    public async Task TheHomePage_LinksToThePortfolioAndTheAlignmentMatrix()
    {
        using var client = await factory.CreateSignedInClientAsync();

        var page = await client.GetHtmlAsync("/");

        Assert.Equal(["/plan/alignment", "/portfolio"], page.QuerySelectorAll("[data-testid=see-also] a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task Get_AYearThatIsNotAPlanYear_Is400WithTheProblem()
    {
        using var client = await factory.CreateSignedInClientAsync();

        using var response = await client.GetResponseAsync("/portfolio?year=soon");
        var page = await response.ReadHtmlAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["Year 'soon' is not a plan year: write it like 2024/25"], page.QuerySelectorAll(".nhsuk-error-summary a").Select(a => a.Text()));
    }

    [Fact]
    public async Task Get_AYearWithoutProgrammes_SaysSoInEachScope()
    {
        using var client = await factory.CreateSignedInClientAsync();

        var page = await client.GetHtmlAsync("/portfolio?year=2026");

        Assert.Equal(["No programmes are in scope for 2026/27.", "No programmes are in sight for 2026/27."], page.QuerySelectorAll("section[data-scope] > p:not(.nhsuk-u-secondary-text-colour)").Select(p => p.Text()));
    }
}
