using LocalCare.Core.Generation;

namespace LocalCare.Core.Tests.Generation;

public sealed class CalendarTests
{
    [Fact]
    public void BankHolidays_2022_IncludeTheJubileeAndTheFuneral()
    {
        Assert.Equal(
            [new(2022, 1, 3), new(2022, 4, 15), new(2022, 4, 18), new(2022, 5, 2), new(2022, 6, 2), new(2022, 6, 3), new(2022, 8, 29), new(2022, 9, 19), new(2022, 12, 26), new(2022, 12, 27)],
            BankHolidays.In(2022));
    }

    [Theory]
    [InlineData(2021, 12, 27, 28)] // Christmas on a Saturday
    [InlineData(2026, 12, 25, 28)] // Boxing Day on a Saturday
    [InlineData(2024, 12, 25, 26)]
    public void BankHolidays_AtChristmas_HaveSubstituteDays(int year, int month, int first, int second)
    {
        var christmas = BankHolidays.In(year).Where(d => d.Month == month && d.Day > 20).ToList();

        Assert.Equal([new DateOnly(year, month, first), new DateOnly(year, month, second)], christmas);
    }

    [Fact]
    public void BankHolidays_2020_MovedEarlyMayToVeDay()
    {
        Assert.Contains(new DateOnly(2020, 5, 8), BankHolidays.In(2020));
        Assert.DoesNotContain(new DateOnly(2020, 5, 4), BankHolidays.In(2020));
    }

    [Theory]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    [InlineData(2038, 4, 25)]
    public void EasterSunday_IsTheGregorianDate(int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), BankHolidays.EasterSunday(year));
    }

    [Theory]
    [InlineData("2024-03", 2024, 3)]
    [InlineData("1999-12", 1999, 12)]
    public void YearMonth_TryParse_ReadsYyyyMm(string text, int year, int month)
    {
        Assert.True(YearMonth.TryParse(text, out var parsed));
        Assert.Equal(new YearMonth(year, month), parsed);
        Assert.Equal(text, parsed.ToString());
    }

    [Theory]
    [InlineData("2024-3")]
    [InlineData("2024-13")]
    [InlineData("2024-00")]
    [InlineData("24-03")]
    [InlineData("2024/03")]
    [InlineData(" 2024-03")]
    [InlineData("")]
    public void YearMonth_TryParse_RejectsAnythingElse(string text)
    {
        Assert.False(YearMonth.TryParse(text, out _));
    }

    [Fact]
    public void YearMonth_AddMonths_CrossesYears()
    {
        Assert.Equal(new YearMonth(2025, 2), new YearMonth(2024, 11).AddMonths(3));
        Assert.Equal(new YearMonth(2023, 4), GenerationSettings.ForYears(new YearMonth(2025, 3), 2, 1, 1).FirstMonth);
    }

    [Fact]
    public void Keys_AreWrittenWithKindMonthServiceAndSequence()
    {
        Assert.Equal("R202403-07-00012", new RecordKey('R', new YearMonth(2024, 3), 7, 12).ToString());
        Assert.Equal("C202403-112-1234567", new RecordKey('C', new YearMonth(2024, 3), 112, 1_234_567).ToString());
        Assert.Equal("P0001234", new PersonKey(1234).ToString());
    }
}
