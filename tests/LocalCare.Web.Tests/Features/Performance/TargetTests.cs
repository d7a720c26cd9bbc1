using System.Net;
using LocalCare.Core.Access;
using LocalCare.Core.Plans;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Web.Tests.Features.Performance;

public sealed class TargetTests(LocalCareWebFactory factory) : IClassFixture<LocalCareWebFactory>
{
    private const string Form = "[data-testid=target-form]";

    [Fact]
    public async Task Post_AsAnalyst_SetsAPercentageTargetForTheUnitAndYear()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Analyst);

        using var response = await client.PostFormAsync("/performance/crisis-response-2h?unit=locality:NORTH", Form, new Dictionary<string, string>
        {
            ["Year"] = "2024/25",
            ["Value"] = "92.5",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(0.925, (await TargetAsync("crisis-response-2h", "locality:NORTH", new PlanYear(2024)))!.Value, 12);
        var page = await client.GetHtmlAsync(response.Headers.Location!.OriginalString);
        Assert.Equal("Target for 2024/25 at North Manchester set to ≥ 92.5%", page.QuerySelector("[data-testid=saved] .nhsuk-notification-banner__heading")!.Text());
        var row = page.QuerySelector("[data-testid=targets] tr[data-year='2024/25']")!;
        Assert.Equal(("unit", "≥ 92.5%"), (row.GetAttribute("data-from"), row.QuerySelector("[data-testid=target]")!.Text()));
        Assert.Equal("92.5", page.QuerySelector("#target-value")!.GetAttribute("value"));
        var december = page.QuerySelector("[data-testid=values] tr[data-month='2024-12']")!;
        Assert.Equal("≥ 92.5%", december.QuerySelectorAll("td")[4].Text());
    }

    [Fact]
    public async Task Post_EmptyValue_RemovesTheUnitsOwnTargetSoTheLcosApplies()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Admin);
        using var set = await client.PostFormAsync("/performance/waiting-list-size?unit=service:MSK", Form, new Dictionary<string, string> { ["Year"] = "2025/26", ["Value"] = "1,200" });
        var afterSet = await TargetAsync("waiting-list-size", "service:MSK", new PlanYear(2025));

        using var removed = await client.PostFormAsync("/performance/waiting-list-size?unit=service:MSK", Form, new Dictionary<string, string> { ["Year"] = "2025/26", ["Value"] = "" });
        var page = await client.GetHtmlAsync("/performance/waiting-list-size?unit=service:MSK");

        Assert.Equal(1200, afterSet);
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Null(await TargetAsync("waiting-list-size", "service:MSK", new PlanYear(2025)));
        Assert.Equal("default", page.QuerySelector("[data-testid=targets] tr[data-year='2025/26']")!.GetAttribute("data-from"));
    }

    [Fact]
    public async Task Post_WithANumberThatIsNotOne_ShowsTheError()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Analyst);

        using var response = await client.PostFormAsync("/performance/crisis-response-2h?unit=locality:SOUTH", Form, new Dictionary<string, string> { ["Year"] = "2024/25", ["Value"] = "ninety" });
        var page = await response.ReadHtmlAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([("#target-value", "Target must be a percentage, like 95, or left empty")], page.QuerySelectorAll(".nhsuk-error-summary a").Select(a => (a.GetAttribute("href")!, a.Text())));
        Assert.Equal("ninety", page.QuerySelector("#target-value")!.GetAttribute("value"));
        Assert.Null(await TargetAsync("crisis-response-2h", "locality:SOUTH", new PlanYear(2024)));
    }

    [Theory]
    [InlineData(Roles.Viewer)]
    [InlineData(Roles.Manager)]
    public async Task Post_AsARoleThatMayNotSetTargets_IsForbidden(string role)
    {
        using var client = await factory.CreateSignedInClientAsync(role);
        var page = await client.GetHtmlAsync("/performance/crisis-response-2h?unit=locality:CENTRAL");

        using var response = await client.PostFormAsync("/performance/crisis-response-2h?handler=Target&unit=locality%3ACENTRAL", new Dictionary<string, string>
        {
            ["Year"] = "2024/25",
            ["Value"] = "50",
            [WebTestClient.AntiforgeryField] = page.AntiforgeryToken("header form"),
        });

        Assert.Null(page.QuerySelector(Form));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/access-denied", response.Headers.Location!.AbsolutePath);
        Assert.Null(await TargetAsync("crisis-response-2h", "locality:CENTRAL", new PlanYear(2024)));
    }

    private Task<double?> TargetAsync(string metric, string unit, PlanYear year) =>
        factory.QueryAsync(db => db.MetricTargets.Where(t => t.MetricId == metric && t.Unit == unit && t.PlanYear == year)
            .Select(t => (double?)t.Value).SingleOrDefaultAsync(TestContext.Current.CancellationToken));
}
