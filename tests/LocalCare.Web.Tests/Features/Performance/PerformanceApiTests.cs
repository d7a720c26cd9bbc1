using System.Net;
using System.Text.Json;
using LocalCare.Core.Metrics;
using LocalCare.Core.Spc;
using LocalCare.Data.Metrics;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Web.Tests.Features.Performance;

public sealed class PerformanceApiTests(LocalCareWebFactory factory) : IClassFixture<LocalCareWebFactory>
{
    [Fact]
    public async Task GetMetrics_ListsEveryDefinitionInLibraryOrder()
    {
        using var client = await factory.CreateSignedInClientAsync();
        var metrics = await factory.QueryAsync(db => db.Metrics.AsNoTracking().ToListAsync(TestContext.Current.CancellationToken));

        using var json = await JsonAsync(client, "/api/metrics", HttpStatusCode.OK);
        var items = json.RootElement.EnumerateArray().ToList();

        Assert.Equal(MetricOrder.Of(metrics).OrderBy(m => m.Value).Select(m => m.Key), items.Select(i => i.GetProperty("id").GetString()));
        var crisis = items.Single(i => i.GetProperty("id").GetString() == "crisis-response-2h");
        Assert.Equal(
            ["id", "name", "kind", "direction", "definition", "defaultTarget", "board", "source"],
            crisis.EnumerateObject().Select(p => p.Name));
        Assert.Equal(("ratio", "higher", 0.85, "HPB", "built-in"), (crisis.GetProperty("kind").GetString(), crisis.GetProperty("direction").GetString(), crisis.GetProperty("defaultTarget").GetDouble(), crisis.GetProperty("board").GetString(), crisis.GetProperty("source").GetString()));
        Assert.Equal("manual", items.Single(i => i.GetProperty("id").GetString() == "carers-assessments").GetProperty("source").GetString());
    }

    [Fact]
    public async Task GetValues_ReturnsMetricsMdsJsonShape()
    {
        using var client = await factory.CreateSignedInClientAsync();
        var expected = await PerformanceExpected.ReadingsAsync(factory, new MetricFilter("outcomed-appointments", "locality:NORTH", new(2024, 3), new(2024, 8)));

        using var json = await JsonAsync(client, "/api/metrics/values?metric=outcomed-appointments&unit=locality:NORTH&from=2024-03&to=2024-08", HttpStatusCode.OK);
        var items = json.RootElement.EnumerateArray().ToList();

        Assert.Equal(6, expected.Count);
        Assert.Equal(expected.Count, items.Count);
        foreach (var (reading, item) in expected.Zip(items))
        {
            Assert.Equal(["metric", "month", "unit", "numerator", "denominator", "value", "target", "met"], item.EnumerateObject().Select(p => p.Name));
            Assert.Equal("outcomed-appointments", item.GetProperty("metric").GetString());
            Assert.Equal(reading.Month.ToString(), item.GetProperty("month").GetString());
            Assert.Equal("locality:NORTH", item.GetProperty("unit").GetString());
            Assert.Equal(reading.Numerator, item.GetProperty("numerator").GetDouble());
            Assert.Equal(reading.Denominator, item.GetProperty("denominator").GetDouble());
            Assert.Equal(reading.Value, Nullable(item.GetProperty("value")));
            Assert.Equal(reading.Target, Nullable(item.GetProperty("target")));
            Assert.Equal(reading.Met, item.GetProperty("met").ValueKind == JsonValueKind.Null ? null : item.GetProperty("met").GetBoolean());
        }
    }

    [Fact]
    public async Task GetValues_ForACount_WritesNullDenominatorAndTarget()
    {
        using var client = await factory.CreateSignedInClientAsync();

        using var json = await JsonAsync(client, "/api/metrics/values?metric=waiting-list-size&unit=lco&from=2024-12&to=2024-12", HttpStatusCode.OK);
        var item = Assert.Single(json.RootElement.EnumerateArray().ToList());

        Assert.Equal(JsonValueKind.Null, item.GetProperty("denominator").ValueKind);
        Assert.Equal(JsonValueKind.Null, item.GetProperty("target").ValueKind);
        Assert.Equal(JsonValueKind.Null, item.GetProperty("met").ValueKind);
        Assert.Equal(item.GetProperty("numerator").GetDouble(), item.GetProperty("value").GetDouble());
    }

    [Theory]
    [InlineData("/api/metrics/values?metric=nope", "metric", "Metric 'nope' is not a metric: GET /api/metrics lists them")]
    [InlineData("/api/metrics/values?unit=ward:1", "unit", "Unit 'ward:1' is not a unit of the organisation: use lco, locality:CODE, neighbourhood:CODE or service:CODE")]
    [InlineData("/api/metrics/values?from=2024-13", "from", "From '2024-13' is not a month: write it YYYY-MM")]
    [InlineData("/api/metrics/values?from=2024-06&to=2024-01", "to", "To (2024-01) must not be before from (2024-06)")]
    [InlineData("/api/metrics/dna-rate/spc?points=12", "points", "Points '12' is not understood: leave it out for the latest 24 months, or write all")]
    [InlineData("/api/metrics/dna-rate/spc?unit=nowhere", "unit", "Unit 'nowhere' is not a unit of the organisation: use lco, locality:CODE, neighbourhood:CODE or service:CODE")]
    [InlineData("/api/performance?board=XYZ", "board", "Board 'XYZ' is not a board: use one of AB, HPB, ASCPB, FPCG, TPB, JCB")]
    [InlineData("/api/performance?sort=alphabet", "sort", "Sort 'alphabet' is not an order: use plan or exceptions")]
    public async Task Get_WithABadParameter_Returns400NamingIt(string path, string parameter, string message)
    {
        using var client = await factory.CreateSignedInClientAsync();

        using var json = await JsonAsync(client, path, HttpStatusCode.BadRequest);

        Assert.Equal("The parameters are not valid", json.RootElement.GetProperty("title").GetString());
        Assert.Equal($"Check the parameter {parameter}.", json.RootElement.GetProperty("detail").GetString());
        Assert.Equal([parameter], json.RootElement.GetProperty("errors").EnumerateObject().Select(p => p.Name));
        Assert.Equal([message], json.RootElement.GetProperty("errors").GetProperty(parameter).EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task GetSpc_ReturnsSpcMdsJsonShapeWithCoresNumbers()
    {
        using var client = await factory.CreateSignedInClientAsync();
        var readings = await PerformanceExpected.ReadingsAsync(factory, new MetricFilter("outcomed-appointments", "service:MSK"));
        var spc = SpcCalculator.Calculate(
            readings.Select(r => new SpcInputPoint(r.Month.ToString(), r.Value)).ToList(),
            new SpcOptions(ImprovementDirection.Increase, readings.Last(r => r.Value is not null).Target));

        using var json = await JsonAsync(client, "/api/metrics/outcomed-appointments/spc?unit=service:MSK", HttpStatusCode.OK);

        Assert.InRange(spc.Points.Count, 12, 24); // the demo's year: the default window of 24 holds every month
        var root = json.RootElement;

        Assert.Equal(["points", "mean", "lpl", "upl", "variation", "assurance", "warnings"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(spc.Points.Count, root.GetProperty("points").GetArrayLength());
        foreach (var (point, item) in spc.Points.Zip(root.GetProperty("points").EnumerateArray()))
        {
            Assert.Equal(["period", "value", "mean", "lpl", "upl", "label", "point_type"], item.EnumerateObject().Select(p => p.Name));
            Assert.Equal(
                (point.Period, point.Value, point.Mean, point.Lpl, point.Upl, point.Label.ToCode(), point.PointType.ToCode()),
                (item.GetProperty("period").GetString(), item.GetProperty("value").GetDouble(), item.GetProperty("mean").GetDouble(), Nullable(item.GetProperty("lpl")), Nullable(item.GetProperty("upl")),
                 item.GetProperty("label").GetString(), item.GetProperty("point_type").GetString()));
        }

        Assert.Equal(spc.Mean, root.GetProperty("mean").GetDouble());
        Assert.Equal(spc.Lpl, Nullable(root.GetProperty("lpl")));
        Assert.Equal(spc.Upl, Nullable(root.GetProperty("upl")));
        Assert.Equal(spc.Variation!.Value.ToCode(), root.GetProperty("variation").GetString());
        Assert.Equal(spc.Assurance!.Value.ToCode(), root.GetProperty("assurance").GetString());
        Assert.Equal(spc.Warnings, root.GetProperty("warnings").EnumerateArray().Select(w => w.GetString()));
    }

    [Fact]
    public async Task GetSpc_ForAMetricWithoutATarget_HasNoAssurance_AndWithoutValuesNoVariation()
    {
        using var client = await factory.CreateSignedInClientAsync();

        using var dna = await JsonAsync(client, "/api/metrics/dna-rate/spc", HttpStatusCode.OK);
        using var manual = await JsonAsync(client, "/api/metrics/time-to-hire/spc", HttpStatusCode.OK);

        Assert.Equal(JsonValueKind.Null, dna.RootElement.GetProperty("assurance").ValueKind);
        Assert.Equal(JsonValueKind.String, dna.RootElement.GetProperty("variation").ValueKind);
        Assert.Equal(0, manual.RootElement.GetProperty("points").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, manual.RootElement.GetProperty("variation").ValueKind);
        Assert.Equal(JsonValueKind.Null, manual.RootElement.GetProperty("mean").ValueKind);
    }

    [Fact]
    public async Task GetSpc_UnknownMetric_Returns404ProblemDetails()
    {
        using var client = await factory.CreateSignedInClientAsync();

        using var json = await JsonAsync(client, "/api/metrics/nope/spc", HttpStatusCode.NotFound);

        Assert.Equal("Metric not found", json.RootElement.GetProperty("title").GetString());
        Assert.Equal("There is no metric with id 'nope'.", json.RootElement.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task GetPerformance_ReturnsTheSummaryRowsOfABoardAtAUnit()
    {
        using var client = await factory.CreateSignedInClientAsync();
        var series = await PerformanceExpected.SeriesAsync(factory, "crisis-response-2h", "locality:SOUTH");
        var ids = await factory.QueryAsync(db => db.Metrics.Where(m => m.BoardCode == "HPB").Select(m => m.Id).ToListAsync(TestContext.Current.CancellationToken));

        using var json = await JsonAsync(client, "/api/performance?board=HPB&unit=locality:SOUTH", HttpStatusCode.OK);
        var rows = json.RootElement.EnumerateArray().ToList();
        var crisis = rows.Single(r => r.GetProperty("metric").GetString() == "crisis-response-2h");

        Assert.Equal(ids.Order(StringComparer.Ordinal), rows.Select(r => r.GetProperty("metric").GetString()!).Order(StringComparer.Ordinal));
        Assert.Equal(
            ["metric", "name", "board", "unit", "month", "value", "valueText", "target", "targetText", "met", "variation", "assurance", "exception", "trend"],
            crisis.EnumerateObject().Select(p => p.Name));
        Assert.Equal(series.Latest!.Month.ToString(), crisis.GetProperty("month").GetString());
        Assert.Equal(series.Latest.Value, crisis.GetProperty("value").GetDouble());
        Assert.Equal(series.Metric.Format(series.Latest.Value), crisis.GetProperty("valueText").GetString());
        Assert.Equal("≥ 85.0%", crisis.GetProperty("targetText").GetString());
        Assert.Equal(series.Spc.Variation!.Value.ToCode(), crisis.GetProperty("variation").GetString());
        Assert.Equal(series.Spc.Assurance!.Value.ToCode(), crisis.GetProperty("assurance").GetString());
        Assert.Equal(series.IsException, crisis.GetProperty("exception").GetBoolean());
        Assert.Equal(series.Charted.Select(p => (p.Period, p.Value)), crisis.GetProperty("trend").EnumerateArray().Select(t => (t.GetProperty("month").GetString()!, t.GetProperty("value").GetDouble())));
    }

    [Fact]
    public async Task GetPerformance_ExceptionsFirst_PutsEveryExceptionBeforeTheRest()
    {
        using var client = await factory.CreateSignedInClientAsync();

        using var json = await JsonAsync(client, "/api/performance?sort=exceptions", HttpStatusCode.OK);
        var exceptions = json.RootElement.EnumerateArray().Select(r => r.GetProperty("exception").GetBoolean()).ToList();

        Assert.Contains(true, exceptions);
        Assert.Equal(exceptions.OrderByDescending(e => e), exceptions);
    }

    [Theory]
    [InlineData("/api/metrics")]
    [InlineData("/api/metrics/values")]
    [InlineData("/api/metrics/dna-rate/spc")]
    [InlineData("/api/performance")]
    public async Task Get_WhenSignedOut_Returns401(string path)
    {
        using var client = factory.CreateSignedOutClient();

        using var response = await client.GetResponseAsync(path);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task OpenApi_DeclaresTheOutcomesOfEveryPerformanceEndpoint()
    {
        using var client = await factory.CreateSignedInClientAsync();

        using var json = await JsonAsync(client, "/openapi/v1.json", HttpStatusCode.OK);
        var paths = json.RootElement.GetProperty("paths");

        string[] Responses(string path) => paths.GetProperty(path).GetProperty("get").GetProperty("responses").EnumerateObject().Select(r => r.Name).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(["200"], Responses("/api/metrics"));
        Assert.Equal(["200", "400"], Responses("/api/metrics/values"));
        Assert.Equal(["200", "400", "404"], Responses("/api/metrics/{id}/spc"));
        Assert.Equal(
            ["id", "unit", "points"],
            paths.GetProperty("/api/metrics/{id}/spc").GetProperty("get").GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
        Assert.Equal(["200", "400"], Responses("/api/performance"));
        Assert.Equal(
            ["metric", "unit", "from", "to"],
            paths.GetProperty("/api/metrics/values").GetProperty("get").GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
        var point = json.RootElement.GetProperty("components").GetProperty("schemas").GetProperty("SpcPointJson").GetProperty("properties");
        Assert.Equal(["period", "value", "mean", "lpl", "upl", "label", "point_type"], point.EnumerateObject().Select(p => p.Name));
    }

    private static double? Nullable(JsonElement element) => element.ValueKind == JsonValueKind.Null ? null : element.GetDouble();

    private static async Task<JsonDocument> JsonAsync(HttpClient client, string path, HttpStatusCode status)
    {
        using var response = await client.GetResponseAsync(path);
        Assert.Equal(status, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }
}
