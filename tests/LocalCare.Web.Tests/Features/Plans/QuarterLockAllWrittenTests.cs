using System.Net;
using System.Net.Http.Json;
using LocalCare.Core.Access;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace LocalCare.Web.Tests.Features.Plans;

/// <summary>A quarter whose updates are all written locks at once, with no warning; its own factory, as it moves the clock into 2025/26 and locks a quarter.</summary>
public sealed class QuarterLockAllWrittenTests(LocalCareWebFactory factory) : IClassFixture<LocalCareWebFactory>
{
    [Fact]
    public async Task LockingAQuarterWithEveryUpdateWritten_IsAtOnce_AndItsRemindersGo()
    {
        // 10 November 2025: nothing of 2025/26 is locked; its three deliverables owe Q1, Q2 and Q3.
        ((FakeTimeProvider)factory.Services.GetRequiredService<TimeProvider>()).SetUtcNow(new DateTimeOffset(2025, 11, 10, 9, 0, 0, TimeSpan.Zero));
        using var executive = await factory.CreateSignedInClientAsync(Roles.Executive);
        foreach (var code in new[] { "D2526-ASC-01", "D2526-CH-01", "D2526-CH-02" })
        {
            using var written = await executive.PutAsJsonAsync(new Uri($"/api/deliverables/{code}/updates/1", UriKind.Relative), new { status = "on_track", commentary = "Started." }, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.NoContent, written.StatusCode);
        }

        var page = await executive.GetHtmlAsync("/updates?year=2025");
        using var locked = await executive.PostFormAsync("/updates?handler=Lock&year=2025&quarter=1", new Dictionary<string, string>
        {
            [WebTestClient.AntiforgeryField] = page.AntiforgeryToken("[data-testid=quarters] form[action*='quarter=1']"),
        });

        Assert.Equal((HttpStatusCode.Redirect, "/updates?year=2025"), (locked.StatusCode, locked.Headers.Location!.OriginalString));
        var after = await executive.GetHtmlAsync("/updates?year=2025");
        Assert.Equal("2025/26 Q1 locked: its updates are now read-only", after.QuerySelector("[data-testid=saved] .nhsuk-notification-banner__heading")!.Text());
        Assert.Equal("executive: 3 overdue, 3 due", after.QuerySelector("[data-testid=reminder] summary")!.Text()); // Q2 and Q3 remain
        Assert.DoesNotContain(after.QuerySelectorAll("[data-testid=reminder] li"), li => li.GetAttribute("data-quarter") == "1");
    }
}
