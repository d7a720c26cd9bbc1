using System.Net;
using System.Text.Json;
using LocalCare.Core.Access;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace LocalCare.Web.Tests.Features.Plans;

/// <summary>
/// The reminders on /updates list every quarter that has started and is not locked, not only the open one: on 10 November 2025
/// nothing of 2025/26 is locked, so its three deliverables owe Q1 and Q2 (overdue since 31 July and 31 October) and Q3 (due by
/// 31 January). Read only; its own factory, as it moves the clock.
/// </summary>
public sealed class UpdateRemindersTests(LocalCareWebFactory factory) : IClassFixture<LocalCareWebFactory>
{
    private static readonly DateTimeOffset November = new(2025, 11, 10, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task ThePage_ListsWhatEveryStartedUnlockedQuarterOwes_OverdueFirst_ByOwner()
    {
        ((FakeTimeProvider)factory.Services.GetRequiredService<TimeProvider>()).SetUtcNow(November);
        using var client = await factory.CreateSignedInClientAsync(Roles.Viewer);

        var page = await client.GetHtmlAsync("/updates?year=2025");

        Assert.Equal("Updates are being written for 2025/26 Q1, due by 31 July 2025.", page.QuerySelector("[data-testid=open-quarter]")!.Text());
        var reminder = Assert.Single(page.QuerySelectorAll("[data-testid=reminder]"));
        Assert.Equal("executive: 6 overdue, 3 due", reminder.QuerySelector("summary")!.Text());
        var items = reminder.QuerySelectorAll("li").Select(li => (li.GetAttribute("data-code"), li.GetAttribute("data-quarter"))).ToList();
        Assert.Equal(
            [
                ("D2526-ASC-01", "1"), ("D2526-CH-01", "1"), ("D2526-CH-02", "1"),
                ("D2526-ASC-01", "2"), ("D2526-CH-01", "2"), ("D2526-CH-02", "2"),
                ("D2526-ASC-01", "3"), ("D2526-CH-01", "3"), ("D2526-CH-02", "3"),
            ],
            items);
        var first = reminder.QuerySelector("li")!.Text();
        Assert.EndsWith("– 2025/26 Q1 update overdue since 31 July 2025", first, StringComparison.Ordinal);
        Assert.EndsWith("– 2025/26 Q3 update due by 31 January 2026", reminder.QuerySelectorAll("li")[^1].Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheApi_GivesEachReminderItsQuarter()
    {
        ((FakeTimeProvider)factory.Services.GetRequiredService<TimeProvider>()).SetUtcNow(November);
        using var client = await factory.CreateSignedInClientAsync(Roles.Executive);

        using var response = await client.GetResponseAsync("/api/updates?year=2025");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var owner = Assert.Single(json.RootElement.GetProperty("byOwner").EnumerateArray());
        Assert.Equal(("executive", 3, 6), (owner.GetProperty("owner").GetString(), owner.GetProperty("due").GetInt32(), owner.GetProperty("overdue").GetInt32()));
        var items = owner.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal([1, 1, 1, 2, 2, 2, 3, 3, 3], items.Select(i => i.GetProperty("quarter").GetInt32()));
        Assert.Equal(("2025/26 Q2", "2025-10-31", true), (items[3].GetProperty("quarterLabel").GetString(), items[3].GetProperty("deadline").GetString(), items[3].GetProperty("overdue").GetBoolean()));
        // "My updates" stay on the open quarter: the executive's three deliverables owe Q1, overdue.
        Assert.All(json.RootElement.GetProperty("mine").EnumerateArray(), m => Assert.True(m.GetProperty("overdue").GetBoolean()));
    }
}
