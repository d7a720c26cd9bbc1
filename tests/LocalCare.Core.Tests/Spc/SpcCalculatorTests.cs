using LocalCare.Core.Spc;

namespace LocalCare.Core.Tests.Spc;

public sealed class SpcCalculatorTests
{
    private static readonly SpcOptions Increase = new(ImprovementDirection.Increase);

    private static SpcResult Calculate(IReadOnlyList<SpcInputPoint> series, SpcOptions? options = null) =>
        SpcCalculator.Calculate(series, options ?? Increase);

    private static double?[] Values(params double[] values) => values.Cast<double?>().ToArray();

    [Fact]
    public void Calculate_UsesEveryPointForTheLimits_AndGivesEachPointItsGroupsLines()
    {
        var result = Calculate(SpcSeries.Of(Values(SpcSeries.Alternating(10, 11, 12))));

        Assert.Equal(12, result.Points.Count);
        Assert.All(result.Points, p =>
        {
            Assert.Equal((10.5, 7.84, 13.16, 0), (p.Mean, p.Lpl, p.Upl, p.Group));
            Assert.Equal((SpcLabel.CommonCause, PointType.CommonCause), (p.Label, p.PointType));
        });
        Assert.Equal(["p1", "p2", "p12"], result.Points.Where((_, i) => i is 0 or 1 or 11).Select(p => p.Period));
        Assert.Equal([10, 11, 10], result.Points.Take(3).Select(p => p.Value));
        Assert.Equal((10.5, 7.84, 13.16), (result.Mean, result.Lpl, result.Upl));
        Assert.Equal(Variation.CommonCause, result.Variation);
        Assert.Null(result.Assurance);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Calculate_WithABaseline_TakesTheLimitsFromTheFirstNPointsOnly()
    {
        var series = SpcSeries.Of(Values([.. SpcSeries.Alternating(11, 9, 12), 100, 100]));

        var result = Calculate(series, Increase with { Baseline = 12 });

        // From the 12 baseline points alone: mean 10, AMR 2; the two 100s are then far above the UPL.
        Assert.Equal((10, 4.68, 15.32), (result.Mean, result.Lpl, result.Upl));
        Assert.Equal([SpcLabel.AboveUpl, SpcLabel.AboveUpl], result.Points.Skip(12).Select(p => p.Label));
        Assert.Equal(Variation.ImprovementHigh, result.Variation);
    }

    [Fact]
    public void Calculate_WithABaselineLongerThanTheGroup_UsesTheWholeGroup()
    {
        var result = Calculate(SpcSeries.Of(Values(SpcSeries.Alternating(11, 9, 12))), Increase with { Baseline = 20 });

        Assert.Equal((10, 4.68, 15.32), (result.Mean, result.Lpl, result.Upl));
    }

    [Theory]
    [InlineData(11)]
    [InlineData(0)]
    public void Calculate_WithABaselineUnder12_Throws(int baseline)
    {
        var e = Assert.Throws<SpcInputException>(() => Calculate(SpcSeries.Of(1, 2, 3), Increase with { Baseline = baseline }));

        Assert.Equal($"The baseline must be at least 12 points (not {baseline}).", e.Message);
    }

    [Fact]
    public void Calculate_WithARebase_GivesEachGroupItsOwnLimits_AndReportsTheLatestGroups()
    {
        var series = SpcSeries.Of(Values([.. SpcSeries.Alternating(11, 9, 12), .. SpcSeries.Alternating(22, 20, 12)]));

        var result = Calculate(series, Increase with { RebasePeriods = ["p13"] });

        Assert.All(result.Points.Take(12), p => Assert.Equal((10, 4.68, 15.32, 0), (p.Mean, p.Lpl!.Value, p.Upl!.Value, p.Group)));
        Assert.All(result.Points.Skip(12), p => Assert.Equal((21, 15.68, 26.32, 1), (p.Mean, p.Lpl!.Value, p.Upl!.Value, p.Group)));
        Assert.All(result.Points, p => Assert.Equal(SpcLabel.CommonCause, p.Label));
        Assert.Equal((21, 15.68, 26.32), (result.Mean, result.Lpl, result.Upl));
    }

    [Fact]
    public void Calculate_WithoutThatRebase_SeesTheStepAsSpecialCause()
    {
        var series = SpcSeries.Of(Values([.. SpcSeries.Alternating(11, 9, 12), .. SpcSeries.Alternating(22, 20, 12)]));

        var result = Calculate(series);

        // One group: mean 15.5. Moving ranges: 22 of 2 and the step 9 → 22 of 13 (AMR 57 / 23 = 2.48, screened out at 8.1),
        // so AMR 2: limits 10.18 and 20.82, near-limit lines 11.95 and 19.05. The 9s and 22s are outside; the 11s and 20s
        // are beyond the near lines, two in every three, on one side.
        Assert.Equal((15.5, 10.18, 20.82), (result.Mean, result.Lpl, result.Upl));
        Assert.Equal(
            [.. Enumerable.Repeat(new[] { SpcLabel.TwoOfThreeBelow, SpcLabel.BelowLpl }, 6).SelectMany(l => l), .. Enumerable.Repeat(new[] { SpcLabel.AboveUpl, SpcLabel.TwoOfThreeAbove }, 6).SelectMany(l => l)],
            result.Points.Select(p => p.Label));
    }

    [Fact]
    public void Calculate_RunsDoNotCrossARebase()
    {
        // The last 4 of the first group are above its mean (10.33) and the first 3 of the second above its mean (20.25): 7 in all, but no shift.
        var series = SpcSeries.Of(9, 11, 9, 11, 9, 11, 11, 11, 11, 21, 21, 21, 19, 21, 19, 21, 19);

        var result = Calculate(series, Increase with { RebasePeriods = ["p10"] });

        Assert.Equal(20.25, result.Mean);
        Assert.All(result.Points, p => Assert.Equal(SpcLabel.CommonCause, p.Label));
    }

    [Fact]
    public void Calculate_ARebaseAtTheFirstPeriod_IsOneGroup()
    {
        var result = Calculate(SpcSeries.Of(Values(SpcSeries.Alternating(10, 11, 12))), Increase with { RebasePeriods = ["p1"] });

        Assert.All(result.Points, p => Assert.Equal(0, p.Group));
        Assert.Equal(10.5, result.Mean);
    }

    [Fact]
    public void Calculate_ARebaseOnANullValue_StartsTheGroupAtTheNextValue()
    {
        var result = Calculate(SpcSeries.Of(10, 11, 10, null, 20, 22), Increase with { RebasePeriods = ["p4"] });

        Assert.Equal([0, 0, 0, 1, 1], result.Points.Select(p => p.Group));
        Assert.Equal((21, 15.68, 26.32), (result.Mean, result.Lpl, result.Upl));
    }

    [Fact]
    public void Calculate_AnUnknownRebasePeriod_Throws()
    {
        var e = Assert.Throws<SpcInputException>(() => Calculate(SpcSeries.Of(1, 2, 3), Increase with { RebasePeriods = ["p2", "2024-13"] }));

        Assert.Equal("Rebase period '2024-13' is not a period of the series.", e.Message);
    }

    [Fact]
    public void Calculate_NullValues_AreSkipped_AndTheMovingRangeBridgesThem()
    {
        var result = Calculate(SpcSeries.Of(10, null, 11, 10, 11, null, 10, 11));

        // Values 10, 11, 10, 11, 10, 11: mean 10.5 and every moving range 1 (none across a gap is lost).
        Assert.Equal(["p1", "p3", "p4", "p5", "p7", "p8"], result.Points.Select(p => p.Period));
        Assert.Equal((10.5, 7.84, 13.16), (result.Mean, result.Lpl, result.Upl));
    }

    [Fact]
    public void Calculate_ADuplicatePeriod_Throws()
    {
        List<SpcInputPoint> series = [new("2024-01", 1), new("2024-02", 2), new("2024-02", null)];

        var e = Assert.Throws<SpcInputException>(() => Calculate(series));

        Assert.Equal("Period '2024-02' appears more than once; periods must be unique.", e.Message);
    }

    [Fact]
    public void Calculate_AValueThatIsNotFinite_Throws()
    {
        var e = Assert.Throws<SpcInputException>(() => Calculate(SpcSeries.Of(1, double.NaN, 3)));

        Assert.Equal("Period 'p2' has a value that is not a finite number.", e.Message);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Calculate_AConstantSeries_HasLimitsOnTheMeanAndNoSignal(bool screen)
    {
        var series = SpcSeries.Of(Values(Enumerable.Repeat(5.0, 15).ToArray()));

        var result = Calculate(series, new SpcOptions(ImprovementDirection.Increase, Target: 6, ScreenOutliers: screen));

        Assert.Equal((5, 5, 5), (result.Mean, result.Lpl, result.Upl));
        Assert.All(result.Points, p => Assert.Equal(PointType.CommonCause, p.PointType));
        Assert.Equal(Variation.CommonCause, result.Variation);
        Assert.Equal(Assurance.ConsistentFail, result.Assurance);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Calculate_FewerThan12Points_WarnsThatTheLimitsAreTrialLimits()
    {
        var result = Calculate(SpcSeries.Of(Values(SpcSeries.Alternating(10, 11, 11))));

        Assert.Equal(["The series has only 11 points: its limits are trial limits, not yet reliable (12 or more points are needed)."], result.Warnings);
        Assert.Equal(13.114545454545455, result.Upl); // 115 / 11 + 2.66
    }

    [Fact]
    public void Calculate_ALatestGroupUnder12_Warns_EvenWhenEarlierGroupsAreLong()
    {
        var series = SpcSeries.Of(Values([.. SpcSeries.Alternating(11, 9, 12), 20, 22, 20, 22, 20]));

        var result = Calculate(series, Increase with { RebasePeriods = ["p13"] });

        Assert.Equal(["The latest group (from p13) has only 5 points: its limits are trial limits, not yet reliable (12 or more points are needed)."], result.Warnings);
    }

    [Fact]
    public void Calculate_OnePoint_HasAMeanButNoLimits_AndIsCommonCause()
    {
        var result = Calculate(SpcSeries.Of(null, 7, null), Increase with { Target = 5 });

        var point = Assert.Single(result.Points);
        Assert.Equal(("p2", 7, 7), (point.Period, point.Value, point.Mean));
        Assert.Null(point.Lpl);
        Assert.Null(point.Upl);
        Assert.Equal((SpcLabel.CommonCause, PointType.CommonCause), (point.Label, point.PointType));
        Assert.Equal((7, null, null), (result.Mean, result.Lpl, result.Upl));
        Assert.Equal(Variation.CommonCause, result.Variation);
        Assert.Equal(Assurance.Inconsistent, result.Assurance);
        Assert.Equal(["The series has only 1 point: it has no process limits (limits need 2 points, and 12 to be reliable)."], result.Warnings);
    }

    [Fact]
    public void Calculate_OnePointAfterARebase_HasNoLimits_WhileTheEarlierGroupKeepsItsOwn()
    {
        var series = SpcSeries.Of(Values([.. SpcSeries.Alternating(11, 9, 12), 40]));

        var result = Calculate(series, Increase with { RebasePeriods = ["p13"] });

        Assert.Equal(15.32, result.Points[0].Upl);
        Assert.Equal((40, null, null), (result.Mean, result.Lpl, result.Upl));
        Assert.Equal(SpcLabel.CommonCause, result.Points[^1].Label);
    }

    [Fact]
    public void Calculate_NoValues_ChartsNothing()
    {
        var result = Calculate(SpcSeries.Of(null, null), Increase with { Target = 1 });

        Assert.Empty(result.Points);
        Assert.Equal((null, null, null, null, null), (result.Mean, result.Lpl, result.Upl, result.Variation, result.Assurance));
        Assert.Equal(["The series has no values: there is nothing to chart."], result.Warnings);
    }

    [Theory]
    [InlineData(ImprovementDirection.Increase, 100, Variation.ImprovementHigh)]
    [InlineData(ImprovementDirection.Decrease, 100, Variation.ConcernHigh)]
    [InlineData(ImprovementDirection.Neither, 100, Variation.NeutralHigh)]
    [InlineData(ImprovementDirection.Increase, -100, Variation.ConcernLow)]
    [InlineData(ImprovementDirection.Decrease, -100, Variation.ImprovementLow)]
    [InlineData(ImprovementDirection.Neither, -100, Variation.NeutralLow)]
    [InlineData(ImprovementDirection.Increase, 10, Variation.CommonCause)]
    public void Calculate_Variation_IsTheLatestPointsTypeAndSide(ImprovementDirection improvement, double last, Variation expected)
    {
        var series = SpcSeries.Of(Values([.. SpcSeries.Alternating(11, 9, 12), last]));

        var result = Calculate(series, new SpcOptions(improvement, Baseline: 12));

        Assert.Equal(expected, result.Variation);
    }

    [Theory]
    [InlineData(20, "inconsistent")] // above the first group's UPL, inside the latest group's limits
    [InlineData(26.32, "inconsistent")] // on the latest UPL
    [InlineData(15.68, "inconsistent")] // on the latest LPL
    [InlineData(26.33, "consistent_fail")]
    [InlineData(15.5, "consistent_pass")]
    public void Calculate_Assurance_ComparesTheTargetWithTheLatestGroupsLimits(double target, string expected)
    {
        var series = SpcSeries.Of(Values([.. SpcSeries.Alternating(11, 9, 12), .. SpcSeries.Alternating(22, 20, 12)]));

        var result = Calculate(series, Increase with { Target = target, RebasePeriods = ["p13"] });

        Assert.Equal(expected, result.Assurance?.ToCode());
    }

    [Fact]
    public void Calculate_ReferenceSeries_MatchesNHSRplotthedotsToTheLastDigit()
    {
        // Expected values from R 4.2.2 running NHSRplotthedots' ptd_spc_standard and ptd_special_cause_type arithmetic
        // (improvement "increase", target 90, screening on); printed with sprintf("%.17g").
        double[] values =
        [
            82.4, 85.1, 79.8, 83.3, 86.7, 81.2, 84.9, 80.6, 83.8, 85.5, 78.9, 84.2,
            86.1, 87.4, 88.9, 86.8, 89.5, 90.2, 88.7, 91.3, 89.9, 92.4, 90.8, 93.1,
        ];

        var result = Calculate(SpcSeries.Of(Values(values)), Increase with { Target = 90 });

        Assert.Equal((86.3125, 78.52910869565217, 94.09589130434783), (result.Mean, result.Lpl, result.Upl));
        Assert.Equal(
            [
                .. Enumerable.Repeat("common_cause", 5), .. Enumerable.Repeat("shift_below", 8),
                .. Enumerable.Repeat("shift_above", 8), "two_of_three_above", "shift_above", "two_of_three_above",
            ],
            result.Points.Select(p => p.Label.ToCode()));
        Assert.Equal(Variation.ImprovementHigh, result.Variation);
        Assert.Equal(Assurance.Inconsistent, result.Assurance);
    }

    [Fact]
    public void Calculate_ReferenceSeriesWithBaselineUnscreened_MatchesNHSRplotthedotsToTheLastDigit()
    {
        // R as above, with fix_after_n_points = 12, screen_outliers = FALSE, improvement "decrease".
        double[] values = [12.5, 14.25, 11.75, 13.5, 15.0, 12.0, 13.75, 14.5, 11.25, 12.75, 13.0, 14.0, 19.5, 13.25, 12.5, 6.75, 7.0, 6.5, 7.25, 6.75, 7.5];

        var result = Calculate(SpcSeries.Of(Values(values)), new SpcOptions(ImprovementDirection.Decrease, Baseline: 12, ScreenOutliers: false));

        Assert.Equal((13.1875, 8.592954545454546, 17.782045454545454), (result.Mean, result.Lpl, result.Upl));
        Assert.Equal(
            [.. Enumerable.Repeat("common_cause", 12), "above_upl", "common_cause", "shift_below", .. Enumerable.Repeat("below_lpl", 6)],
            result.Points.Select(p => p.Label.ToCode()));
        Assert.Equal(
            [.. Enumerable.Repeat("common_cause", 12), "special_cause_concern", "common_cause", .. Enumerable.Repeat("special_cause_improvement", 7)],
            result.Points.Select(p => p.PointType.ToCode()));
        Assert.Equal(Variation.ImprovementLow, result.Variation);
        Assert.Null(result.Assurance);
    }
}
