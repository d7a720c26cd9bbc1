using System.Net;
using System.Net.Http.Json;
using LocalCare.Core.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace LocalCare.Web.Tests.Features.Plans;

/// <summary>After a quarter ends: its updates fall overdue past their deadline, an executive locks it (confirming, as updates are missing), and its updates are then refused.</summary>
public sealed class QuarterLockTests(LocalCareWebFactory factory) : IClassFixture<LocalCareWebFactory>
{
    [Fact]
    public async Task AfterTheYear_UpdatesFallOverdue_TheExecutiveLocksQ4_AndQ4UpdatesAreRefused()
    {
        var clock = (FakeTimeProvider)factory.Services.GetRequiredService<TimeProvider>();
        clock.SetUtcNow(new DateTimeOffset(2025, 5, 2, 9, 0, 0, TimeSpan.Zero)); // past Q4's deadline, 30 April
        using var executive = await factory.CreateSignedInClientAsync(Roles.Executive);
        using var manager = await factory.CreateSignedInClientAsync(Roles.Manager);

        var before = await executive.GetHtmlAsync("/updates");
        Assert.Matches(@"^executive: \d+ overdue, 0 due$", before.QuerySelector("[data-testid=reminder][data-owner=executive] summary")!.Text());
        var mine = await manager.GetHtmlAsync("/updates");
        Assert.Contains(mine.QuerySelectorAll("[data-testid=mine] tbody tr"), r => r.Text().Contains("Overdue", StringComparison.Ordinal));

        // Q4 still has updates to write: the lock waits, listing them by owner, until it is confirmed.
        var missing = await factory.QueryAsync(db => db.Deliverables.Include(d => d.Updates).Where(d => d.PlanYear == new Core.Plans.PlanYear(2024)).ToListAsync(TestContext.Current.CancellationToken));
        var expected = missing.Where(d => d.UpdateFor(4) is null && !d.DeliveredBefore(4)).ToList();
        using var asked = await executive.PostFormAsync("/updates?handler=Lock&year=2024&quarter=4", new Dictionary<string, string>
        {
            [WebTestClient.AntiforgeryField] = before.AntiforgeryToken("[data-testid=quarters] form"),
        });
        var warning = await asked.ReadHtmlAsync();
        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        Assert.Equal($"Important: 2024/25 Q4 still has {expected.Count} updates to write", warning.QuerySelector("[data-testid=lock-warning] h2")!.Text());
        Assert.Equal(
            expected.Select(d => d.OwnerUserName).Distinct().Order(StringComparer.Ordinal),
            warning.QuerySelectorAll("[data-testid=lock-warning] li[data-owner]").Select(li => li.GetAttribute("data-owner")).Order(StringComparer.Ordinal));
        Assert.Equal(
            expected.Select(d => d.Code).Order(StringComparer.Ordinal),
            warning.QuerySelectorAll("[data-testid=lock-warning] li[data-owner] li a").Select(a => a.Text()).Order(StringComparer.Ordinal));
        Assert.False(await factory.QueryAsync(db => db.QuarterLocks.AnyAsync(l => l.Quarter == 4, TestContext.Current.CancellationToken)));

        using var locked = await executive.PostFormAsync("/updates?handler=Lock&year=2024&quarter=4", new Dictionary<string, string>
        {
            ["confirm"] = "true",
            [WebTestClient.AntiforgeryField] = warning.AntiforgeryToken("[data-testid=confirm-lock]"),
        });
        using var update = await manager.PutAsJsonAsync(new Uri("/api/deliverables/D2425-CH-18/updates/4", UriKind.Relative), new { status = "on_track" }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, locked.StatusCode);
        var quarterLock = await factory.QueryAsync(db => db.QuarterLocks.SingleAsync(l => l.Quarter == 4, TestContext.Current.CancellationToken));
        Assert.Equal("executive", quarterLock.LockedBy);
        Assert.Equal(HttpStatusCode.Conflict, update.StatusCode);
        Assert.Contains("2024/25 Q4 is locked: its updates can no longer be changed", await update.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        var after = await executive.GetHtmlAsync("/updates?year=2024");
        Assert.Equal($"2024/25 Q4 locked: its updates are now read-only; {expected.Count} updates were not written", after.QuerySelector("[data-testid=saved] .nhsuk-notification-banner__heading")!.Text());
        Assert.Equal("No quarter is open for updates: every quarter that has started is locked.", after.QuerySelector("[data-testid=open-quarter]")!.Text());
        Assert.Empty(after.QuerySelectorAll("[data-testid=reminder]"));
    }
}
