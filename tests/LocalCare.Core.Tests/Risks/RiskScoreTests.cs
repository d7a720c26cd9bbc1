using LocalCare.Core.Risks;

namespace LocalCare.Core.Tests.Risks;

/// <summary>The NHS 5×5 score: likelihood × consequence, the band edges 3/4, 6/8 and 12/15, and values outside 1–5 refused.</summary>
public sealed class RiskScoreTests
{
    [Theory]
    [InlineData(1, 1, 1, RiskScoreBand.Low)]
    [InlineData(1, 3, 3, RiskScoreBand.Low)]
    [InlineData(2, 2, 4, RiskScoreBand.Moderate)]
    [InlineData(2, 3, 6, RiskScoreBand.Moderate)]
    [InlineData(2, 4, 8, RiskScoreBand.High)]
    [InlineData(3, 4, 12, RiskScoreBand.High)]
    [InlineData(3, 5, 15, RiskScoreBand.Extreme)]
    [InlineData(5, 5, 25, RiskScoreBand.Extreme)]
    public void Score_IsLikelihoodTimesConsequence_InItsNhsBand(int likelihood, int consequence, int score, RiskScoreBand band)
    {
        var risk = new RiskScore(likelihood, consequence);

        Assert.Equal((score, band), (risk.Score, risk.Band));
    }

    [Theory]
    [InlineData(3, RiskScoreBand.Low)]
    [InlineData(4, RiskScoreBand.Moderate)]
    [InlineData(6, RiskScoreBand.Moderate)]
    [InlineData(7, RiskScoreBand.High)]
    [InlineData(8, RiskScoreBand.High)]
    [InlineData(12, RiskScoreBand.High)]
    [InlineData(13, RiskScoreBand.Extreme)]
    [InlineData(15, RiskScoreBand.Extreme)]
    public void Bands_HaveTheirEdges_At3And4_6And8_12And15(int score, RiskScoreBand band) =>
        Assert.Equal(band, RiskScoreBands.Of(score));

    [Fact]
    public void EveryProductOnTheMatrix_FallsInTheBandTheNhsTableGives()
    {
        var bands = Enumerable.Range(1, 5).SelectMany(l => Enumerable.Range(1, 5).Select(c => new RiskScore(l, c)))
            .GroupBy(s => s.Band).ToDictionary(g => g.Key, g => g.Select(s => s.Score).Distinct().Order().ToArray());

        Assert.Equal([1, 2, 3], bands[RiskScoreBand.Low]);
        Assert.Equal([4, 5, 6], bands[RiskScoreBand.Moderate]);
        Assert.Equal([8, 9, 10, 12], bands[RiskScoreBand.High]);
        Assert.Equal([15, 16, 20, 25], bands[RiskScoreBand.Extreme]);
    }

    [Theory]
    [InlineData(0, 3, "likelihood")]
    [InlineData(6, 3, "likelihood")]
    [InlineData(3, 0, "consequence")]
    [InlineData(3, 6, "consequence")]
    [InlineData(-1, 1, "likelihood")]
    public void ValuesOutsideOneToFive_AreRefused(int likelihood, int consequence, string parameter)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new RiskScore(likelihood, consequence));

        Assert.Equal(parameter, error.ParamName);
        Assert.Null(RiskScore.TryCreate(likelihood, consequence));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(26)]
    public void BandOfAScoreOffTheMatrix_IsRefused(int score) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => RiskScoreBands.Of(score));

    [Fact]
    public void Score_ReadsAsScoreThenLikelihoodByConsequence() =>
        Assert.Equal("16 (4 × 4)", new RiskScore(4, 4).ToString());
}
