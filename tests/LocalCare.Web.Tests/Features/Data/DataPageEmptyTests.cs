using System.Net;
using System.Text.Json;

namespace LocalCare.Web.Tests.Features.Data;

/// <summary>The demo organisation without generated activity: no warehouse file at all.</summary>
public sealed class NoActivityWebFactory : LocalCareWebFactory
{
    protected override int DemoYears => 0;
}

public sealed class DataPageEmptyTests(NoActivityWebFactory factory) : IClassFixture<NoActivityWebFactory>
{
    [Fact]
    public async Task Get_WhenNothingWasImported_SaysHowToImport()
    {
        using var client = await factory.CreateSignedInClientAsync();

        var page = await client.GetHtmlAsync("/data");

        Assert.False(File.Exists(Path.Combine(factory.DataDirectory, LocalCare.Warehouse.WarehouseDatabase.FileName)));
        Assert.Equal("No data has been imported yet. Import extracts with localcare import.", page.QuerySelector("[data-testid=no-data]")!.Text());
        Assert.Null(page.QuerySelector("[data-testid=quality]"));
        Assert.Empty(page.QuerySelectorAll("[data-import]"));
    }

    [Fact]
    public async Task GetApi_WhenNothingWasImported_ReturnsEmptySummaryAndHistory()
    {
        using var client = await factory.CreateSignedInClientAsync();

        using var quality = await client.GetResponseAsync("/api/data/quality");
        using var imports = await client.GetResponseAsync("/api/data/imports");
        using var qualityJson = JsonDocument.Parse(await quality.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        using var importsJson = JsonDocument.Parse(await imports.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.OK, quality.StatusCode);
        Assert.Equal(HttpStatusCode.OK, imports.StatusCode);
        Assert.Equal(0, qualityJson.RootElement.GetProperty("services").GetArrayLength());
        Assert.Equal(0, qualityJson.RootElement.GetProperty("total").GetProperty("contacts").GetInt64());
        Assert.Equal(0, importsJson.RootElement.GetArrayLength());
    }
}
