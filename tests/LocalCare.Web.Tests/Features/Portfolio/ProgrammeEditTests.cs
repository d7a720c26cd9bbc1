using System.Net;
using LocalCare.Core.Access;
using LocalCare.Core.Portfolio;
using LocalCare.Web.Tests.Features.Performance;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Web.Tests.Features.Portfolio;

/// <summary>Executives and admins change a programme, its projects and its deliverables through the programme page's forms; everyone else is refused.</summary>
public sealed class ProgrammeEditTests(LocalCareWebFactory factory) : IClassFixture<LocalCareWebFactory>
{
    public static TheoryData<string> Readers => [Roles.Manager, Roles.Analyst, Roles.Commissioner, Roles.Viewer];

    [Fact]
    public async Task PostProgramme_AsExecutive_SavesIt_AndTheHistoryShowsWhoChangedWhat()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Executive);

        using var response = await client.PostFormAsync("/portfolio/TP2425-LTC", "[data-testid=programme-form]", new Dictionary<string, string>
        {
            ["Status"] = "at_risk",
            ["Commentary"] = "Pathway leads are not yet appointed.",
            ["Lead"] = "Medical Director",
            ["Summary"] = "Better long-term conditions pathways.",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/portfolio/TP2425-LTC#programme", response.Headers.Location!.OriginalString);
        var saved = await PortfolioExpected.ProgrammeAsync(factory, "TP2425-LTC");
        Assert.Equal((PortfolioStatus.AtRisk, "Pathway leads are not yet appointed.", "Better long-term conditions pathways."), (saved.Status, saved.Commentary, saved.Summary));

        var page = await client.GetHtmlAsync("/portfolio/TP2425-LTC");
        Assert.Equal("Programme updated", page.QuerySelector("[data-testid=saved] .nhsuk-notification-banner__heading")!.Text());
        var latest = page.QuerySelector("[data-testid=history] tbody tr")!.QuerySelectorAll("td").Select(c => c.Text()).ToList();
        Assert.Equal(["15 Jan 2025 09:00", "executive", "Programme TP2425-LTC changed"], latest.Take(3));
        Assert.Contains("Status: OnTrack → AtRisk", latest[3], StringComparison.Ordinal);
        Assert.Contains("Commentary: → Pathway leads are not yet appointed.", latest[3], StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostProject_AtRiskWithoutCommentary_Shows400WithTheErrorAndStoresNothing()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Executive);
        var before = (await PortfolioExpected.ProgrammeAsync(factory, "TP2425-PHM")).Projects.Count;

        using var response = await client.PostFormAsync("/portfolio/TP2425-PHM", "[data-testid=project-form]", new Dictionary<string, string>
        {
            ["Name"] = "Childhood asthma",
            ["Lead"] = "",
            ["Status"] = "at_risk",
            ["Commentary"] = " ",
        });
        var page = await response.ReadHtmlAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Error: Embedding the LCOs' approach to Population Health Management – LocalCare", page.Title);
        Assert.Equal(
            [("#project-lead", "Enter the project lead"), ("#project-commentary", "Enter commentary explaining why the project is at risk")],
            page.QuerySelectorAll(".nhsuk-error-summary a").Select(a => (a.GetAttribute("href")!, a.Text())));
        Assert.Equal("Error: Enter commentary explaining why the project is at risk", page.QuerySelector("#project-commentary-error")!.Text());
        Assert.Equal("Childhood asthma", page.QuerySelector("#project-name")!.GetAttribute("value"));
        Assert.True(page.QuerySelector("#project-form")!.HasAttribute("open"));
        Assert.Equal(before, (await PortfolioExpected.ProgrammeAsync(factory, "TP2425-PHM")).Projects.Count);
    }

    [Fact]
    public async Task PostProgramme_OffTrackWithoutCommentary_Shows400WithTheError()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Admin);

        using var response = await client.PostFormAsync("/portfolio/TP2425-INW", "[data-testid=programme-form]", new Dictionary<string, string>
        {
            ["Status"] = "off_track",
            ["Commentary"] = "",
            ["Lead"] = "Director of Operations",
        });
        var page = await response.ReadHtmlAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["Enter commentary explaining why the programme is off track"], page.QuerySelectorAll(".nhsuk-error-summary a").Select(a => a.Text()));
        Assert.Equal("#programme-commentary", page.QuerySelector(".nhsuk-error-summary a")!.GetAttribute("href"));
        Assert.Equal("off_track", page.QuerySelector("#programme-status option[selected]")!.GetAttribute("value"));
        Assert.Equal(PortfolioStatus.OnTrack, (await PortfolioExpected.ProgrammeAsync(factory, "TP2425-INW")).Status);
    }

    [Fact]
    public async Task PostProject_AsAdmin_AddsItWithTheNextCode_ThenChangesIt()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Admin);

        using var added = await client.PostFormAsync("/portfolio/TP2425-LOC", "[data-testid=project-form]", new Dictionary<string, string>
        {
            ["Name"] = "Trafford locality plans",
            ["Lead"] = "Director of Operations",
            ["Status"] = "not_started",
        });
        using var changed = await client.PostFormAsync("/portfolio/TP2425-LOC?project=TP2425-LOC-04", "[data-testid=project-form]", new Dictionary<string, string>
        {
            ["ProjectCode"] = "TP2425-LOC-04",
            ["Name"] = "Trafford locality plans",
            ["Lead"] = "Director of Operations",
            ["Status"] = "off_track",
            ["Commentary"] = "No Trafford lead yet.",
        });

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal("/portfolio/TP2425-LOC#projects", added.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        var project = (await PortfolioExpected.ProgrammeAsync(factory, "TP2425-LOC")).Projects.Single(j => j.Code == "TP2425-LOC-04");
        Assert.Equal(("Trafford locality plans", PortfolioStatus.OffTrack, "No Trafford lead yet."), (project.Name, project.Status, project.Commentary));
        var page = await client.GetHtmlAsync("/portfolio/TP2425-LOC");
        Assert.Equal("Project TP2425-LOC-04 updated", page.QuerySelector("[data-testid=saved] .nhsuk-notification-banner__heading")!.Text());
        Assert.Equal(
            [("admin", "Project TP2425-LOC-04 changed"), ("admin", "Project TP2425-LOC-04 created")],
            page.QuerySelectorAll("[data-testid=history] tbody tr").Take(2).Select(r => (r.QuerySelectorAll("td")[1].Text(), r.QuerySelectorAll("td")[2].Text())));
    }

    [Fact]
    public async Task PostLink_AndUnlink_ChangeTheDeliverablesItCarries()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Executive);

        using var linked = await client.PostFormAsync("/portfolio/TP2425-NMS", "[data-testid=link-form]", new Dictionary<string, string> { ["DeliverableCode"] = " d2425-joint-04 " });
        var page = await client.GetHtmlAsync("/portfolio/TP2425-NMS");
        using var unlinked = await client.PostFormAsync("/portfolio/TP2425-NMS", "tr[data-deliverable='D2425-CH-07'] form", new Dictionary<string, string> { ["DeliverableCode"] = "D2425-CH-07" });

        Assert.Equal(HttpStatusCode.Redirect, linked.StatusCode);
        Assert.Equal("/portfolio/TP2425-NMS#deliverables", linked.Headers.Location!.OriginalString);
        Assert.Equal("Deliverable D2425-JOINT-04 linked", page.QuerySelector("[data-testid=saved] .nhsuk-notification-banner__heading")!.Text());
        Assert.Equal(["D2425-CH-07", "D2425-JOINT-04"], page.QuerySelectorAll("[data-testid=deliverables] tbody tr").Select(r => r.GetAttribute("data-deliverable")));
        Assert.Equal(HttpStatusCode.Redirect, unlinked.StatusCode);
        Assert.Equal(["D2425-JOINT-04"], (await PortfolioExpected.ProgrammeAsync(factory, "TP2425-NMS")).Deliverables.Select(l => l.DeliverableCode));
        var history = (await client.GetHtmlAsync("/portfolio/TP2425-NMS")).QuerySelectorAll("[data-testid=history] tbody tr").Take(2)
            .Select(r => (r.QuerySelectorAll("td")[1].Text(), r.QuerySelectorAll("td")[2].Text()));
        Assert.Equal([("executive", "ProgrammeDeliverable D2425-CH-07 deleted"), ("executive", "ProgrammeDeliverable D2425-JOINT-04 created")], history);
    }

    [Theory]
    [InlineData("D2425-XX-99", "There is no deliverable with code D2425-XX-99")]
    [InlineData("", "Enter a deliverable code")]
    [InlineData("d2425-ch-42", "D2425-CH-42 is already linked to this programme")]
    public async Task PostLink_WithAProblem_Shows400WithTheError(string code, string error)
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Executive);

        using var response = await client.PostFormAsync("/portfolio/TP2425-SCT", "[data-testid=link-form]", new Dictionary<string, string> { ["DeliverableCode"] = code });
        var page = await response.ReadHtmlAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([("#deliverable-code", error)], page.QuerySelectorAll(".nhsuk-error-summary a").Select(a => (a.GetAttribute("href")!, a.Text())));
        Assert.Equal(code, page.QuerySelector("#deliverable-code")!.GetAttribute("value") ?? "");
        Assert.True(page.QuerySelector("#link-form")!.HasAttribute("open"));
        Assert.Equal(["D2425-CH-42"], (await PortfolioExpected.ProgrammeAsync(factory, "TP2425-SCT")).Deliverables.Select(l => l.DeliverableCode));
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public async Task Post_AsARoleThatMayNotEdit_IsRefusedWith403AndStoresNothing(string role)
    {
        using var client = await factory.CreateSignedInClientAsync(role);
        var page = await client.GetHtmlAsync("/portfolio/TP2425-HF");
        var token = page.AntiforgeryToken("header form");

        using var programme = await client.PostFormAsync("/portfolio/TP2425-HF?handler=Programme", new Dictionary<string, string>
        {
            ["Status"] = "complete",
            ["Lead"] = role,
            [WebTestClient.AntiforgeryField] = token,
        });
        using var project = await client.PostFormAsync("/portfolio/TP2425-HF?handler=Project", new Dictionary<string, string>
        {
            ["Name"] = "Not allowed",
            ["Lead"] = role,
            ["Status"] = "on_track",
            [WebTestClient.AntiforgeryField] = token,
        });
        using var unlink = await client.PostFormAsync("/portfolio/TP2425-HF?handler=Unlink", new Dictionary<string, string>
        {
            ["DeliverableCode"] = "D2425-ASC-03",
            [WebTestClient.AntiforgeryField] = token,
        });
        using var denied = await client.GetResponseAsync(programme.Headers.Location!.PathAndQuery);

        Assert.All([programme, project, unlink], r => Assert.Equal("/account/access-denied", r.Headers.Location!.AbsolutePath));
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        var saved = await PortfolioExpected.ProgrammeAsync(factory, "TP2425-HF");
        Assert.Equal((PortfolioStatus.OnTrack, 2, 3), (saved.Status, saved.Projects.Count, saved.Deliverables.Count));
        Assert.False(await factory.QueryAsync(db => db.AuditEntries.AnyAsync(e => e.Actor == role && e.Entity != "SignIn", TestContext.Current.CancellationToken)));
    }
}
