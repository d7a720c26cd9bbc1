using LocalCare.Core.WaitingLists;

namespace LocalCare.Core.Tests.WaitingLists;

public sealed class WaitingListModelTests
{
    /// <summary>NHSRwaitinglist's own worked example: 30 referrals and 27 removals a week, 1,200 waiting, a 52-week target.</summary>
    private static readonly WaitingListModelInput Example = new(Demand: 30, Capacity: 27, QueueSize: 1200, TargetWeeks: 52);

    [Fact]
    public void Calculate_DocumentedExample_GivesEveryFormulaWithTheDefaults()
    {
        var result = WaitingListModel.Calculate(Example);

        Assert.Equal(30.0 / 27, result.QueueLoad); // 1.111…: 30 ÷ 27
        Assert.Equal(1.1111111111111112, result.QueueLoad);
        Assert.Equal(13, result.TargetMeanWait); // 52 ÷ 4
        Assert.Equal(390, result.TargetQueueSize); // 30 × 52 ÷ 4
        Assert.Equal(61.15384615384615, result.ReliefCapacity); // 30 + (1200 − 390) ÷ 26; R's test: 61.153846
        Assert.Equal(30.076923076923077, result.TargetCapacity); // 30 + ((1² + 1²) ÷ 2) × (4 ÷ 52)
        Assert.Null(result.Pressure);
        Assert.Equal(WaitingListRegime.ReliefFirst, result.Regime); // 1200 > 2 × 390
        Assert.Equal(30, result.ReliefDemand);
    }

    [Fact]
    public void Calculate_NoCapacity_HasNoQueueLoad_AndStillGivesTheCapacitiesToPlanFor()
    {
        var result = WaitingListModel.Calculate(Example with { Capacity = 0 });

        Assert.Null(result.QueueLoad); // 30 ÷ 0: R's Inf, no number
        Assert.Equal(390, result.TargetQueueSize);
        Assert.Equal(61.15384615384615, result.ReliefCapacity); // capacity is not in the formula: 30 + (1200 − 390) ÷ 26
        Assert.Equal(30.076923076923077, result.TargetCapacity);
        Assert.Equal("Nothing is removed (capacity 0): every referral stays, and the list grows by about 30 a week.", result.Readings.QueueLoad);
    }

    [Fact]
    public void Calculate_NoDemand_HasNoTargetQueue_SoReliefClearsTheListInTheTimeToTarget()
    {
        var result = WaitingListModel.Calculate(Example with { Demand = 0 });

        Assert.Equal(0, result.QueueLoad);
        Assert.Equal(0, result.TargetQueueSize); // 0 × 13
        Assert.Equal(1200.0 / 26, result.ReliefCapacity); // 0 + (1200 − 0) ÷ 26
        Assert.Equal(4.0 / 52, result.TargetCapacity, 12); // 0 + ((1² + 1²) ÷ 2) × (4 ÷ 52)
        Assert.Equal(WaitingListRegime.ReliefFirst, result.Regime); // any list is more than twice a target size of 0
        Assert.Equal("No referrals join: the list shrinks by about 27 a week until it is empty.", result.Readings.QueueLoad);
    }

    [Fact]
    public void Calculate_NoDemandAndNoCapacity_SaysTheListStandsStill()
    {
        var result = WaitingListModel.Calculate(Example with { Demand = 0, Capacity = 0 });

        Assert.Null(result.QueueLoad);
        Assert.Equal("Nothing joins and nothing is removed: the list stays as it is while every wait grows.", result.Readings.QueueLoad);
    }

    [Fact]
    public void Calculate_WithAMeanWait_GivesThePressure()
    {
        // R's example: calc_waiting_list_pressure(63, 52) = 2 × 63 ÷ 52.
        var result = WaitingListModel.Calculate(Example with { MeanWait = 63 });

        Assert.Equal(2.423076923076923, result.Pressure);
        Assert.Contains("will breach", result.Readings.Pressure, StringComparison.Ordinal);
    }

    [Fact]
    public void Calculate_PressureOfExactlyOne_DoesNotBreach()
    {
        var result = WaitingListModel.Calculate(Example with { MeanWait = 26 });

        Assert.Equal(1, result.Pressure);
        Assert.DoesNotContain("breach", result.Readings.Pressure, StringComparison.Ordinal);
    }

    [Fact]
    public void Calculate_OtherFactorAndCvs_UseThemInTargetWaitSizeAndCapacity()
    {
        var result = WaitingListModel.Calculate(new WaitingListModelInput(
            Demand: 10, Capacity: 12, QueueSize: 20, TargetWeeks: 18, Factor: 6, CvDemand: 0.8, CvCapacity: 1.2, TimeToTarget: 10));

        Assert.Equal(3, result.TargetMeanWait); // 18 ÷ 6
        Assert.Equal(30, result.TargetQueueSize); // 10 × 3
        Assert.Equal(10.346666666666668, result.TargetCapacity); // 10 + ((0.64 + 1.44) ÷ 2) × (6 ÷ 18) = 10 + 1.04 ÷ 3
        Assert.Equal(9, result.ReliefCapacity); // 10 + (20 − 30) ÷ 10: below demand, the list may grow to its target size
        Assert.Equal(WaitingListRegime.Steady, result.Regime);
        Assert.Contains("let it grow", result.Readings.ReliefCapacity, StringComparison.Ordinal);
    }

    [Fact]
    public void Calculate_ReferralsAndCvDemand_RaiseTheReliefDemand_WhenTheAllowanceIsUnderOne()
    {
        // 2 × 30 × 0.5 ÷ √3600 = 0.5 < 1, so relief plans for 30 ÷ (1 − 0.5) = 60: relief 60 + 810 ÷ 26.
        var result = WaitingListModel.Calculate(Example with { CvDemand = 0.5, Referrals = 3600 });

        Assert.Equal(60, result.ReliefDemand);
        Assert.Equal(91.15384615384616, result.ReliefCapacity);

        // Only relief capacity is raised; target capacity takes the demand as measured, with the given cv: 30 + ((0.25 + 1) ÷ 2) × (4 ÷ 52).
        Assert.Equal(30.048076923076923, result.TargetCapacity);
        Assert.Equal(390, result.TargetQueueSize);
        Assert.Contains("Demand is taken as 60, not 30", result.Readings.ReliefCapacity, StringComparison.Ordinal);
    }

    [Fact]
    public void Calculate_AllowanceOfOneOrMore_LeavesTheDemandAsMeasured()
    {
        // 2 × 30 × 0.5 ÷ √900 = 1: not under 1, so no correction (it would divide by 0 or turn negative).
        var result = WaitingListModel.Calculate(Example with { CvDemand = 0.5, Referrals = 900 });

        Assert.Equal(30, result.ReliefDemand);
        Assert.Equal(61.15384615384615, result.ReliefCapacity);
        Assert.Contains("too few", result.Readings.ReliefCapacity, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(3600L, null)] // no cv_demand given: as calc_relief_capacity with its cv_demand = 0
    [InlineData(0L, 0.5)] // no referrals counted
    [InlineData(null, 0.5)]
    public void Calculate_WithoutBothReferralsAndCvDemand_LeavesTheReliefDemand(long? referrals, double? cvDemand)
    {
        var result = WaitingListModel.Calculate(Example with { CvDemand = cvDemand, Referrals = referrals });

        Assert.Equal(30, result.ReliefDemand);
        Assert.Equal(61.15384615384615, result.ReliefCapacity);
    }

    [Theory]
    [InlineData(779, WaitingListRegime.Steady)]
    [InlineData(780, WaitingListRegime.Steady)] // exactly twice the target size of 390 is not "more than twice"
    [InlineData(780.5, WaitingListRegime.ReliefFirst)]
    [InlineData(781, WaitingListRegime.ReliefFirst)]
    public void Calculate_Regime_IsReliefFirstOnlyAboveTwiceTheTargetQueueSize(double queue, WaitingListRegime regime)
    {
        var result = WaitingListModel.Calculate(Example with { QueueSize = queue });

        Assert.Equal(regime, result.Regime);
        Assert.StartsWith(regime == WaitingListRegime.ReliefFirst ? "Relief first" : "Steady", result.Readings.Regime, StringComparison.Ordinal);
    }

    [Fact]
    public void Regime_Codes_AreTheSpecs() =>
        Assert.Equal(("steady", "relief_first"), (WaitingListRegime.Steady.ToCode(), WaitingListRegime.ReliefFirst.ToCode()));

    [Fact]
    public void Calculate_Readings_SayEachQuantityInWords()
    {
        var readings = WaitingListModel.Calculate(Example).Readings;

        Assert.Equal("1.11 referrals join for every one removed: the list grows by about 3 a week.", readings.QueueLoad);
        Assert.Equal("A mean wait of 13 weeks (the target ÷ 4) keeps about 98.2% within 52 weeks.", readings.TargetMeanWait);
        Assert.Contains("about 390", readings.TargetQueueSize, StringComparison.Ordinal);
        Assert.Contains("1,200", readings.TargetQueueSize, StringComparison.Ordinal);
        Assert.Equal("Removing 61.15 a week brings the list from 1,200 down to 390 in 26 weeks.", readings.ReliefCapacity);
        Assert.Contains("30.08 a week", readings.TargetCapacity, StringComparison.Ordinal);
        Assert.Equal("Pressure needs the mean wait now.", readings.Pressure);
    }

    [Theory]
    [InlineData(-1, 27, 1200, 52, 4, 26, "Demand (referrals a week) must be a number of 0 or more (not -1).")]
    [InlineData(30, -0.5, 1200, 52, 4, 26, "Capacity (removals a week) must be a number of 0 or more (not -0.5).")]
    [InlineData(30, 27, -1, 52, 4, 26, "The queue size must be a number of 0 or more (not -1).")]
    [InlineData(30, 27, 1200, 0, 4, 26, "The target wait (weeks) must be a number greater than 0 (not 0).")]
    [InlineData(30, 27, 1200, 52, 0, 26, "The factor must be a number greater than 0 (not 0).")]
    [InlineData(30, 27, 1200, 52, 4, -2, "The time to target (weeks) must be a number greater than 0 (not -2).")]
    [InlineData(double.NaN, 27, 1200, 52, 4, 26, "Demand (referrals a week) must be a number of 0 or more (not NaN).")]
    public void Calculate_NumbersItCannotUse_AreRejectedWithAClearMessage(
        double demand, double capacity, double queue, double target, double factor, double timeToTarget, string message)
    {
        var input = new WaitingListModelInput(demand, capacity, queue, target, factor, TimeToTarget: timeToTarget);

        var error = Assert.Throws<WaitingListInputException>(() => WaitingListModel.Calculate(input));

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Calculate_NegativeCvsReferralsOrMeanWait_AreRejected()
    {
        Assert.Throws<WaitingListInputException>(() => WaitingListModel.Calculate(Example with { CvDemand = -0.1 }));
        Assert.Throws<WaitingListInputException>(() => WaitingListModel.Calculate(Example with { CvCapacity = -0.1 }));
        Assert.Throws<WaitingListInputException>(() => WaitingListModel.Calculate(Example with { Referrals = -1 }));
        Assert.Throws<WaitingListInputException>(() => WaitingListModel.Calculate(Example with { MeanWait = -1 }));
    }
}
