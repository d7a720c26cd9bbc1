using LocalCare.Core.Boards.Packs;
using LocalCare.Core.Generation;

namespace LocalCare.Core.Tests.Boards.Packs;

public sealed class DataQualityRulesTests
{
    private static readonly YearMonth October = new(2024, 10);

    private static YearMonth? M(int year, int month) => new YearMonth(year, month);

    [Fact]
    public void Timely_EverySourceUpToTheReportingMonth_IsGreen()
    {
        Assert.Equal(Rag.Green, DataQualityRules.Timely(October, [M(2024, 10), M(2024, 10)]));
    }

    [Fact]
    public void Timely_FurthestBehindOneMonth_IsAmber()
    {
        Assert.Equal(Rag.Amber, DataQualityRules.Timely(October, [M(2024, 10), M(2024, 9)]));
    }

    [Fact]
    public void Timely_OneMonthBehindAcrossAYearEnd_IsAmber()
    {
        Assert.Equal(Rag.Amber, DataQualityRules.Timely(new YearMonth(2025, 1), [M(2024, 12)]));
    }

    [Fact]
    public void Timely_TwoMonthsBehind_IsRed()
    {
        Assert.Equal(Rag.Red, DataQualityRules.Timely(October, [M(2024, 10), M(2024, 8)]));
    }

    [Fact]
    public void Timely_ASourceWithNoData_IsRed()
    {
        Assert.Equal(Rag.Red, DataQualityRules.Timely(October, [M(2024, 10), null]));
    }

    [Fact]
    public void Timely_NoSources_IsRed()
    {
        Assert.Equal(Rag.Red, DataQualityRules.Timely(October, []));
    }

    [Fact]
    public void Timely_SourceAheadOfTheReportingMonth_IsGreen()
    {
        // Spec silent: data past the reporting month counts as up to it.
        Assert.Equal(Rag.Green, DataQualityRules.Timely(October, [M(2024, 12)]));
    }

    [Theory]
    [InlineData(100, 0, Rag.Green)]
    [InlineData(100, 1, Rag.Green)]
    [InlineData(1000, 19, Rag.Green)] // 1.9%
    [InlineData(100, 2, Rag.Amber)] // exactly 2%
    [InlineData(50, 1, Rag.Amber)] // exactly 2%
    [InlineData(150, 3, Rag.Amber)] // exactly 2%
    [InlineData(1000, 49, Rag.Amber)] // 4.9%
    [InlineData(100, 5, Rag.Red)] // exactly 5%
    [InlineData(60, 3, Rag.Red)] // exactly 5%
    [InlineData(100, 100, Rag.Red)]
    public void Complete_GreenBelowTwoPercent_AmberBelowFive_RedOtherwise(long rows, long problemRows, Rag expected)
    {
        Assert.Equal(expected, DataQualityRules.Complete(rows, problemRows));
    }

    [Fact]
    public void Complete_NoRows_IsRed()
    {
        Assert.Equal(Rag.Red, DataQualityRules.Complete(0, 0));
    }

    [Fact]
    public void Validated_SignedOff_IsGreen_OtherwiseRed()
    {
        Assert.Equal(Rag.Green, DataQualityRules.Validated(true));
        Assert.Equal(Rag.Red, DataQualityRules.Validated(false));
    }

    [Theory]
    [InlineData(2024, 10, 31, Rag.Green)] // the reporting month's last day
    [InlineData(2024, 10, 1, Rag.Green)]
    [InlineData(2023, 11, 1, Rag.Green)] // 11 months 30 days before 31 Oct 2024
    [InlineData(2023, 10, 31, Rag.Red)] // exactly 12 months before: not "within" (the code's choice)
    [InlineData(2023, 10, 30, Rag.Red)]
    [InlineData(2020, 1, 1, Rag.Red)]
    [InlineData(2024, 11, 1, Rag.Red)] // reviewed after the reporting month
    public void Audited_WithinTwelveMonthsOfTheReportingMonthsLastDay(int year, int month, int day, Rag expected)
    {
        Assert.Equal(expected, DataQualityRules.Audited(October, new DateOnly(year, month, day)));
    }

    [Fact]
    public void Audited_NeverReviewed_IsRed()
    {
        Assert.Equal(Rag.Red, DataQualityRules.Audited(October, null));
    }

    [Fact]
    public void Audited_FebruaryOfALeapYear_CountsBackFromTheLastDay()
    {
        // February 2025 ends on the 28th; twelve months earlier is 28 February 2024, so the 29th is within and the 28th is not.
        var february = new YearMonth(2025, 2);
        Assert.Equal(Rag.Green, DataQualityRules.Audited(february, new DateOnly(2024, 2, 29)));
        Assert.Equal(Rag.Red, DataQualityRules.Audited(february, new DateOnly(2024, 2, 28)));
    }

    [Fact]
    public void Codes_AndLabels()
    {
        Assert.Equal(["green", "amber", "red"], new[] { Rag.Green, Rag.Amber, Rag.Red }.Select(r => r.ToCode()));
        Assert.Equal(["Green", "Amber", "Red"], new[] { Rag.Green, Rag.Amber, Rag.Red }.Select(r => r.ToLabel()));
    }

    [Fact]
    public void Audited_ReportingFebruaryOfALeapYear_CountsBackFromThe29th()
    {
        // February 2024 ends on the 29th; twelve months earlier clamps to 28 February 2023, which is not within; 1 March 2023 is.
        var february = new YearMonth(2024, 2);
        Assert.Equal(Rag.Red, DataQualityRules.Audited(february, new DateOnly(2023, 2, 28)));
        Assert.Equal(Rag.Green, DataQualityRules.Audited(february, new DateOnly(2023, 3, 1)));
        Assert.Equal(Rag.Green, DataQualityRules.Audited(february, new DateOnly(2024, 2, 29)));
    }
}
