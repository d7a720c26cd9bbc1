using System.Net;
using System.Net.Http.Json;
using LocalCare.Core.Access;
using LocalCare.Core.Plans;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Web.Tests.Features.Plans;

/// <summary>The pages show 2024/25 while its "delivered?" review is unfinished, though the demo has started 2025/26; once the last review is answered they show 2025/26.</summary>
public sealed class ShownPlanYearTests(LocalCareWebFactory factory) : IClassFixture<LocalCareWebFactory>
{
    [Fact]
    public async Task ThePages_ShowTheYearUnderReview_UntilItsLastReviewIsAnswered_ThenNextYear()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Executive);
        Assert.Equal("Operating plan 2024/25", (await client.GetHtmlAsync("/plan")).QuerySelector("h1")!.Text());
        Assert.Contains("2024/25", (await client.GetHtmlAsync("/portfolio")).QuerySelector("h1")!.Text(), StringComparison.Ordinal);
        var years = (await client.GetHtmlAsync("/plan")).QuerySelectorAll("[data-testid=years] li").Select(li => li.Text());
        Assert.Equal(["2024/25", "2025/26"], years);

        var pending = await factory.QueryAsync(db => db.DeliverableReviews.Where(r => r.Outcome == DeliverableOutcome.Pending).Select(r => r.DeliverableCode).ToListAsync(TestContext.Current.CancellationToken));
        foreach (var code in pending.Skip(1))
        {
            using var answered = await client.PutAsJsonAsync($"/api/deliverables/{code}/review", new { outcome = "delivered" }, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.NoContent, answered.StatusCode);
        }

        Assert.Equal("Operating plan 2024/25", (await client.GetHtmlAsync("/plan")).QuerySelector("h1")!.Text()); // one is still pending
        using var last = await client.PutAsJsonAsync($"/api/deliverables/{pending[0]}/review", new { outcome = "delivered" }, TestContext.Current.CancellationToken);

        Assert.Equal("Operating plan 2025/26", (await client.GetHtmlAsync("/plan")).QuerySelector("h1")!.Text());
        Assert.Contains("2025/26", (await client.GetHtmlAsync("/portfolio")).QuerySelector("h1")!.Text(), StringComparison.Ordinal);
        Assert.NotNull((await client.GetHtmlAsync("/portfolio")).QuerySelector("tr[data-programme='TP2526-DIG']"));
    }
}
