using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LocalCare.Core.Access;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Web.Tests.Features.Performance;

/// <summary>
/// A metric's rebase periods (spc.md): set on the metric page or through the API by analysts and administrators, they start new
/// limits on the page's chart and in its SPC API (the packs chart with the same months). One factory: these tests change the demo.
/// </summary>
public sealed class MetricRebaseTests(LocalCareWebFactory factory) : IClassFixture<LocalCareWebFactory>
{
    private const string Metric = "outcomed-appointments";

    [Fact]
    public async Task Analyst_SetsARebaseMonth_OnTheMetricPage_AndTheChartsLimitsStartAgainThere()
    {
        using var analyst = await factory.CreateSignedInClientAsync(Roles.Analyst);
        var before = await SpcAsync(analyst);
        var points = before.GetProperty("points").EnumerateArray().ToList();
        var rebase = points[points.Count / 2].GetProperty("period").GetString()!;

        using var posted = await analyst.PostFormAsync($"/performance/{Metric}", "[data-testid=rebases-form]", new Dictionary<string, string> { ["rebases"] = rebase });
        var page = await analyst.GetHtmlAsync($"/performance/{Metric}");
        var after = (await SpcAsync(analyst)).GetProperty("points").EnumerateArray().ToList();

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Single(points.Select(p => p.GetProperty("mean").GetDouble()).Distinct()); // one group before
        var index = after.FindIndex(p => p.GetProperty("period").GetString() == rebase);
        Assert.NotEqual(after[index - 1].GetProperty("mean").GetDouble(), after[index].GetProperty("mean").GetDouble());
        Assert.Single(after.Skip(index).Select(p => p.GetProperty("mean").GetDouble()).Distinct());
        Assert.Equal(rebase, page.QuerySelector("[data-testid=rebase-periods]")!.GetAttribute("data-periods"));
        Assert.Equal(rebase, await factory.QueryAsync(db => db.Metrics.Where(m => m.Id == Metric).Select(m => m.RebasePeriods).SingleAsync(TestContext.Current.CancellationToken)));
        var change = await factory.QueryAsync(db => db.AuditEntries.AsNoTracking()
            .Where(e => e.Subject == $"metric:{Metric}" && e.Changes.Contains("RebasePeriods")).OrderByDescending(e => e.Id).FirstAsync(TestContext.Current.CancellationToken));
        Assert.Equal("analyst", change.Actor);

        // An empty list removes them again: one group.
        using var cleared = await analyst.PutAsJsonAsync($"/api/metrics/{Metric}/rebases", new { periods = Array.Empty<string>() }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, cleared.StatusCode);
        Assert.Single((await SpcAsync(analyst)).GetProperty("points").EnumerateArray().Select(p => p.GetProperty("mean").GetDouble()).Distinct());
    }

    [Fact]
    public async Task APageFormThatIsNotAMonth_IsShownInTheErrorSummary_AndStoresNothing()
    {
        using var analyst = await factory.CreateSignedInClientAsync(Roles.Analyst);
        var stored = await StoredAsync();

        using var response = await analyst.PostFormAsync($"/performance/{Metric}", "[data-testid=rebases-form]", new Dictionary<string, string> { ["rebases"] = "2024-04, April" });
        var page = await response.ReadHtmlAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(
            [("#rebases", "'April' is not a month: write each rebase month as YYYY-MM, for example 2024-04")],
            page.QuerySelectorAll(".nhsuk-error-summary a").Select(a => (a.GetAttribute("href")!, a.Text())));
        Assert.Equal("2024-04, April", page.QuerySelector("#rebases")!.GetAttribute("value"));
        Assert.Equal(stored, await StoredAsync());
    }

    [Fact]
    public async Task Api_StoresTheMonthsOldestFirstOnce_RefusesWhatIsNotAMonth_AndOnlyForAnalystsAndAdmins()
    {
        using var admin = await factory.CreateSignedInClientAsync(Roles.Admin);
        using var manager = await factory.CreateSignedInClientAsync(Roles.Manager);

        using var set = await admin.PutAsJsonAsync("/api/metrics/dna-rate/rebases", new { periods = Months("2024-10", "2024-04", "2024-04") }, TestContext.Current.CancellationToken);
        var body = JsonDocument.Parse(await set.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
        using var bad = await admin.PutAsJsonAsync("/api/metrics/dna-rate/rebases", new { periods = Months("2024-13") }, TestContext.Current.CancellationToken);
        using var unknown = await admin.PutAsJsonAsync("/api/metrics/nope/rebases", new { periods = Months("2024-04") }, TestContext.Current.CancellationToken);
        using var refused = await manager.PutAsJsonAsync("/api/metrics/dna-rate/rebases", new { periods = Months("2023-04") }, TestContext.Current.CancellationToken);
        var page = await manager.GetHtmlAsync("/performance/dna-rate");

        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        Assert.Equal("dna-rate", body.GetProperty("metric").GetString());
        Assert.Equal(["2024-04", "2024-10"], body.GetProperty("periods").EnumerateArray().Select(p => p.GetString()!));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var error = JsonDocument.Parse(await bad.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement.GetProperty("errors").GetProperty("periods")[0].GetString();
        Assert.Equal("'2024-13' is not a month: write each rebase month as YYYY-MM, for example 2024-04", error);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("2024-04,2024-10", await factory.QueryAsync(db => db.Metrics.Where(m => m.Id == "dna-rate").Select(m => m.RebasePeriods).SingleAsync(TestContext.Current.CancellationToken)));
        // A manager reads the months but has no form.
        Assert.Equal("Limits start again in April 2024, October 2024.", page.QuerySelector("[data-testid=rebase-periods]")!.Text());
        Assert.Null(page.QuerySelector("[data-testid=rebases-form]"));
    }

    private static string[] Months(params string[] months) => months;

    private Task<string> StoredAsync() =>
        factory.QueryAsync(db => db.Metrics.Where(m => m.Id == Metric).Select(m => m.RebasePeriods).SingleAsync(TestContext.Current.CancellationToken));

    private static async Task<JsonElement> SpcAsync(HttpClient client) =>
        JsonDocument.Parse(await client.GetStringAsync(new Uri($"/api/metrics/{Metric}/spc?points=all", UriKind.Relative), TestContext.Current.CancellationToken)).RootElement;
}
