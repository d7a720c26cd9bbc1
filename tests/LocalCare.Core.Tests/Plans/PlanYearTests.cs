using LocalCare.Core.Plans;

namespace LocalCare.Core.Tests.Plans;

public sealed class PlanYearTests
{
    [Theory]
    [InlineData("2024-04-01", 2024)]
    [InlineData("2025-03-31", 2024)]
    [InlineData("2025-04-01", 2025)]
    [InlineData("2026-11-23", 2026)]
    public void Of_PutsADateInTheYearThatStartsOnTheFirstOfApril(string date, int startYear)
    {
        Assert.Equal(new PlanYear(startYear), PlanYear.Of(DateOnly.Parse(date)));
    }

    [Fact]
    public void Label_IsWrittenTheNhsWay()
    {
        Assert.Equal("2024/25", new PlanYear(2024).Label);
        Assert.Equal("2099/00", new PlanYear(2099).Label);
    }

    [Theory]
    [InlineData("2024/25", true, 2024)]
    [InlineData("2024-25", true, 2024)]
    [InlineData("2024", true, 2024)]
    [InlineData("2024/26", false, 0)]
    [InlineData("24/25", false, 0)]
    [InlineData(null, false, 0)]
    public void TryParse_AcceptsTheUsualForms(string? text, bool ok, int startYear)
    {
        Assert.Equal(ok, PlanYear.TryParse(text, out var year));
        if (ok)
        {
            Assert.Equal(startYear, year.StartYear);
        }
    }

    [Theory]
    [InlineData("2024-04-01", 1)]
    [InlineData("2024-06-30", 1)]
    [InlineData("2024-07-01", 2)]
    [InlineData("2024-12-31", 3)]
    [InlineData("2025-01-01", 4)]
    [InlineData("2025-03-31", 4)]
    public void PlanQuarter_Of_CountsFromApril(string date, int quarter)
    {
        var q = PlanQuarter.Of(DateOnly.Parse(date));

        Assert.Equal(quarter, q.Number);
        Assert.Equal(new PlanYear(2024), q.Year);
    }

    [Fact]
    public void PlanQuarter_HasItsDatesAndLabel()
    {
        var q4 = new PlanYear(2024).Quarter(4);

        Assert.Equal(new DateOnly(2025, 1, 1), q4.Start);
        Assert.Equal(new DateOnly(2025, 3, 31), q4.End);
        Assert.Equal("2024/25 Q4", q4.Label);
        Assert.Throws<ArgumentOutOfRangeException>(() => new PlanYear(2024).Quarter(5));
    }

    [Fact]
    public void PlanYears_AndQuarters_Order()
    {
        Assert.True(new PlanYear(2024) < new PlanYear(2025));
        Assert.True(new PlanYear(2024).Quarter(4) < new PlanYear(2025).Quarter(1));
        Assert.True(new PlanYear(2025).Quarter(2) > new PlanYear(2025).Quarter(1));
    }
}
