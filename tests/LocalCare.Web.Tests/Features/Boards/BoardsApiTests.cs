using System.Net;
using System.Text.Json;

namespace LocalCare.Web.Tests.Features.Boards;

public sealed class BoardsApiTests(LocalCareWebFactory factory) : IClassFixture<LocalCareWebFactory>
{
    [Fact]
    public async Task GetBoards_WhenSignedIn_ReturnsCadenceCodes()
    {
        using var client = await factory.CreateSignedInClientAsync();

        using var response = await client.GetResponseAsync("/api/boards");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var boards = json.RootElement.EnumerateArray().ToDictionary(b => b.GetProperty("code").GetString()!, b => b.GetProperty("cadence").GetString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("monthly", boards["HPB"]);
        Assert.Equal("bimonthly", boards["TPB"]);
        Assert.Equal("quarterly", boards["AB"]);
    }

    [Fact]
    public async Task GetBoard_HealthPerformanceBoard_ReturnsCrisisResponseTarget()
    {
        using var client = await factory.CreateSignedInClientAsync();

        using var response = await client.GetResponseAsync("/api/boards/HPB");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var metric = json.RootElement.GetProperty("metrics").EnumerateArray().Single(m => m.GetProperty("id").GetString() == "crisis-response-2h");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("2024/25", json.RootElement.GetProperty("planYear").GetString());
        Assert.Equal("ratio", metric.GetProperty("kind").GetString());
        Assert.Equal("higher", metric.GetProperty("direction").GetString());
        Assert.Equal(0.85, metric.GetProperty("target").GetDouble());
        Assert.Equal("≥ 85.0%", metric.GetProperty("targetText").GetString());
    }

    [Fact]
    public async Task GetBoard_UnknownCode_Returns404ProblemDetails()
    {
        using var client = await factory.CreateSignedInClientAsync();

        using var response = await client.GetResponseAsync("/api/boards/NOPE");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Board not found", json.RootElement.GetProperty("title").GetString());
    }
}
