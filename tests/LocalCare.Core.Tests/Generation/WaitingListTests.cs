using LocalCare.Core.Generation;

namespace LocalCare.Core.Tests.Generation;

public sealed class WaitingListTests
{
    // Long waits are rare by design: a volume large enough to show them (about a second to generate).
    private static readonly Lazy<GeneratedExtracts> Data = new(() =>
        new GeneratedExtracts(GenerationUnits.Testshire(), GenerationSettings.ForYears(new YearMonth(2025, 3), 3, 250_000, seed: 11)));

    [Fact]
    public void WaitingList_AtTheEnd_HasAThinTailOfLongWaits()
    {
        var days = Data.Value.WaitingAt(new YearMonth(2025, 3));

        var within18Weeks = days.Count(d => d <= 126) / (double)days.Count;
        var over52Weeks = days.Count(d => d > 364);

        Assert.InRange(within18Weeks, 0.85, 0.98);
        Assert.InRange(over52Weeks, 1, days.Count / 100);
        Assert.True(days.Count(d => d > 455) < over52Weeks, "fewer over 65 weeks than over 52");
    }

    [Fact]
    public void WaitingList_InTheFirstMonth_IsAlreadyFull()
    {
        var first = Data.Value.WaitingAt(new YearMonth(2022, 4)).Count;
        var last = Data.Value.WaitingAt(new YearMonth(2025, 3)).Count;

        Assert.InRange(first / (double)last, 0.8, 1.2);
    }

    [Fact]
    public void Referrals_BeforeTheFirstMonth_AreOnlyThoseStillOpenThen()
    {
        var data = Data.Value;

        var earlier = data.Referrals.Where(r => r.ReceivedAt < data.Start).ToList();

        Assert.NotEmpty(earlier);
        Assert.All(earlier, r => Assert.True(r.DischargedAt is null || r.DischargedAt >= data.Start));
        Assert.All(data.Contacts.Where(c => c.ScheduledAt < data.Start), c => Assert.True(c.Attendance is { } a && a.IsAttended()));
    }
}
