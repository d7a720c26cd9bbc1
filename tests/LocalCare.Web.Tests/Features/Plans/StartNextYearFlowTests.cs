using System.Net;
using LocalCare.Core.Access;
using LocalCare.Core.Plans;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Web.Tests.Features.Plans;

/// <summary>
/// The whole start-a-year flow through the pages, as an administrator does it without a browser: the plan page offers
/// "Start the 2026/27 plan", the post lands on the review of 2025/26's deliverables, each is answered "delivered?" and one is
/// carried forward, and the year the pages show follows (docs/plans.md, "Which year the pages show"). Its own factory: it starts
/// a year the other plan tests do not expect.
/// </summary>
public sealed class StartNextYearFlowTests(LocalCareWebFactory factory) : IClassFixture<LocalCareWebFactory>
{
    [Fact]
    public async Task AnAdmin_StartsNextYearFromThePlanPage_ReviewsEveryDeliverable_AndThePagesMoveOnToTheNewYear()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Admin);
        var lastYear = await factory.QueryAsync(db => db.Deliverables.Where(d => d.PlanYear == new PlanYear(2025)).OrderBy(d => d.Code).Select(d => d.Code).ToListAsync(TestContext.Current.CancellationToken));
        Assert.Equal(["D2526-ASC-01", "D2526-CH-01", "D2526-CH-02"], lastYear);
        Assert.Equal("2024/25", Caption(await client.GetHtmlAsync("/plan"))); // 2024/25's reviews are not all answered

        // The plan page offers to start the next year, and only the latest year has the button.
        var plan = await client.GetHtmlAsync("/plan?year=2025");
        Assert.Equal("Start the 2026/27 plan", plan.QuerySelector("[data-testid=roll-forward] button")!.Text());
        Assert.Null(plan.QuerySelector("a[href='/plan/review?year=2025']"));
        using var started = await client.PostFormAsync("/plan?handler=RollForward&year=2025", new Dictionary<string, string>
        {
            [WebTestClient.AntiforgeryField] = plan.AntiforgeryToken("[data-testid=roll-forward]"),
        });
        Assert.Equal((HttpStatusCode.Redirect, "/plan/review?year=2025"), (started.StatusCode, started.Headers.Location!.OriginalString));

        // Every 2025/26 deliverable now waits for its "delivered?" review.
        var reviews = await client.GetHtmlAsync("/plan/review?year=2025");
        Assert.Equal("The 2026/27 plan has been started from 2025/26: review each 2025/26 deliverable below", reviews.QuerySelector("[data-testid=saved] .nhsuk-notification-banner__heading")!.Text());
        Assert.Equal("0 of 3 deliverables reviewed. A deliverable that was not delivered can be carried forward into 2026/27.", reviews.QuerySelector("[data-testid=progress]")!.Text());
        Assert.Equal(lastYear, reviews.QuerySelectorAll("[data-testid=reviews] tbody tr").Select(r => r.GetAttribute("data-code")));
        Assert.All(reviews.QuerySelectorAll("[data-testid=reviews] tbody tr"), r => Assert.StartsWith("Not reviewed Review", r.QuerySelectorAll("td")[2].Text(), StringComparison.Ordinal));

        // The plan page now links the review instead of the button, the new year has a plan, and the pages show 2025/26 while it is reviewed.
        plan = await client.GetHtmlAsync("/plan?year=2025");
        Assert.Null(plan.QuerySelector("[data-testid=roll-forward]"));
        Assert.NotNull(plan.QuerySelector("a[href='/plan/review?year=2025']"));
        var next = await client.GetHtmlAsync("/plan?year=2026");
        Assert.Equal(["2024/25", "2025/26", "2026/27"], next.QuerySelectorAll("[data-testid=years] li").Select(li => li.Text()));
        Assert.Equal(plan.QuerySelectorAll("[data-testid=vision] li").Select(li => li.Text()), next.QuerySelectorAll("[data-testid=vision] li").Select(li => li.Text()));
        Assert.Equal("2025/26", Caption(await client.GetHtmlAsync("/plan")));

        await ReviewAsync(client, "D2526-CH-01", "delivered", "", carryForward: false);
        await ReviewAsync(client, "D2526-CH-02", "partly_delivered", "Ulysses is live in two of the three localities.", carryForward: false);
        await ReviewAsync(client, "D2526-ASC-01", "not_delivered", "The review blitz moved to the new year.", carryForward: true);

        reviews = await client.GetHtmlAsync("/plan/review?year=2025");
        Assert.Equal("3 of 3 deliverables reviewed. A deliverable that was not delivered can be carried forward into 2026/27.", reviews.QuerySelector("[data-testid=progress]")!.Text());
        var answers = reviews.QuerySelectorAll("[data-testid=reviews] tbody tr").ToDictionary(r => r.GetAttribute("data-code")!, r => (r.QuerySelectorAll("td")[2].Text(), r.QuerySelectorAll("td")[3].Text()));
        Assert.Equal(("Yes Change the review of D2526-CH-01", "–"), answers["D2526-CH-01"]);
        Assert.Equal(("Partly Change the review of D2526-CH-02", "–"), answers["D2526-CH-02"]);
        Assert.Equal(("No Change the review of D2526-ASC-01", "D2627-ASC-01"), answers["D2526-ASC-01"]);
        var copy = await factory.QueryAsync(db => db.Deliverables.AsNoTracking().SingleAsync(d => d.Code == "D2627-ASC-01", TestContext.Current.CancellationToken));
        Assert.Equal((new PlanYear(2026), "admin"), (copy.PlanYear, await factory.QueryAsync(db => db.DeliverableReviews.Where(r => r.DeliverableCode == "D2526-ASC-01").Select(r => r.ReviewedBy!).SingleAsync(TestContext.Current.CancellationToken))));

        // Every review answered: the pages move on to 2026/27, whose deliverables list has the copy.
        Assert.Equal("2026/27", Caption(await client.GetHtmlAsync("/plan")));
        var deliverables = await client.GetHtmlAsync("/deliverables?year=2026");
        Assert.Contains(deliverables.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/deliverables/D2627-ASC-01");
    }

    private static async Task ReviewAsync(HttpClient client, string code, string outcome, string note, bool carryForward)
    {
        var form = await client.GetHtmlAsync("/plan/review/" + code);
        var fields = new Dictionary<string, string>
        {
            ["outcome"] = outcome,
            ["note"] = note,
            [WebTestClient.AntiforgeryField] = form.AntiforgeryToken("[data-testid=review-form]"),
        };
        if (carryForward)
        {
            fields["carryForward"] = "true";
        }

        using var saved = await client.PostFormAsync("/plan/review/" + code, fields);
        Assert.Equal((HttpStatusCode.Redirect, "/plan/review?year=2025"), (saved.StatusCode, saved.Headers.Location!.OriginalString));
    }

    /// <summary>The year in the plan page's heading.</summary>
    private static string Caption(AngleSharp.Html.Dom.IHtmlDocument plan) => plan.QuerySelector("h1")!.Text().Replace("Operating plan", "", StringComparison.Ordinal).Trim();
}
