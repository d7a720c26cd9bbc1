using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using LocalCare.Core.Access;
using LocalCare.Warehouse;

namespace LocalCare.Web.Tests.Features.Data;

public sealed class FhirApiTests(LocalCareWebFactory factory) : IClassFixture<LocalCareWebFactory>
{
    [Fact]
    public async Task Post_AsAnalystWithATransactionBundle_StoresTheRowsAndReportsThem()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Analyst);
        using var content = FhirBundles.Content(FhirBundles.Transaction("OK1"));

        using var response = await PostAsync(client, content);
        using var json = await JsonAsync(response);
        var importId = json.RootElement.GetProperty("importId").GetInt32();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
            [("bundle.json", "referrals.csv", 1L, 1L, 0L), ("bundle.json", "contacts.csv", 2L, 2L, 0L)],
            json.RootElement.GetProperty("files").EnumerateArray().Select(f => (
                f.GetProperty("file").GetString(), f.GetProperty("kind").GetString(),
                f.GetProperty("rowsRead").GetInt64(), f.GetProperty("rowsStored").GetInt64(), f.GetProperty("rowsRejected").GetInt64())));
        Assert.Equal(0, json.RootElement.GetProperty("warnings").GetArrayLength());
        Assert.Equal(("OK1-P", "MSK", "INT-ABC", "routine"), factory.QueryWarehouse(c => Sql.Query(c,
            "SELECT person_id, service_code, neighbourhood_code, urgency FROM referrals WHERE referral_id = 'OK1-REF'",
            r => (r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3))).Single()));
        Assert.Equal(
            [("OK1-APT-1", "OK1-REF", "5"), ("OK1-APT-2", "OK1-REF", "0")],
            factory.QueryWarehouse(c => Sql.Query(c,
                "SELECT contact_id, referral_id, attendance FROM contacts WHERE contact_id LIKE 'OK1-%' ORDER BY contact_id",
                r => (r.GetString(0), r.GetString(1), r.GetString(2))))!);
        Assert.Equal(("analyst", "stored"), factory.QueryWarehouse(c => Sql.Query(c,
            $"SELECT user_name, status FROM import_runs WHERE import_id = {importId}", r => (r.GetString(0), r.GetString(1))).Single()));
    }

    [Fact]
    public async Task Post_AsAdmin_ShowsTheNewImportFirstOnTheDataPage()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Admin);
        using var content = FhirBundles.Content(FhirBundles.Transaction("PAGE"));

        using var response = await PostAsync(client, content);
        using var json = await JsonAsync(response);
        var importId = json.RootElement.GetProperty("importId").GetInt32();
        var page = await client.GetHtmlAsync("/data");
        var run = page.QuerySelector("[data-import]")!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(importId.ToString(System.Globalization.CultureInfo.InvariantCulture), run.GetAttribute("data-import"));
        Assert.Equal("admin", run.QuerySelector("[data-field=user]")!.Text());
        Assert.Equal("Stored", run.QuerySelector("[data-field=status]")!.Text());
        Assert.Equal(
            ["bundle.json as referrals.csv 1 1 0", "bundle.json as contacts.csv 2 2 0"],
            run.QuerySelectorAll("[data-testid=files] tbody tr").Select(tr => tr.Text()));
    }

    [Fact]
    public async Task Post_Ndjson_StoresTheRows()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Analyst);
        var lines = string.Join("\n", FhirBundles.ServiceRequest("ND").ToJsonString(),
            FhirBundles.Appointment("ND-APT-1", "ServiceRequest/ND-REF", "noshow", "2025-01-07T11:00:00Z").ToJsonString());
        using var content = new StringContent(lines, Encoding.UTF8, "application/fhir+ndjson");

        using var response = await PostAsync(client, content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(("ND-REF", "3"), factory.QueryWarehouse(c => Sql.Query(c,
            "SELECT referral_id, attendance FROM contacts WHERE contact_id = 'ND-APT-1'", r => (r.GetString(0), r.GetString(1))).Single()));
    }

    [Fact]
    public async Task Post_WithAnUnknownServiceCode_Returns422WithTheProblemAndStoresNothing()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Analyst);
        var bundle = FhirBundles.Transaction("BAD");
        bundle["entry"]![2]!["resource"]!["participant"]![1]!["actor"]!["reference"] = "HealthcareService/NOPE";
        using var content = FhirBundles.Content(bundle);

        using var response = await PostAsync(client, content);
        using var json = await JsonAsync(response);
        var importId = json.RootElement.GetProperty("importId").GetInt32();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("Rows were rejected", json.RootElement.GetProperty("title").GetString());
        Assert.Equal("1 row was rejected; nothing was stored.", json.RootElement.GetProperty("detail").GetString());
        Assert.Equal(["bundle.json:3: service_code: 'NOPE' is not a service of the organisation"],
            json.RootElement.GetProperty("errors").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(1, json.RootElement.GetProperty("rowsRejected").GetInt64());
        Assert.Equal(0L, factory.QueryWarehouse(c =>
            Sql.Scalar<long>(c, "SELECT (SELECT count(*) FROM referrals WHERE referral_id = 'BAD-REF') + (SELECT count(*) FROM contacts WHERE contact_id LIKE 'BAD-%')")));
        Assert.Equal("rejected", factory.QueryWarehouse(c => Sql.Scalar<string>(c, $"SELECT status FROM import_runs WHERE import_id = {importId}")));
    }

    [Fact]
    public async Task Post_InvalidJson_Returns400WithTheParserProblem()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Analyst);
        using var content = new StringContent("{\"resourceType\": \"Bundle\", \"type\": ", Encoding.UTF8, "application/fhir+json");
        var runsBefore = ImportRuns();

        using var response = await PostAsync(client, content);
        using var json = await JsonAsync(response);
        var errors = json.RootElement.GetProperty("errors").EnumerateArray().Select(e => e.GetString()!).ToList();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("The FHIR could not be read", json.RootElement.GetProperty("title").GetString());
        Assert.Single(errors);
        Assert.StartsWith("bundle.json: not valid JSON", errors[0], StringComparison.Ordinal);
        Assert.Equal(runsBefore, ImportRuns());
    }

    [Fact]
    public async Task Post_ABundleWithoutReferralsOrContacts_Returns400()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Analyst);
        using var content = FhirBundles.Content(JsonNodeOf("""{"resourceType": "Bundle", "type": "collection", "entry": [{"resource": {"resourceType": "Patient", "id": "p1"}}]}"""));

        using var response = await PostAsync(client, content);
        using var json = await JsonAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Nothing to import", json.RootElement.GetProperty("title").GetString());
        Assert.Equal(
            ["bundle.json: skipped 1 Patient resource: only ServiceRequest, Appointment and Encounter are imported"],
            json.RootElement.GetProperty("warnings").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task Post_AsTextPlain_Returns415()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Analyst);
        using var content = new StringContent(FhirBundles.Transaction("TXT").ToJsonString(), Encoding.UTF8, "text/plain");

        using var response = await PostAsync(client, content);
        using var json = await JsonAsync(response);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("Unsupported content type", json.RootElement.GetProperty("title").GetString());
        Assert.Equal(0L, factory.QueryWarehouse(c => Sql.Scalar<long>(c, "SELECT count(*) FROM referrals WHERE referral_id = 'TXT-REF'")));
    }

    [Fact]
    public async Task Post_ACrossSiteFormPost_IsRejectedAndStoresNothing()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Analyst);
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { [FhirBundles.Transaction("FORM").ToJsonString()] = "" });
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/fhir", UriKind.Relative)) { Content = content };
        request.Headers.Add("Origin", "https://evil.example");
        var runsBefore = ImportRuns();

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal(runsBefore, ImportRuns());
        Assert.Equal(0L, factory.QueryWarehouse(c => Sql.Scalar<long>(c, "SELECT count(*) FROM referrals WHERE referral_id = 'FORM-REF'")));
    }

    [Fact]
    public async Task Post_AsViewer_Returns403AndStoresNothing()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Viewer);
        using var content = FhirBundles.Content(FhirBundles.Transaction("VIEW"));

        using var response = await PostAsync(client, content);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.Equal(0L, factory.QueryWarehouse(c => Sql.Scalar<long>(c, "SELECT count(*) FROM referrals WHERE referral_id = 'VIEW-REF'")));
    }

    [Fact]
    public async Task Post_WhenSignedOut_Returns401()
    {
        using var client = factory.CreateSignedOutClient();
        using var content = FhirBundles.Content(FhirBundles.Transaction("OUT"));

        using var response = await PostAsync(client, content);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Theory]
    [InlineData("application/fhir+json", true)]
    [InlineData("application/json; charset=utf-8", true)]
    [InlineData("application/x-ndjson", true)]
    [InlineData("application/fhir+ndjson", true)]
    [InlineData("application/json; charset=iso-8859-1", false)]
    [InlineData("application/x-www-form-urlencoded", false)]
    [InlineData("multipart/form-data; boundary=x", false)]
    [InlineData("text/plain", false)]
    [InlineData(null, false)]
    public void FormatOf_ReadsOnlyJsonAndNdjsonInUtf8(string? contentType, bool read)
    {
        Assert.Equal(read, LocalCare.Web.Features.Data.FhirUpload.FormatOf(contentType) is not null);
    }

    [Fact]
    public async Task CopyAtMost_StopsOnceTheLimitIsPassed()
    {
        using var small = new MemoryStream(new byte[100]);
        using var large = new MemoryStream(new byte[101]);
        using var to = new MemoryStream();

        Assert.True(await LocalCare.Web.Features.Data.FhirUpload.CopyAtMostAsync(small, to, 100, TestContext.Current.CancellationToken));
        Assert.False(await LocalCare.Web.Features.Data.FhirUpload.CopyAtMostAsync(large, to, 100, TestContext.Current.CancellationToken));
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, HttpContent content) =>
        await client.PostAsync(new Uri("/api/fhir", UriKind.Relative), content, TestContext.Current.CancellationToken);

    private static async Task<JsonDocument> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

    private static System.Text.Json.Nodes.JsonNode JsonNodeOf(string json) => System.Text.Json.Nodes.JsonNode.Parse(json)!;

    private long ImportRuns() => factory.QueryWarehouse(c => Sql.Scalar<long>(c, "SELECT count(*) FROM import_runs"));
}
