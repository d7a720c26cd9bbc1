using System.Net;
using LocalCare.Data;
using LocalCare.Web.Tests.Features.History;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalCare.Web.Tests.Features.Commissioning;

/// <summary>A CQC location's ratings history is on its provider's page; the location's address sends there.</summary>
public sealed class CqcLocationHistoryTests(CommissioningWebFactory factory) : IClassFixture<CommissioningWebFactory>
{
    [Fact]
    public async Task AChangeToALocationsRating_IsInItsProvidersHistory_BeforeAndAfter()
    {
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LocalCareDbContext>();
            var ct = TestContext.Current.CancellationToken;
            (await db.CqcRatings.SingleAsync(r => r.LocationId == "1-100000004", ct)).RatingText = "Outstanding (reviewed)";
            await db.SaveChangesAsync(ct);
        }

        using var client = await factory.CreateSignedInClientAsync();
        var p04 = HistoryRows.Of(await client.GetHtmlAsync("/commissioning/providers/P04"));
        var p01 = HistoryRows.Of(await client.GetHtmlAsync("/commissioning/providers/P01"));

        Assert.Contains(p04, r => r.Contains("CqcRatingRecord Overall Overall 2023-05-01 changed", StringComparison.Ordinal)
            && r.Contains("RatingText: Outstanding → Outstanding (reviewed)", StringComparison.Ordinal));
        Assert.Contains(p01, r => r.Contains("CqcRatingRecord Overall Safe 2024-09-20 created", StringComparison.Ordinal)); // the fixture's rows
        Assert.DoesNotContain(p01, r => r.Contains("2023-05-01", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("1-100000001", "/commissioning/providers/P01#history")]
    [InlineData("1-100000002", "/commissioning/providers/P02#history")]
    public async Task TheLocationsAddress_SendsToItsProvidersHistory(string location, string expected)
    {
        using var client = await factory.CreateSignedInClientAsync();

        using var response = await client.GetResponseAsync("/commissioning/cqc-locations/" + location);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task ALocationNoProviderHas_IsNotFound()
    {
        using var client = await factory.CreateSignedInClientAsync();

        using var response = await client.GetResponseAsync("/commissioning/cqc-locations/1-999");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
