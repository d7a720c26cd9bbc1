using LocalCare.Core.Commissioning;
using LocalCare.Core.Commissioning.Audits;
using static LocalCare.Core.Tests.Commissioning.Build;

namespace LocalCare.Core.Tests.Commissioning.Audits;

public sealed class AuditScheduleTests
{
    private static readonly DateOnly Today = D("2025-01-15");

    private static ProviderRiskResult Risk(string provider, string next, RiskBand band = RiskBand.Medium, string? last = null) =>
        new(provider, 4, band, band.ReviewMonths(), null, last is null ? null : D(last), D(next), D(next) < Today, []);

    /// <summary>Each provider's next review either side of the 0, 30 and 90 day edges, given out of order.</summary>
    private static IReadOnlyList<AuditScheduleRow> Rows() => AuditSchedule.From(
        [
            Risk("P6", "2025-04-16", RiskBand.Low),
            Risk("P3", "2025-02-14"),
            Risk("P1", "2025-01-14", RiskBand.High),
            Risk("P5", "2025-04-15", RiskBand.Low),
            Risk("P2", "2025-01-15"),
            Risk("P0", "2024-12-01", RiskBand.High),
            Risk("P4", "2025-02-15"),
            Risk("P2A", "2025-01-15"),
        ],
        [],
        [],
        Today);

    [Fact]
    public void From_PutsOverdueFirst_ThenByDueDate_ThenByCode()
    {
        var rows = Rows();

        Assert.Equal(["P0", "P1", "P2", "P2A", "P3", "P4", "P5", "P6"], rows.Select(r => r.ProviderCode));
        Assert.Equal([-45, -1, 0, 0, 30, 31, 90, 91], rows.Select(r => r.DaysUntilDue));
        Assert.Equal([true, true, false, false, false, false, false, false], rows.Select(r => r.Overdue));
    }

    [Fact]
    public void Filter_Overdue_KeepsOnlyReviewsBeforeToday_NotOneDueToday()
    {
        Assert.Equal(["P0", "P1"], AuditSchedule.Filter(Rows(), new(OverdueOnly: true)).Select(r => r.ProviderCode));
    }

    [Theory]
    [InlineData(0, new[] { "P0", "P1", "P2", "P2A" })]
    [InlineData(30, new[] { "P0", "P1", "P2", "P2A", "P3" })]
    [InlineData(90, new[] { "P0", "P1", "P2", "P2A", "P3", "P4", "P5" })]
    public void Filter_DueWithinDays_KeepsOverdueAndThoseDueOnTheLastDay_NotTheDayAfter(int days, string[] expected)
    {
        Assert.Equal(expected, AuditSchedule.Filter(Rows(), new(DueWithinDays: days)).Select(r => r.ProviderCode));
    }

    [Fact]
    public void Filter_ByBand_AndCombined()
    {
        Assert.Equal(["P5", "P6"], AuditSchedule.Filter(Rows(), new(Band: RiskBand.Low)).Select(r => r.ProviderCode));
        Assert.Equal(["P0", "P1"], AuditSchedule.Filter(Rows(), new(DueWithinDays: 90, Band: RiskBand.High)).Select(r => r.ProviderCode));
        Assert.Equal(["P5"], AuditSchedule.Filter(Rows(), new(DueWithinDays: 90, Band: RiskBand.Low)).Select(r => r.ProviderCode));
        Assert.Empty(AuditSchedule.Filter(Rows(), new(OverdueOnly: true, Band: RiskBand.Medium)));
        Assert.Equal(8, AuditSchedule.Filter(Rows(), AuditScheduleFilter.None).Count);
    }

    [Fact]
    public void At_ListsProvidersWithAnActiveContract_WithTheirLastAuditAndNextReview()
    {
        var data = Data(
            providers: [Provider("P1"), Provider("P2"), Provider("P3"), Provider("P4")],
            contracts:
            [
                Contract("C1", "P1", "2024-04-01", "2026-03-31"),
                Contract("C2", "P2", "2024-04-01", "2026-03-31"),
                Contract("C3", "P3", "2023-04-01", "2025-01-14"), // ended yesterday
                Contract("C4", "P4", "2025-01-15", "2026-01-14"), // starts today
            ],
            audits:
            [
                Audit("A1", "P1", "2024-09-01", AuditRating.Poor),           // high: due 1 Dec 2024, overdue
                Audit("A2", "P2", "2024-10-01", AuditRating.Good),           // medium: due 1 Apr 2025
                Audit("A3", "P2", "2024-10-01", AuditRating.Excellent),      // same day: the worse (A2) counts
                Audit("A4", "P2", "2025-02-01", AuditRating.Poor),           // after today: ignored
                Audit("A5", "P3", "2024-12-01", AuditRating.Poor),
            ]);

        var rows = AuditSchedule.At(data, Today);

        Assert.Equal(
            [
                new AuditScheduleRow("P1", "Provider P1", RiskBand.High, 9, D("2024-09-01"), "A1", D("2024-12-01"), true, -45),
                new AuditScheduleRow("P4", "Provider P4", RiskBand.Medium, 5, null, null, Today, false, 0),
                new AuditScheduleRow("P2", "Provider P2", RiskBand.Medium, 4, D("2024-10-01"), "A2", D("2025-04-01"), false, 76),
            ],
            rows);
    }
}
