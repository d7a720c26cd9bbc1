using System.Net;
using System.Net.Http.Json;
using LocalCare.Core.Access;
using LocalCare.Core.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace LocalCare.Web.Tests.Features.Plans;

/// <summary>
/// The "delivered?" review and the quarter locks asked by every role, through the pages and the API, as docs/plans.md and
/// PlanPermissions say: executives and administrators review; only executives lock, administrators included among the refused.
/// </summary>
public sealed class PlanRoleTests(LocalCareWebFactory factory) : IClassFixture<LocalCareWebFactory>
{
    /// <summary>Pending 2024/25 reviews in the demo, one for each role's page post and one for its API call, so the cases do not meet.</summary>
    private static readonly string[] PagePosts = ["D2425-CH-01", "D2425-CH-02", "D2425-CH-03", "D2425-CH-05", "D2425-CH-06", "D2425-CH-08"];
    private static readonly string[] ApiCalls = ["D2425-CH-11", "D2425-CH-12", "D2425-CH-14", "D2425-CH-15", "D2425-CH-16", "D2425-CH-17"];

    [Theory]
    [InlineData(Roles.Executive, true)]
    [InlineData(Roles.Admin, true)]
    [InlineData(Roles.Manager, false)]
    [InlineData(Roles.Analyst, false)]
    [InlineData(Roles.Commissioner, false)]
    [InlineData(Roles.Viewer, false)]
    public async Task TheReviewPost_IsSavedForExecutivesAndAdmins_AndRefusedToEveryOtherRole(string role, bool may)
    {
        var index = Roles.All.ToList().IndexOf(role);
        var (pageCode, apiCode) = (PagePosts[index], ApiCalls[index]);
        using var client = await factory.CreateSignedInClientAsync(role);
        var token = (await client.GetHtmlAsync("/")).AntiforgeryToken("header form");

        using var page = await client.PostFormAsync($"/plan/review/{pageCode}", new Dictionary<string, string>
        {
            ["outcome"] = "not_delivered",
            ["note"] = "Overtaken by the new neighbourhood model.",
            [WebTestClient.AntiforgeryField] = token,
        });
        using var api = await client.PutAsJsonAsync($"/api/deliverables/{apiCode}/review", new { outcome = "delivered" }, TestContext.Current.CancellationToken);

        var reviews = await factory.QueryAsync(db => db.DeliverableReviews.AsNoTracking().Where(r => r.DeliverableCode == pageCode || r.DeliverableCode == apiCode)
            .ToDictionaryAsync(r => r.DeliverableCode, TestContext.Current.CancellationToken));
        if (may)
        {
            Assert.Equal((HttpStatusCode.Redirect, "/plan/review?year=2024"), (page.StatusCode, page.Headers.Location!.OriginalString));
            Assert.Equal(HttpStatusCode.NoContent, api.StatusCode);
            Assert.Equal((DeliverableOutcome.NotDelivered, role), (reviews[pageCode].Outcome, reviews[pageCode].ReviewedBy));
            Assert.Equal((DeliverableOutcome.Delivered, role), (reviews[apiCode].Outcome, reviews[apiCode].ReviewedBy));
        }
        else
        {
            WebAssert.Forbidden(page);
            Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
            Assert.All(reviews.Values, r => Assert.Equal((DeliverableOutcome.Pending, (string?)null), (r.Outcome, r.ReviewedBy)));
        }
    }

    [Theory]
    [InlineData(Roles.Executive, true)]
    [InlineData(Roles.Admin, false)]
    [InlineData(Roles.Manager, false)]
    [InlineData(Roles.Analyst, false)]
    [InlineData(Roles.Commissioner, false)]
    [InlineData(Roles.Viewer, false)]
    public async Task LockingAFinishedQuarter_IsForExecutivesOnly_AnAdministratorIsRefusedLikeEveryOtherRole(string role, bool may)
    {
        // 2 July 2025: 2024/25 Q4 and 2025/26 Q1 have both ended, so only the role decides.
        ((FakeTimeProvider)factory.Services.GetRequiredService<TimeProvider>()).SetUtcNow(new DateTimeOffset(2025, 7, 2, 9, 0, 0, TimeSpan.Zero));
        using var client = await factory.CreateSignedInClientAsync(role);
        var updates = await client.GetHtmlAsync("/updates?year=2024");

        using var page = await client.PostFormAsync("/updates?handler=Lock&year=2024&quarter=4", new Dictionary<string, string>
        {
            ["confirm"] = "true", // Q4 has updates still to write: the lock is confirmed (QuarterLockTests shows the warning)
            [WebTestClient.AntiforgeryField] = updates.AntiforgeryToken("header form"),
        });
        using var api = await client.PostAsJsonAsync("/api/plans/2025/locks", new { quarter = 1 }, TestContext.Current.CancellationToken);

        var locks = await factory.QueryAsync(db => db.QuarterLocks.AsNoTracking().Where(l => (l.PlanYear == new PlanYear(2024) && l.Quarter == 4) || (l.PlanYear == new PlanYear(2025) && l.Quarter == 1))
            .ToListAsync(TestContext.Current.CancellationToken));
        if (may)
        {
            Assert.Equal((HttpStatusCode.Redirect, "/updates?year=2024"), (page.StatusCode, page.Headers.Location!.OriginalString));
            Assert.Equal(HttpStatusCode.NoContent, api.StatusCode);
            Assert.Equal([(2024, 4, role), (2025, 1, role)], locks.Select(l => (l.PlanYear.StartYear, l.Quarter, l.LockedBy)).Order());
            Assert.NotNull(updates.QuerySelector("[data-testid=quarters] form[action*='quarter=4']"));
        }
        else
        {
            WebAssert.Forbidden(page);
            Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
            Assert.DoesNotContain(locks, l => l.LockedBy == role);
            Assert.Empty(updates.QuerySelectorAll("[data-testid=quarters] form"));
        }
    }

    [Theory]
    [InlineData(Roles.Manager)]
    [InlineData(Roles.Analyst)]
    [InlineData(Roles.Commissioner)]
    [InlineData(Roles.Viewer)]
    public async Task StartingNextYear_IsRefusedToEveryRoleButExecutivesAndAdmins_OnThePageAndTheApi(string role)
    {
        // Executives and admins start it: RollForwardTests and StartNextYearFlowTests, each with a database of its own.
        using var client = await factory.CreateSignedInClientAsync(role);
        var plan = await client.GetHtmlAsync("/plan?year=2025");

        using var page = await client.PostFormAsync("/plan?handler=RollForward&year=2025", new Dictionary<string, string>
        {
            [WebTestClient.AntiforgeryField] = plan.AntiforgeryToken("header form"),
        });
        using var api = await client.PostAsJsonAsync("/api/plans", new { from = "2025/26" }, TestContext.Current.CancellationToken);

        Assert.Null(plan.QuerySelector("[data-testid=roll-forward]"));
        WebAssert.Forbidden(page);
        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
        Assert.False(await factory.QueryAsync(db => db.Priorities.AnyAsync(p => p.PlanYear == new PlanYear(2026), TestContext.Current.CancellationToken)));
    }
}
