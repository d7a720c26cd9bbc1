using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LocalCare.Core.Access;
using LocalCare.Core.Plans;
using LocalCare.Core.Portfolio;
using LocalCare.Data.Demo;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Web.Tests.Features.Plans;

/// <summary>
/// Starting next year's plan and reviewing last year's deliverables: the demo has started 2025/26 from 2024/25 and answered some
/// reviews; an executive starts 2026/27 from 2025/26, reviews 2024/25 deliverables, and carries one forward.
/// </summary>
public sealed class RollForwardTests(LocalCareWebFactory factory) : IClassFixture<LocalCareWebFactory>
{
    [Fact]
    public async Task AnExecutive_StartsNextYear_ReviewsADeliverable_AndCarriesOneForward()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Executive);
        var page = await client.GetHtmlAsync("/plan?year=2025");
        Assert.Null((await client.GetHtmlAsync("/plan?year=2024")).QuerySelector("[data-testid=roll-forward]")); // 2025/26 is started
        var toReview = await factory.QueryAsync(db => db.Deliverables.CountAsync(d => d.PlanYear == new PlanYear(2025), TestContext.Current.CancellationToken));

        using var started = await client.PostFormAsync("/plan?handler=RollForward&year=2025", new Dictionary<string, string> { [WebTestClient.AntiforgeryField] = page.AntiforgeryToken("[data-testid=roll-forward]") });
        using var again = await client.PostAsJsonAsync(new Uri("/api/plans", UriKind.Relative), new { from = "2024/25" }, TestContext.Current.CancellationToken);

        Assert.Equal("/plan/review?year=2025", started.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var reviews = await client.GetHtmlAsync("/plan/review?year=2025");
        Assert.Equal($"0 of {toReview} deliverables reviewed. A deliverable that was not delivered can be carried forward into 2026/27.", reviews.QuerySelector("[data-testid=progress]")!.Text());
        var next = await client.GetHtmlAsync("/plan?year=2026");
        Assert.Equal(DemoPlan.Priorities().Select(p => p.Code.Replace("2425", "2627", StringComparison.Ordinal)), next.QuerySelectorAll("[data-testid=priorities] tbody tr").Select(r => r.GetAttribute("data-priority")));
        var digital = await factory.QueryAsync(db => db.Programmes.AsNoTracking().Include(p => p.Projects).SingleAsync(p => p.Code == "TP2627-DIG", TestContext.Current.CancellationToken));
        Assert.Equal((PortfolioStatus.NotStarted, 4), (digital.Status, digital.Projects.Count));

        var lastYear = await client.GetHtmlAsync("/plan/review?year=2024");
        var answered = await factory.QueryAsync(db => db.DeliverableReviews.CountAsync(r => r.Outcome != DeliverableOutcome.Pending && r.DeliverableCode.StartsWith("D2425-"), TestContext.Current.CancellationToken));
        Assert.True(answered >= DemoPlan.Reviews().Count);
        Assert.Equal($"{answered} of {DemoPlan.Deliverables().Count} deliverables reviewed. A deliverable that was not delivered can be carried forward into 2025/26.", lastYear.QuerySelector("[data-testid=progress]")!.Text());
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

    [Fact]
    public async Task CarryingForwardADeliverableAProgrammeCarries_LinksItsCopyToNextYearsProgramme()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Admin);

        // D2425-CH-09 (the Single Point of Access plan) is carried by the Community Health Transformation Programme.
        using var response = await client.PutAsJsonAsync("/api/deliverables/D2425-CH-09/review", new { outcome = "partly_delivered", note = "Telephony go-live moved to 2025/26.", carryForward = true }, TestContext.Current.CancellationToken);
        var copy = await factory.QueryAsync(db => db.DeliverableReviews.Where(r => r.DeliverableCode == "D2425-CH-09").Select(r => r.CarriedForwardTo).SingleAsync(TestContext.Current.CancellationToken));
        using var programme = await client.GetResponseAsync("/api/portfolio/TP2526-CHTP");
        using var json = JsonDocument.Parse(await programme.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.StartsWith("D2526-CH-", copy, StringComparison.Ordinal);
        Assert.Equal([copy], json.RootElement.GetProperty("deliverables").EnumerateArray().Select(d => d.GetProperty("code").GetString()));
        Assert.Equal(["TP2425-CHTP"], await factory.QueryAsync(db => db.ProgrammeDeliverables.Where(l => l.DeliverableCode == "D2425-CH-09").Select(l => l.ProgrammeCode).ToListAsync(TestContext.Current.CancellationToken)));
    }
}
