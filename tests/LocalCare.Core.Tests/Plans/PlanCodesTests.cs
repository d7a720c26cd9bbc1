using LocalCare.Core.Plans;

namespace LocalCare.Core.Tests.Plans;

public sealed class PlanCodesTests
{
    private static readonly PlanYear From = new(2024);

    [Theory]
    [InlineData("P2425-SAFE", "P2526-SAFE")]
    [InlineData("K2425-WF-RECRUIT", "K2526-WF-RECRUIT")]
    [InlineData("TP2425-CHTP", "TP2526-CHTP")]
    [InlineData("TP2425-CHTP-03", "TP2526-CHTP-03")]
    [InlineData("P2324-OLD", "P2324-OLD-2526")] // not this year's code
    [InlineData("CUSTOM", "CUSTOM-2526")]
    public void ForYear_ChangesTheYearAndKeepsTheRest(string code, string expected) =>
        Assert.Equal(expected, PlanCodes.ForYear(code, From, From.Next));

    [Theory]
    [InlineData("K2425-QUALITY", 2024)]
    [InlineData("TP2526-CHTP-03", 2025)]
    [InlineData("D9900-CH-01", 2099)]
    public void YearOf_ReadsTheYearACodeCarries(string code, int startYear) => Assert.Equal(new PlanYear(startYear), PlanCodes.YearOf(code));

    [Theory]
    [InlineData("CUSTOM")]
    [InlineData("K2426-QUALITY")] // not one year after the other
    [InlineData("K-QUALITY-2526")] // the year appended to a code without one
    public void YearOf_IsNullForACodeWithoutAYear(string code) => Assert.Null(PlanCodes.YearOf(code));

    [Fact]
    public void Programme_PutsTheYearBeforeTheShortCode() => Assert.Equal("TP2425-CARE", PlanCodes.Programme(From, "CARE"));

    [Fact]
    public void NextDeliverable_FollowsTheHighestNumberOfTheWorkplan()
    {
        Assert.Equal("D2425-CH-31", PlanCodes.NextDeliverable(From, "CH", ["D2425-CH-30", "D2425-CH-07", "D2425-ASC-40", "D2324-CH-90"]));
        Assert.Equal("D2425-JOINT-01", PlanCodes.NextDeliverable(From, "JOINT", []));
    }

    [Theory]
    [InlineData("SAFE", true)]
    [InlineData("WF-2", true)]
    [InlineData("S", false)]
    [InlineData("safe", false)]
    [InlineData("2SAFE", false)]
    [InlineData("ABCDEFGHIJKLM", false)]
    public void IsShortCode_TakesTwoToTwelveCapitalsDigitsAndHyphens(string text, bool valid) => Assert.Equal(valid, PlanCodes.IsShortCode(text));
}
