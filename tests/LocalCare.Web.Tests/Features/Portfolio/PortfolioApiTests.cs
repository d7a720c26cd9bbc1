using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using LocalCare.Core.Access;
using LocalCare.Core.Portfolio;

namespace LocalCare.Web.Tests.Features.Portfolio;

public sealed class PortfolioApiTests(LocalCareWebFactory factory) : IClassFixture<LocalCareWebFactory>
{
    private static readonly string[] LtcLinks = ["D2425-CH-03", "D2425-CH-01"];
    private static readonly string[] UnknownLink = ["D2425-CH-99"];

    [Fact]
    public async Task GetPortfolio_ReturnsTheScopesThemesAndProgrammes_WithCodesForStatuses()
    {
        using var client = await factory.CreateSignedInClientAsync();
        var programmes = await PortfolioExpected.ProgrammesAsync(factory);

        using var response = await client.GetResponseAsync("/api/portfolio?year=2024");
        using var json = await JsonAsync(response);
        var root = json.RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("2024/25", root.GetProperty("planYear").GetString());
        var scopes = root.GetProperty("scopes").EnumerateArray().ToList();
        Assert.Equal(["in_scope", "in_sight"], scopes.Select(s => s.GetProperty("code").GetString()));
        var listed = scopes.SelectMany(s => s.GetProperty("themes").EnumerateArray()).SelectMany(t => t.GetProperty("programmes").EnumerateArray()).ToList();
        Assert.Equal(programmes.OrderBy(p => p.Scope).ThenBy(p => p.Order).Select(p => ((string?)p.Code, (string?)p.Status.ToCode())), listed.Select(p => (p.GetProperty("code").GetString(), p.GetProperty("status").GetString())));
        var chtp = listed.Single(p => p.GetProperty("code").GetString() == "TP2425-CHTP");
        Assert.Equal(5, chtp.GetProperty("projects").GetProperty("total").GetInt32());
        Assert.Equal(1, chtp.GetProperty("projects").GetProperty("byStatus").GetProperty("at_risk").GetInt32());
        Assert.Equal(programmes.Sum(p => p.Projects.Count), root.GetProperty("projects").GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task GetProgramme_ReturnsItsProjectsAndDeliverables_Or404()
    {
        using var client = await factory.CreateSignedInClientAsync();

        using var response = await client.GetResponseAsync("/api/portfolio/TP2425-HAH");
        using var json = await JsonAsync(response);
        using var missing = await client.GetResponseAsync("/api/portfolio/TP0000-NONE");
        using var problem = await JsonAsync(missing);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(("in_sight", "at_risk", "M & T"), (json.RootElement.GetProperty("scope").GetString(), json.RootElement.GetProperty("status").GetString(), json.RootElement.GetProperty("partners").GetString()));
        Assert.Equal(["TP2425-HAH-01", "TP2425-HAH-02"], json.RootElement.GetProperty("projects").EnumerateArray().Select(p => p.GetProperty("code").GetString()));
        Assert.Equal(["D2425-CH-25", "D2425-CH-40", "D2425-JOINT-08"], json.RootElement.GetProperty("deliverables").EnumerateArray().Select(d => d.GetProperty("code").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("There is no programme with code TP0000-NONE.", problem.RootElement.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task PutProgramme_AsExecutive_SavesIt_OrReturnsTheProblems()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Executive);

        using var saved = await client.PutAsJsonAsync("/api/portfolio/TP2425-CYP", new { status = "on_track", commentary = "", lead = "Medical Director", summary = "CYP reform." }, TestContext.Current.CancellationToken);
        using var savedJson = await JsonAsync(saved);
        using var invalid = await client.PutAsJsonAsync("/api/portfolio/TP2425-CYP", new { status = "off_track", lead = "" }, TestContext.Current.CancellationToken);
        using var problem = await JsonAsync(invalid);

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(("on_track", "CYP reform."), (savedJson.RootElement.GetProperty("status").GetString(), savedJson.RootElement.GetProperty("summary").GetString()));
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal("application/problem+json", invalid.Content.Headers.ContentType?.MediaType);
        var errors = problem.RootElement.GetProperty("errors");
        Assert.Equal(["Enter commentary explaining why the programme is off track"], errors.GetProperty("commentary").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["Enter the programme lead"], errors.GetProperty("lead").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(PortfolioStatus.OnTrack, (await PortfolioExpected.ProgrammeAsync(factory, "TP2425-CYP")).Status);
    }

    [Fact]
    public async Task PostProject_AsAdmin_Returns201WithItsAddress_AndPutProject_ChangesIt()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Admin);

        using var created = await client.PostAsJsonAsync("/api/portfolio/TP2425-INW/projects", new { name = "Family hubs", lead = "Director of Operations", status = "not_started" }, TestContext.Current.CancellationToken);
        using var createdJson = await JsonAsync(created);
        using var changed = await client.PutAsJsonAsync("/api/portfolio/TP2425-INW/projects/TP2425-INW-01", new { name = "Family hubs", lead = "Director of Operations", status = "at_risk", commentary = "Two hubs lack a site." }, TestContext.Current.CancellationToken);
        using var unknown = await client.PutAsJsonAsync("/api/portfolio/TP2425-INW/projects/TP2425-INW-09", new { name = "X", lead = "Y", status = "on_track" }, TestContext.Current.CancellationToken);
        using var unknownJson = await JsonAsync(unknown);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("/api/portfolio/TP2425-INW/projects/TP2425-INW-01", created.Headers.Location!.OriginalString);
        Assert.Equal(("TP2425-INW-01", "not_started"), (createdJson.RootElement.GetProperty("code").GetString(), createdJson.RootElement.GetProperty("status").GetString()));
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var project = Assert.Single((await PortfolioExpected.ProgrammeAsync(factory, "TP2425-INW")).Projects);
        Assert.Equal((PortfolioStatus.AtRisk, "Two hubs lack a site."), (project.Status, project.Commentary));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("Programme TP2425-INW has no project with code TP2425-INW-09.", unknownJson.RootElement.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task PutDeliverables_SetsTheLinks_OrRefusesAnUnknownCode()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Executive);

        using var saved = await client.PutAsJsonAsync("/api/portfolio/TP2425-LTC/deliverables", LtcLinks, TestContext.Current.CancellationToken);
        using var savedJson = await JsonAsync(saved);
        using var invalid = await client.PutAsJsonAsync("/api/portfolio/TP2425-LTC/deliverables", UnknownLink, TestContext.Current.CancellationToken);
        using var problem = await JsonAsync(invalid);

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(["D2425-CH-01", "D2425-CH-03"], savedJson.RootElement.EnumerateArray().Select(d => d.GetProperty("code").GetString()));
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal("There is no deliverable with code D2425-CH-99", problem.RootElement.GetProperty("errors").GetProperty("deliverables")[0].GetString());
        Assert.Equal(["D2425-CH-01", "D2425-CH-03"], (await PortfolioExpected.ProgrammeAsync(factory, "TP2425-LTC")).Deliverables.Select(l => l.DeliverableCode).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(Roles.Manager)]
    [InlineData(Roles.Analyst)]
    [InlineData(Roles.Commissioner)]
    [InlineData(Roles.Viewer)]
    public async Task Changes_AsARoleThatMayNotEdit_Return403AndStoreNothing(string role)
    {
        using var client = await factory.CreateSignedInClientAsync(role);

        using var programme = await client.PutAsJsonAsync("/api/portfolio/TP2425-SCT", new { status = "not_started", lead = role }, TestContext.Current.CancellationToken);
        using var project = await client.PostAsJsonAsync("/api/portfolio/TP2425-SCT/projects", new { name = "No", lead = role, status = "on_track" }, TestContext.Current.CancellationToken);
        using var links = await client.PutAsJsonAsync("/api/portfolio/TP2425-SCT/deliverables", Array.Empty<string>(), TestContext.Current.CancellationToken);

        Assert.Equal([HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden], new[] { programme, project, links }.Select(r => r.StatusCode));
        var saved = await PortfolioExpected.ProgrammeAsync(factory, "TP2425-SCT");
        Assert.Equal((PortfolioStatus.Complete, 0, 1), (saved.Status, saved.Projects.Count, saved.Deliverables.Count));
    }

    [Fact]
    public async Task Changes_WhenSignedOut_Return401()
    {
        using var client = factory.CreateSignedOutClient();

        using var response = await client.PutAsJsonAsync("/api/portfolio/TP2425-SCT", new { status = "on_track", lead = "x" }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Changes_AsAFormPost_Return415AndStoreNothing()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Executive);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["status"] = "off_track", ["commentary"] = "Forged", ["lead"] = "Someone" });
        using var text = new StringContent("{\"status\":\"off_track\",\"commentary\":\"Forged\",\"lead\":\"Someone\"}", Encoding.UTF8, "text/plain");

        using var formResponse = await client.PutAsync(new Uri("/api/portfolio/TP2425-NMS", UriKind.Relative), form, TestContext.Current.CancellationToken);
        using var textResponse = await client.PutAsync(new Uri("/api/portfolio/TP2425-NMS", UriKind.Relative), text, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, formResponse.StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, textResponse.StatusCode);
        Assert.Equal(PortfolioStatus.OnTrack, (await PortfolioExpected.ProgrammeAsync(factory, "TP2425-NMS")).Status);
    }

    private static async Task<JsonDocument> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
}
