using LocalCare.Core.Spc;

namespace LocalCare.Core.Tests.Spc;

public sealed class SpcVerdictTests
{
    [Theory]
    [InlineData(SpcLabel.AboveUpl, ImprovementDirection.Increase, PointType.SpecialCauseImprovement)]
    [InlineData(SpcLabel.AboveUpl, ImprovementDirection.Decrease, PointType.SpecialCauseConcern)]
    [InlineData(SpcLabel.AboveUpl, ImprovementDirection.Neither, PointType.SpecialCauseNeutralHigh)]
    [InlineData(SpcLabel.TrendIncreasing, ImprovementDirection.Increase, PointType.SpecialCauseImprovement)]
    [InlineData(SpcLabel.TrendIncreasing, ImprovementDirection.Decrease, PointType.SpecialCauseConcern)]
    [InlineData(SpcLabel.TrendIncreasing, ImprovementDirection.Neither, PointType.SpecialCauseNeutralHigh)]
    [InlineData(SpcLabel.TwoOfThreeAbove, ImprovementDirection.Increase, PointType.SpecialCauseImprovement)]
    [InlineData(SpcLabel.TwoOfThreeAbove, ImprovementDirection.Decrease, PointType.SpecialCauseConcern)]
    [InlineData(SpcLabel.TwoOfThreeAbove, ImprovementDirection.Neither, PointType.SpecialCauseNeutralHigh)]
    [InlineData(SpcLabel.ShiftAbove, ImprovementDirection.Increase, PointType.SpecialCauseImprovement)]
    [InlineData(SpcLabel.ShiftAbove, ImprovementDirection.Decrease, PointType.SpecialCauseConcern)]
    [InlineData(SpcLabel.ShiftAbove, ImprovementDirection.Neither, PointType.SpecialCauseNeutralHigh)]
    [InlineData(SpcLabel.BelowLpl, ImprovementDirection.Increase, PointType.SpecialCauseConcern)]
    [InlineData(SpcLabel.BelowLpl, ImprovementDirection.Decrease, PointType.SpecialCauseImprovement)]
    [InlineData(SpcLabel.BelowLpl, ImprovementDirection.Neither, PointType.SpecialCauseNeutralLow)]
    [InlineData(SpcLabel.TrendDecreasing, ImprovementDirection.Increase, PointType.SpecialCauseConcern)]
    [InlineData(SpcLabel.TrendDecreasing, ImprovementDirection.Decrease, PointType.SpecialCauseImprovement)]
    [InlineData(SpcLabel.TrendDecreasing, ImprovementDirection.Neither, PointType.SpecialCauseNeutralLow)]
    [InlineData(SpcLabel.TwoOfThreeBelow, ImprovementDirection.Increase, PointType.SpecialCauseConcern)]
    [InlineData(SpcLabel.TwoOfThreeBelow, ImprovementDirection.Decrease, PointType.SpecialCauseImprovement)]
    [InlineData(SpcLabel.TwoOfThreeBelow, ImprovementDirection.Neither, PointType.SpecialCauseNeutralLow)]
    [InlineData(SpcLabel.ShiftBelow, ImprovementDirection.Increase, PointType.SpecialCauseConcern)]
    [InlineData(SpcLabel.ShiftBelow, ImprovementDirection.Decrease, PointType.SpecialCauseImprovement)]
    [InlineData(SpcLabel.ShiftBelow, ImprovementDirection.Neither, PointType.SpecialCauseNeutralLow)]
    [InlineData(SpcLabel.CommonCause, ImprovementDirection.Increase, PointType.CommonCause)]
    [InlineData(SpcLabel.CommonCause, ImprovementDirection.Decrease, PointType.CommonCause)]
    [InlineData(SpcLabel.CommonCause, ImprovementDirection.Neither, PointType.CommonCause)]
    public void PointType_ReadsTheLabelsSideInTheImprovementDirection(SpcLabel label, ImprovementDirection improvement, PointType expected)
    {
        Assert.Equal(expected, PointTypes.Of(label, improvement));
    }

    [Theory]
    [InlineData(SpcLabel.CommonCause, ImprovementDirection.Increase, "common_cause")]
    [InlineData(SpcLabel.AboveUpl, ImprovementDirection.Increase, "improvement_high")]
    [InlineData(SpcLabel.ShiftBelow, ImprovementDirection.Decrease, "improvement_low")]
    [InlineData(SpcLabel.TrendIncreasing, ImprovementDirection.Decrease, "concern_high")]
    [InlineData(SpcLabel.TwoOfThreeBelow, ImprovementDirection.Increase, "concern_low")]
    [InlineData(SpcLabel.ShiftAbove, ImprovementDirection.Neither, "neutral_high")]
    [InlineData(SpcLabel.BelowLpl, ImprovementDirection.Neither, "neutral_low")]
    public void Variation_IsThePointTypeWithItsSide(SpcLabel label, ImprovementDirection improvement, string expected)
    {
        Assert.Equal(expected, Variations.Of(label, PointTypes.Of(label, improvement)).ToCode());
    }

    [Theory]
    [InlineData(ImprovementDirection.Increase, 300, "consistent_fail")]
    [InlineData(ImprovementDirection.Decrease, 300, "consistent_pass")]
    [InlineData(ImprovementDirection.Increase, -300, "consistent_pass")]
    [InlineData(ImprovementDirection.Decrease, -300, "consistent_fail")]
    [InlineData(ImprovementDirection.Increase, 0, "inconsistent")]
    [InlineData(ImprovementDirection.Decrease, 265.9, "inconsistent")]
    [InlineData(ImprovementDirection.Increase, 266, "inconsistent")]
    [InlineData(ImprovementDirection.Decrease, 266, "inconsistent")]
    [InlineData(ImprovementDirection.Increase, -266, "inconsistent")]
    [InlineData(ImprovementDirection.Decrease, -266, "inconsistent")]
    [InlineData(ImprovementDirection.Increase, 266.00000000000006, "consistent_fail")]
    public void Assurance_ComparesTheTargetWithTheLimits_ATargetOnALimitIsInconsistent(ImprovementDirection improvement, double target, string expected)
    {
        Assert.Equal(expected, Assurances.Of(target, improvement, lpl: -266, upl: 266)?.ToCode());
    }

    [Fact]
    public void Assurance_IsNone_WithoutATargetOrWithDirectionNeither()
    {
        Assert.Null(Assurances.Of(null, ImprovementDirection.Increase, -266, 266));
        Assert.Null(Assurances.Of(300, ImprovementDirection.Neither, -266, 266));
    }

    [Fact]
    public void Assurance_WithoutLimits_IsInconsistent()
    {
        Assert.Equal(Assurance.Inconsistent, Assurances.Of(300, ImprovementDirection.Increase, null, null));
    }

    [Fact]
    public void Codes_AreSpcMdsSnakeCase()
    {
        Assert.Equal(
            ["common_cause", "above_upl", "below_lpl", "trend_increasing", "trend_decreasing", "two_of_three_above", "two_of_three_below", "shift_above", "shift_below"],
            Enum.GetValues<SpcLabel>().Select(l => l.ToCode()));
        Assert.Equal(
            ["common_cause", "special_cause_improvement", "special_cause_concern", "special_cause_neutral_high", "special_cause_neutral_low"],
            Enum.GetValues<PointType>().Select(t => t.ToCode()));
        Assert.Equal(
            ["common_cause", "improvement_high", "improvement_low", "concern_high", "concern_low", "neutral_high", "neutral_low"],
            Enum.GetValues<Variation>().Select(v => v.ToCode()));
        Assert.Equal(["consistent_pass", "consistent_fail", "inconsistent"], Enum.GetValues<Assurance>().Select(a => a.ToCode()));
        Assert.Equal(["increase", "decrease", "neither"], Enum.GetValues<ImprovementDirection>().Select(d => d.ToCode()));
    }
}
