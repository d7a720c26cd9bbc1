using System.Net;
using System.Text.Json;

namespace LocalCare.Web.Tests.Features.Data;

public sealed class DataApiTests(LocalCareWebFactory factory) : IClassFixture<LocalCareWebFactory>
{
    [Fact]
    public async Task GetQuality_WhenSignedIn_ReturnsTotalsThatMatchTheWarehouse()
    {
        using var client = await factory.CreateSignedInClientAsync();
        var expected = WarehouseExpected.Of(factory);

        using var response = await client.GetResponseAsync("/api/data/quality");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var root = json.RootElement;
        var total = root.GetProperty("total");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("2025-01-15T09:00:00", root.GetProperty("asOf").GetString());
        Assert.Equal(expected.Services, root.GetProperty("services").EnumerateArray().Select(s => s.GetProperty("code").GetString()));
        Assert.Equal(JsonValueKind.Null, total.GetProperty("code").ValueKind);
        Assert.Equal("All services", total.GetProperty("name").GetString());
        Assert.Equal(expected.Contacts, total.GetProperty("contacts").GetInt64());
        Assert.Equal(expected.LinkedContacts, total.GetProperty("linkedContacts").GetInt64());
        Assert.Equal((double)expected.LinkedContacts / expected.Contacts, total.GetProperty("linkedShare").GetDouble(), 12);
        Assert.Equal(expected.PastNotOutcomed, total.GetProperty("pastNotOutcomed").GetInt64());
        Assert.Equal(expected.UnknownNeighbourhood, total.GetProperty("unknownNeighbourhood").GetInt64());
        Assert.Equal(expected.ContactsBeforeReferral, total.GetProperty("contactsBeforeReferral").GetInt64());
        Assert.Equal(expected.Referrals, total.GetProperty("referrals").GetInt64());
        Assert.Equal(0, total.GetProperty("dischargedBeforeReceived").GetInt64());
    }

    [Fact]
    public async Task GetImports_WhenSignedIn_ReturnsTheDemoImport()
    {
        using var client = await factory.CreateSignedInClientAsync();
        var contactsStored = factory.QueryWarehouse(c => LocalCare.Warehouse.Sql.Scalar<long>(c, "SELECT count(*) FROM contacts"));

        using var response = await client.GetResponseAsync("/api/data/imports");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var run = json.RootElement.EnumerateArray().Last();
        var contacts = run.GetProperty("files").EnumerateArray().Single(f => f.GetProperty("file").GetString() == "contacts.csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, run.GetProperty("importId").GetInt32());
        Assert.Equal("demo", run.GetProperty("user").GetString());
        Assert.Equal("stored", run.GetProperty("status").GetString());
        Assert.Equal("2025-01-15T09:00:00", run.GetProperty("startedAt").GetString());
        Assert.Equal(contactsStored, contacts.GetProperty("rowsStored").GetInt64());
        Assert.Equal(0, run.GetProperty("rejects").GetArrayLength());
    }
}
