using System.Net;
using System.Net.Http.Json;
using LocalCare.Core.Access;
using LocalCare.Core.Plans;
using LocalCare.Data.Demo;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Web.Tests.Features.Plans;

/// <summary>Starting 2025/26 from 2024/25, and reviewing 2024/25's deliverables: delivered, or carried forward.</summary>
public sealed class RollForwardTests(LocalCareWebFactory factory) : IClassFixture<LocalCareWebFactory>
{
    [Fact]
    public async Task AnExecutive_StartsNextYear_ReviewsADeliverable_AndCarriesOneForward()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Executive);
        var page = await client.GetHtmlAsync("/plan?year=2024");

        using var started = await client.PostFormAsync("/plan?handler=RollForward&year=2024", new Dictionary<string, string> { [WebTestClient.AntiforgeryField] = page.AntiforgeryToken("[data-testid=roll-forward]") });
        using var again = await client.PostAsJsonAsync(new Uri("/api/plans", UriKind.Relative), new { from = "2024/25" }, TestContext.Current.CancellationToken);

        Assert.Equal("/plan/review?year=2024", started.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var reviews = await client.GetHtmlAsync("/plan/review?year=2024");
        Assert.Equal($"0 of {DemoPlan.Deliverables().Count} deliverables reviewed. A deliverable that was not delivered can be carried forward into 2025/26.", reviews.QuerySelector("[data-testid=progress]")!.Text());
        var next = await client.GetHtmlAsync("/plan?year=2025");
        Assert.Equal(DemoPlan.Priorities().Select(p => p.Code.Replace("2425", "2526", StringComparison.Ordinal)), next.QuerySelectorAll("[data-testid=priorities] tbody tr").Select(r => r.GetAttribute("data-priority")));

        var delivered = await client.GetHtmlAsync("/plan/review/D2425-CH-10"); // delivered in Q1
        Assert.NotNull(delivered.QuerySelector("#outcome-delivered[checked]"));
        using var carried = await client.PostFormAsync("/plan/review/D2425-JOINT-12", new Dictionary<string, string>
        {
            ["outcome"] = "partly_delivered",
            ["note"] = "The backlog fell but not to trajectory.",
            ["carryForward"] = "true",
            [WebTestClient.AntiforgeryField] = delivered.AntiforgeryToken("[data-testid=review-form]"),
        });
        using var refused = await client.PostFormAsync("/plan/review/D2425-CH-10", new Dictionary<string, string>
        {
            ["outcome"] = "not_delivered",
            [WebTestClient.AntiforgeryField] = delivered.AntiforgeryToken("[data-testid=review-form]"),
        });

        Assert.Equal(HttpStatusCode.Redirect, carried.StatusCode);
        var review = await factory.QueryAsync(db => db.DeliverableReviews.SingleAsync(r => r.DeliverableCode == "D2425-JOINT-12", TestContext.Current.CancellationToken));
        Assert.Equal((DeliverableOutcome.PartlyDelivered, "D2526-JOINT-01", "executive"), (review.Outcome, review.CarriedForwardTo, review.ReviewedBy));
        var copy = await factory.QueryAsync(db => db.Deliverables.Include(d => d.Alignments).SingleAsync(d => d.Code == "D2526-JOINT-01", TestContext.Current.CancellationToken));
        Assert.Equal(("Complete assessments and case reviews on time", "P2526-SAFE", new PlanYear(2025)), (copy.Title, copy.PriorityCode, copy.PlanYear));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(["Enter what was not delivered and why"], (await refused.ReadHtmlAsync()).QuerySelectorAll(".nhsuk-error-summary__list a").Select(a => a.Text()));
    }
}
