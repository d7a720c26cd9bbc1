using LocalCare.Core.Portfolio;

namespace LocalCare.Core.Tests.Portfolio;

public sealed class PortfolioStatusTests
{
    [Fact]
    public void EveryStatus_HasACodeAndALabel_ThatReadBack()
    {
        Assert.Equal(["not_started", "on_track", "at_risk", "off_track", "complete"], PortfolioStatuses.All.Select(s => s.ToCode()));
        Assert.Equal(["Not started", "On track", "At risk", "Off track", "Complete"], PortfolioStatuses.All.Select(s => s.ToLabel()));
        Assert.All(PortfolioStatuses.All, s => Assert.True(PortfolioStatuses.TryParse(" " + s.ToCode().ToUpperInvariant() + " ", out var read) && read == s));
        Assert.False(PortfolioStatuses.TryParse("delivered", out _));
    }

    [Fact]
    public void OnlyAtRiskAndOffTrack_NeedCommentary()
    {
        Assert.Equal([PortfolioStatus.AtRisk, PortfolioStatus.OffTrack], PortfolioStatuses.All.Where(s => s.NeedsCommentary()));
    }

    [Fact]
    public void Scopes_HaveCodesAndLabels()
    {
        Assert.Equal([("in_scope", "In scope"), ("in_sight", "In sight")], ProgrammeScopes.All.Select(s => (s.ToCode(), s.ToLabel())));
    }
}
