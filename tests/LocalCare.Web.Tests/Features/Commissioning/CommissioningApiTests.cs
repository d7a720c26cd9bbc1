using System.Net;
using System.Text.Json;
using LocalCare.Core.Access;
using LocalCare.Core.Commissioning;
using LocalCare.Data.Commissioning;

namespace LocalCare.Web.Tests.Features.Commissioning;

public sealed class CommissioningApiTests(CommissioningWebFactory factory) : IClassFixture<CommissioningWebFactory>
{
    private static async Task<(HttpStatusCode Status, JsonElement Json)> GetJsonAsync(HttpClient client, string path)
    {
        using var response = await client.GetResponseAsync(path);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        return (response.StatusCode, document.RootElement.Clone());
    }

    [Fact]
    public async Task GetRisk_AtADate_ReturnsCommissioningMdShapeAsTheCliWritesIt()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Commissioner);
        var data = await factory.QueryAsync(db => CommissioningDataReader.ReadAsync(db, TestContext.Current.CancellationToken));

        var (status, json) = await GetJsonAsync(client, "/api/commissioning/risk?date=2025-01-15");

        Assert.Equal(HttpStatusCode.OK, status);
        using var cli = JsonDocument.Parse(ProviderRiskJson.Serialize(ProviderRisk.AssessActive(data, new DateOnly(2025, 1, 15))));
        Assert.Equal(cli.RootElement.GetRawText(), json.GetRawText());
        Assert.Equal(["P01", "P02", "P03"], json.EnumerateArray().Select(e => e.GetProperty("provider").GetString()));
        var p01 = json[0];
        Assert.Equal(
            ["provider", "score", "band", "review_months", "cqc_rating", "last_audit", "next_review", "overdue", "reasons"],
            p01.EnumerateObject().Select(p => p.Name));
        Assert.Equal(16, p01.GetProperty("score").GetInt32());
        Assert.Equal("high", p01.GetProperty("band").GetString());
        Assert.Equal(3, p01.GetProperty("review_months").GetInt32());
        Assert.Equal("requires_improvement", p01.GetProperty("cqc_rating").GetString());
        Assert.Equal("2024-10-01", p01.GetProperty("last_audit").GetString());
        Assert.Equal("2025-01-01", p01.GetProperty("next_review").GetString());
        Assert.True(p01.GetProperty("overdue").GetBoolean());
        Assert.Equal(ProviderPageTests.AllReasons, p01.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));
        var p03 = json[2];
        Assert.Equal(JsonValueKind.Null, p03.GetProperty("cqc_rating").ValueKind);
        Assert.Equal(JsonValueKind.Null, p03.GetProperty("last_audit").ValueKind);
        Assert.Equal("2025-01-15", p03.GetProperty("next_review").GetString());
        Assert.False(p03.GetProperty("overdue").GetBoolean());
    }

    [Fact]
    public async Task GetRisk_WithoutADate_RatesAtTodayAndAnEarlierDateRatesThoseActiveThen()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Analyst);

        var (_, today) = await GetJsonAsync(client, "/api/commissioning/risk");
        var (_, october) = await GetJsonAsync(client, "/api/commissioning/risk?date=2024-10-15");

        Assert.Equal(["P01", "P02", "P03"], today.EnumerateArray().Select(e => e.GetProperty("provider").GetString()));
        Assert.Equal(["P01", "P02", "P03", "P04"], october.EnumerateArray().Select(e => e.GetProperty("provider").GetString()));
        Assert.Equal("low", october[1].GetProperty("band").GetString());
        Assert.Equal(2, october[1].GetProperty("score").GetInt32());
    }

    [Fact]
    public async Task GetRisk_AsViewer_FoldsTheConcernReasons()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Viewer);

        var (_, json) = await GetJsonAsync(client, "/api/commissioning/risk?date=2025-01-15");

        Assert.Equal(
            [.. ProviderPageTests.AllReasons.Take(5), "Concerns between audits (details restricted): 5 points"],
            json[0].GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(16, json[0].GetProperty("score").GetInt32());
    }

    [Theory]
    [InlineData("15/01/2025")]
    [InlineData("2025-02-30")]
    public async Task GetRisk_WithABadDate_Returns400NamingTheParameter(string date)
    {
        using var client = await factory.CreateSignedInClientAsync();

        var (status, json) = await GetJsonAsync(client, "/api/commissioning/risk?date=" + Uri.EscapeDataString(date));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal($"Date '{date}' is not a date: write it as YYYY-MM-DD", json.GetProperty("errors").GetProperty("date")[0].GetString());
    }

    [Fact]
    public async Task GetProviders_WhenSignedIn_ListsTheRegisterWithRatingAndRisk()
    {
        using var client = await factory.CreateSignedInClientAsync();

        var (status, json) = await GetJsonAsync(client, "/api/commissioning/providers");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("2025-01-15", json.GetProperty("date").GetString());
        var providers = json.GetProperty("providers");
        Assert.Equal(["P01", "P02", "P03", "P04"], providers.EnumerateArray().Select(p => p.GetProperty("code").GetString()));
        var p01 = providers[0];
        Assert.Equal(
            ["code", "name", "serviceType", "neighbourhoodCode", "beds", "local", "cqcLocationId", "cqcRating", "cqcPublished", "activeContract", "risk"],
            p01.EnumerateObject().Select(p => p.Name));
        Assert.Equal("care_home_nursing", p01.GetProperty("serviceType").GetString());
        Assert.Equal(40, p01.GetProperty("beds").GetInt32());
        Assert.Equal("requires_improvement", p01.GetProperty("cqcRating").GetString());
        Assert.Equal("2024-09-20", p01.GetProperty("cqcPublished").GetString());
        var risk = p01.GetProperty("risk");
        Assert.Equal(
            ["score", "band", "reviewMonths", "lastAudit", "nextReview", "overdue", "reasons"],
            risk.EnumerateObject().Select(p => p.Name));
        Assert.Equal((16, "high", 3, "2025-01-01", true), (risk.GetProperty("score").GetInt32(), risk.GetProperty("band").GetString(), risk.GetProperty("reviewMonths").GetInt32(), risk.GetProperty("nextReview").GetString(), risk.GetProperty("overdue").GetBoolean()));
        var p04 = providers[3];
        Assert.False(p04.GetProperty("activeContract").GetBoolean());
        Assert.Equal(JsonValueKind.Null, p04.GetProperty("risk").ValueKind);
        Assert.Equal("outstanding", p04.GetProperty("cqcRating").GetString());
    }

    [Fact]
    public async Task GetProvider_AsCommissioner_IncludesConcernsAuditsAndContracts()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Commissioner);

        var (status, json) = await GetJsonAsync(client, "/api/commissioning/providers/P01");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.False(json.GetProperty("concernsRestricted").GetBoolean());
        Assert.Equal(["CON-01", "CON-04", "CON-03", "CON-02"], json.GetProperty("concerns").EnumerateArray().Select(c => c.GetProperty("code").GetString()));
        Assert.Equal(CommissioningFixture.SafeguardingSummary, json.GetProperty("concerns")[0].GetProperty("summary").GetString());
        Assert.Equal("safeguarding", json.GetProperty("concerns")[0].GetProperty("kind").GetString());
        Assert.Equal(ProviderPageTests.AllReasons, json.GetProperty("provider").GetProperty("risk").GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(
            [("Overall", "requires_improvement"), ("Safe", "inadequate"), ("Effective", "good"), ("Caring", "good"), ("Responsive", "requires_improvement"), ("Well-led", "requires_improvement")],
            json.GetProperty("cqcToday").EnumerateArray().Select(d => (d.GetProperty("domain").GetString(), d.GetProperty("rating").GetString())));
        var audit = Assert.Single(json.GetProperty("audits").EnumerateArray());
        Assert.Equal(("A01", "poor", "poor", JsonValueKind.Null), (audit.GetProperty("code").GetString(), audit.GetProperty("overall").GetString(), audit.GetProperty("safe").GetString(), audit.GetProperty("effective").ValueKind));
        Assert.Equal([("AA1", true), ("AA2", false), ("AA3", false)], audit.GetProperty("actions").EnumerateArray().Select(a => (a.GetProperty("code").GetString(), a.GetProperty("overdue").GetBoolean())));
        var contract = Assert.Single(json.GetProperty("contracts").EnumerateArray());
        Assert.Equal(("K01", 480000m, true, 118500m), (contract.GetProperty("code").GetString(), contract.GetProperty("annualValue").GetDecimal(), contract.GetProperty("flagship").GetBoolean(), contract.GetProperty("spendToDate").GetDecimal()));
    }

    [Theory]
    [InlineData(Roles.Manager)]
    [InlineData(Roles.Viewer)]
    public async Task GetProvider_AsManagerOrViewer_LeavesConcernsOut(string role)
    {
        using var client = await factory.CreateSignedInClientAsync(role);

        using var response = await client.GetResponseAsync("/api/commissioning/providers/P01");
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        using var json = JsonDocument.Parse(body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(json.RootElement.GetProperty("concernsRestricted").GetBoolean());
        Assert.False(json.RootElement.TryGetProperty("concerns", out _));
        Assert.All(CommissioningFixture.ConcernTexts, text => Assert.DoesNotContain(text, body, StringComparison.Ordinal));
    }

    [Fact]
    public async Task GetProvider_Unknown_Returns404()
    {
        using var client = await factory.CreateSignedInClientAsync();

        var (status, json) = await GetJsonAsync(client, "/api/commissioning/providers/NOPE");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("Provider not found", json.GetProperty("title").GetString());
    }
}
