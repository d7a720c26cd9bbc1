using LocalCare.Core.WaitingLists;

namespace LocalCare.Core.Tests.WaitingLists;

public sealed class WaitBandsTests
{
    [Theory]
    [InlineData(0, "0-1")]
    [InlineData(7, "0-1")]
    [InlineData(8, "1-2")]
    [InlineData(14, "1-2")]
    [InlineData(15, "2-4")]
    [InlineData(28, "2-4")]
    [InlineData(29, "4-12")]
    [InlineData(84, "4-12")]
    [InlineData(85, "12-18")]
    [InlineData(126, "12-18")]
    [InlineData(127, "18-52")]
    [InlineData(364, "18-52")]
    [InlineData(365, "52-104")]
    [InlineData(728, "52-104")]
    [InlineData(729, "104+")]
    [InlineData(5000, "104+")]
    public void SitRep_BandBoundaries_AreTheSpecsDays(int days, string band) => Assert.Equal(band, WaitBands.SitRep(days));

    [Theory]
    [InlineData(0, 1, "0-1")]
    [InlineData(1, 1, "0-1")]
    [InlineData(7, 1, "0-1")]
    [InlineData(8, 2, "1-2")]
    [InlineData(14, 2, "1-2")]
    [InlineData(15, 3, "2-3")]
    [InlineData(728, 104, "103-104")]
    [InlineData(729, 105, "104+")]
    public void Weekly_IsMaxOfOneAndDaysOverSevenRoundedUp(int days, int week, string band)
    {
        Assert.Equal(week, WaitBands.WeekNumber(days));
        Assert.Equal(band, WaitBands.Weekly(days));
    }

    [Fact]
    public void WeeklyBands_RunFromZeroOneTo103_104ThenTheOpenBand()
    {
        Assert.Equal(105, WaitBands.WeeklyBands.Count);
        Assert.Equal(["0-1", "1-2", "2-3"], WaitBands.WeeklyBands.Take(3));
        Assert.Equal(["102-103", "103-104", "104+"], WaitBands.WeeklyBands.TakeLast(3));
    }

    [Theory]
    [InlineData(126, 18, false)]
    [InlineData(127, 18, true)]
    [InlineData(364, 52, false)]
    [InlineData(365, 52, true)]
    [InlineData(455, 65, false)]
    [InlineData(456, 65, true)]
    [InlineData(546, 78, false)]
    [InlineData(547, 78, true)]
    [InlineData(728, 104, false)]
    [InlineData(729, 104, true)]
    public void IsOver_MeansMoreThanSevenTimesTheWeeksInDays(int days, int weeks, bool over) => Assert.Equal(over, WaitBands.IsOver(days, weeks));

    [Fact]
    public void NegativeDays_AreRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => WaitBands.SitRep(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => WaitBands.Weekly(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => WaitBands.IsOver(-1, 18));
    }
}
