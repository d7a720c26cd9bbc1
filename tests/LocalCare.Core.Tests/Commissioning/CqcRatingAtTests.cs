using LocalCare.Core.Commissioning;
using static LocalCare.Core.Tests.Commissioning.Build;

namespace LocalCare.Core.Tests.Commissioning;

public sealed class CqcRatingAtTests
{
    private static CqcRatingResult At(string date, params CqcRatingRecord[] rows) => CqcRatingAt.At(rows, CqcDomain.Overall, D(date));

    [Fact]
    public void NoRows_IsUnrated()
    {
        Assert.Equal(new CqcRatingResult(null, null), At("2024-06-30"));
    }

    [Fact]
    public void TheOverallGroupsLatestRowOnOrBeforeTheDate_GivesTheRating()
    {
        CqcRatingRecord[] rows = [Cqc("L1", "2020-03-01", "Good"), Cqc("L1", "2023-02-10", "Requires improvement"), Cqc("L1", "2025-01-05", "Outstanding")];

        Assert.Equal(new CqcRatingResult(null, null), At("2020-02-29", rows));
        Assert.Equal(new CqcRatingResult(CqcRating.Good, D("2020-03-01")), At("2020-03-01", rows));
        Assert.Equal(new CqcRatingResult(CqcRating.Good, D("2020-03-01")), At("2023-02-09", rows));
        Assert.Equal(new CqcRatingResult(CqcRating.RequiresImprovement, D("2023-02-10")), At("2023-02-10", rows));
        Assert.Equal(new CqcRatingResult(CqcRating.RequiresImprovement, D("2023-02-10")), At("2025-01-04", rows));
        Assert.Equal(new CqcRatingResult(CqcRating.Outstanding, D("2025-01-05")), At("2025-01-05", rows));
    }

    [Fact]
    public void TheOrderOfRows_DoesNotMatter()
    {
        Assert.Equal(
            new CqcRatingResult(CqcRating.Inadequate, D("2023-06-01")),
            At("2024-01-01", Cqc("L1", "2023-06-01", "Inadequate"), Cqc("L1", "2019-01-01", "Outstanding"), Cqc("L1", "2021-01-01", "Good")));
    }

    [Fact]
    public void OtherDomainsRows_AreIgnored()
    {
        CqcRatingRecord[] rows = [Cqc("L1", "2023-01-01", "Good"), Cqc("L1", "2024-01-01", "Inadequate", domain: CqcDomain.Safe)];

        Assert.Equal(new CqcRatingResult(CqcRating.Good, D("2023-01-01")), At("2024-06-30", rows));
        Assert.Equal(new CqcRatingResult(CqcRating.Inadequate, D("2024-01-01")), CqcRatingAt.At(rows, CqcDomain.Safe, D("2024-06-30")));
        Assert.Equal(new CqcRatingResult(null, null), CqcRatingAt.At(rows, CqcDomain.WellLed, D("2024-06-30")));
    }

    [Fact]
    public void WhenOverallIsUnrated_TheWorstOfTheOtherGroupsLatestRatedRows_IsTaken_WithTheLatestOfTheirDates()
    {
        CqcRatingRecord[] rows =
        [
            Cqc("L1", "2026-02-01", "Not rated"),
            Cqc("L1", "2025-11-03", "Good", "Residential"),
            Cqc("L1", "2025-09-15", "Requires improvement", "Nursing"),
            Cqc("L1", "2025-12-20", "Outstanding", "Domiciliary"),
        ];

        Assert.Equal(new CqcRatingResult(CqcRating.RequiresImprovement, D("2025-12-20")), At("2026-03-01", rows));
    }

    [Fact]
    public void WhenOverallHasNoRow_TheOtherGroupsAreUsed()
    {
        CqcRatingRecord[] rows = [Cqc("L1", "2025-11-03", "Good", "Residential"), Cqc("L1", "2025-10-01", "Outstanding", "Nursing")];

        Assert.Equal(new CqcRatingResult(CqcRating.Good, D("2025-11-03")), At("2026-03-01", rows));
        Assert.Equal(new CqcRatingResult(CqcRating.Outstanding, D("2025-10-01")), At("2025-11-02", rows));
    }

    [Fact]
    public void ALaterUnratedRowInAGroup_DoesNotHideItsLatestRatedRow()
    {
        CqcRatingRecord[] rows =
        [
            Cqc("L1", "2026-02-01", "Insufficient evidence to rate"),
            Cqc("L1", "2024-05-01", "Inadequate", "Residential"),
            Cqc("L1", "2025-03-01", "Good", "Residential"),
            Cqc("L1", "2026-01-10", "Not Yet Inspected", "Residential"),
            Cqc("L1", "2025-06-01", "Outstanding", "Nursing"),
        ];

        Assert.Equal(new CqcRatingResult(CqcRating.Good, D("2025-06-01")), At("2026-03-01", rows));
    }

    [Fact]
    public void TheLatestOverallRowUnrated_HidesAnEarlierRatedOverallRow()
    {
        CqcRatingRecord[] rows = [Cqc("L1", "2022-01-01", "Good"), Cqc("L1", "2026-02-01", "Not rated"), Cqc("L1", "2025-07-01", "Inadequate", "Nursing")];

        Assert.Equal(new CqcRatingResult(CqcRating.Inadequate, D("2025-07-01")), At("2026-03-01", rows));
        Assert.Equal(new CqcRatingResult(CqcRating.Good, D("2022-01-01")), At("2026-01-31", rows));
    }

    [Fact]
    public void WhenOverallIsRated_OtherGroupsAreNotLookedAt()
    {
        CqcRatingRecord[] rows = [Cqc("L1", "2024-01-01", "Outstanding"), Cqc("L1", "2025-01-01", "Inadequate", "Nursing")];

        Assert.Equal(new CqcRatingResult(CqcRating.Outstanding, D("2024-01-01")), At("2026-01-01", rows));
    }

    [Fact]
    public void OverallUnrated_AndNoOtherRatedRow_IsUnrated()
    {
        CqcRatingRecord[] rows = [Cqc("L1", "2026-02-01", "Not rated"), Cqc("L1", "2026-02-01", "Not rated", "Nursing")];

        Assert.Equal(new CqcRatingResult(null, null), At("2026-03-01", rows));
    }

    [Fact]
    public void OtherGroupsRowsAfterTheDate_AreNotUsed()
    {
        CqcRatingRecord[] rows = [Cqc("L1", "2026-02-01", "Not rated"), Cqc("L1", "2026-03-02", "Good", "Nursing"), Cqc("L1", "2025-03-02", "Requires improvement", "Nursing")];

        Assert.Equal(new CqcRatingResult(CqcRating.RequiresImprovement, D("2025-03-02")), At("2026-03-01", rows));
        Assert.Equal(new CqcRatingResult(CqcRating.Good, D("2026-03-02")), At("2026-03-02", rows));
    }

    [Theory]
    [InlineData("2026-02-28", CqcRating.Inadequate, "2025-01-01")]
    [InlineData("2026-03-01", CqcRating.Good, "2026-03-01")]
    public void AnOverallRowPublishedOnTheDate_ReplacesThePerServiceFallback_FromThatDay(string date, CqcRating rating, string published)
    {
        CqcRatingRecord[] rows = [Cqc("L1", "2026-03-01", "Good"), Cqc("L1", "2025-01-01", "Inadequate", "Nursing")];

        Assert.Equal(new CqcRatingResult(rating, D(published)), At(date, rows));
    }

    [Theory]
    [InlineData("2026-01-31", CqcRating.Good, "2022-01-01")]
    [InlineData("2026-02-01", CqcRating.Inadequate, "2025-07-01")]
    public void AnUnratedOverallRowPublishedOnTheDate_StartsTheFallback_FromThatDay(string date, CqcRating rating, string published)
    {
        CqcRatingRecord[] rows = [Cqc("L1", "2022-01-01", "Good"), Cqc("L1", "2026-02-01", "Not rated"), Cqc("L1", "2025-07-01", "Inadequate", "Nursing")];

        Assert.Equal(new CqcRatingResult(rating, D(published)), At(date, rows));
    }

    [Theory]
    [InlineData("2026-02-28", CqcRating.Good, "2025-11-03")]
    [InlineData("2026-03-01", CqcRating.RequiresImprovement, "2026-03-01")]
    public void AServiceRowPublishedOnTheDate_CountsFromThatDay_AndReplacesItsGroupsEarlierRow(string date, CqcRating rating, string published)
    {
        CqcRatingRecord[] rows =
        [
            Cqc("L1", "2026-01-01", "Not rated"),
            Cqc("L1", "2024-06-01", "Outstanding", "Nursing"),
            Cqc("L1", "2026-03-01", "Requires improvement", "Nursing"),
            Cqc("L1", "2025-11-03", "Good", "Residential"),
        ];

        Assert.Equal(new CqcRatingResult(rating, D(published)), At(date, rows));
    }

    [Fact]
    public void InTheFallback_TheDateIsTheLatestOfTheGroupsTaken_EvenWhenTheWorstIsOlder()
    {
        CqcRatingRecord[] rows = [Cqc("L1", "2026-01-01", "Not rated"), Cqc("L1", "2021-04-01", "Inadequate", "Nursing"), Cqc("L1", "2025-10-01", "Outstanding", "Residential")];

        Assert.Equal(new CqcRatingResult(CqcRating.Inadequate, D("2025-10-01")), At("2026-03-01", rows));
        Assert.Equal(new CqcRatingResult(CqcRating.Inadequate, D("2021-04-01")), At("2025-09-30", rows));
    }

    [Fact]
    public void TheOverallGroupName_IsMatchedCaseInsensitively()
    {
        Assert.Equal(new CqcRatingResult(CqcRating.Good, D("2024-01-01")), At("2024-06-30", Cqc("L1", "2024-01-01", "Good", " OVERALL "), Cqc("L1", "2023-01-01", "Inadequate", "Nursing")));
    }

    [Fact]
    public void ForProvider_UsesItsLocationsRowsOnly_AndWithNoLocationIsUnrated()
    {
        CqcRatingRecord[] rows = [Cqc("1-111", "2024-01-01", "Good"), Cqc("1-222", "2024-03-01", "Inadequate")];

        Assert.Equal(new CqcRatingResult(CqcRating.Good, D("2024-01-01")), CqcRatingAt.ForProvider(Provider("P1", "1-111"), rows, D("2024-06-30")));
        Assert.Equal(new CqcRatingResult(CqcRating.Inadequate, D("2024-03-01")), CqcRatingAt.ForProvider(Provider("P2", " 1-222 "), rows, D("2024-06-30")));
        Assert.Equal(new CqcRatingResult(null, null), CqcRatingAt.ForProvider(Provider("P3"), rows, D("2024-06-30")));
        Assert.Equal(new CqcRatingResult(null, null), CqcRatingAt.ForProvider(Provider("P4", "1-333"), rows, D("2024-06-30")));
    }
}
