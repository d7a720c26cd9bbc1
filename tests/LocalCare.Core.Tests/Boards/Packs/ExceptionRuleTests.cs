using LocalCare.Core.Boards.Packs;
using LocalCare.Core.Metrics;
using LocalCare.Core.Spc;
using static LocalCare.Core.Tests.Boards.Packs.PackSamples;

namespace LocalCare.Core.Tests.Boards.Packs;

public sealed class ExceptionRuleTests
{
    public static TheoryData<Variation?, Assurance?, bool, ExceptionReason[]> Reasons => new()
    {
        { Variation.ConcernHigh, null, false, [ExceptionReason.Concern] },
        { Variation.ConcernLow, null, false, [ExceptionReason.Concern] },
        { Variation.CommonCause, null, false, [] },
        { Variation.ImprovementHigh, null, false, [] },
        { Variation.ImprovementLow, null, false, [] },
        { Variation.NeutralHigh, null, false, [] },
        { Variation.NeutralLow, null, false, [] },
        { null, null, false, [] },
        { Variation.CommonCause, Assurance.ConsistentFail, false, [ExceptionReason.ConsistentFail] },
        { Variation.CommonCause, Assurance.Inconsistent, false, [] },
        { Variation.CommonCause, Assurance.ConsistentPass, false, [] },
        { Variation.ImprovementHigh, Assurance.ConsistentFail, false, [ExceptionReason.ConsistentFail] },
        { Variation.CommonCause, null, true, [ExceptionReason.Flagged] },
        { null, null, true, [ExceptionReason.Flagged] },
        { Variation.ConcernHigh, Assurance.ConsistentFail, false, [ExceptionReason.Concern, ExceptionReason.ConsistentFail] },
        { Variation.ConcernLow, Assurance.ConsistentPass, true, [ExceptionReason.Concern, ExceptionReason.Flagged] },
        { Variation.ConcernLow, Assurance.ConsistentFail, true, [ExceptionReason.Concern, ExceptionReason.ConsistentFail, ExceptionReason.Flagged] },
    };

    [Theory]
    [MemberData(nameof(Reasons))]
    public void ReasonsOf_ConcernConsistentFailOrFlagged_InThatOrder(Variation? variation, Assurance? assurance, bool flagged, ExceptionReason[] expected)
    {
        Assert.Equal(expected, BoardPackBuilder.ReasonsOf(variation, assurance, flagged));
    }

    [Fact]
    public void SpikeAboveTheLimit_LowerIsBetter_IsConcernHighAndAnException()
    {
        var metric = Build(Metric("m", FlatThenSpikeUp(), Direction.LowerIsBetter)).Metrics[0];

        Assert.Equal(Variation.ConcernHigh, metric.Variation);
        Assert.Null(metric.Assurance);
        Assert.Equal([ExceptionReason.Concern], metric.Reasons);
        Assert.True(metric.IsException);
    }

    [Fact]
    public void SpikeAboveTheLimit_HigherIsBetter_IsImprovementHighAndNoException()
    {
        var metric = Build(Metric("m", FlatThenSpikeUp(), Direction.HigherIsBetter)).Metrics[0];

        Assert.Equal(Variation.ImprovementHigh, metric.Variation);
        Assert.Empty(metric.Reasons);
        Assert.False(metric.IsException);
    }

    [Fact]
    public void SpikeBelowTheLimit_HigherIsBetter_IsConcernLowAndAnException()
    {
        var metric = Build(Metric("m", FlatThenSpikeDown(), Direction.HigherIsBetter)).Metrics[0];

        Assert.Equal(Variation.ConcernLow, metric.Variation);
        Assert.Equal([ExceptionReason.Concern], metric.Reasons);
    }

    [Fact]
    public void SpikeBelowTheLimit_LowerIsBetter_IsImprovementLowAndNoException()
    {
        var metric = Build(Metric("m", FlatThenSpikeDown(), Direction.LowerIsBetter)).Metrics[0];

        Assert.Equal(Variation.ImprovementLow, metric.Variation);
        Assert.False(metric.IsException);
    }

    [Fact]
    public void TargetAboveTheUpl_HigherIsBetter_IsConsistentFailAndAnException()
    {
        // Alternating 10/12: UPL 16.32; a target of 20 can never be reached.
        var metric = Build(Metric("m", Alternating(), Direction.HigherIsBetter, target: 20)).Metrics[0];

        Assert.Equal(Variation.CommonCause, metric.Variation);
        Assert.Equal(Assurance.ConsistentFail, metric.Assurance);
        Assert.Equal([ExceptionReason.ConsistentFail], metric.Reasons);
    }

    [Fact]
    public void TargetAboveTheUpl_LowerIsBetter_IsConsistentPassAndNoException()
    {
        var metric = Build(Metric("m", Alternating(), Direction.LowerIsBetter, target: 20)).Metrics[0];

        Assert.Equal(Assurance.ConsistentPass, metric.Assurance);
        Assert.False(metric.IsException);
    }

    [Fact]
    public void TargetBelowTheLpl_LowerIsBetter_IsConsistentFailAndAnException()
    {
        // LPL 5.68; a target of 2 for a lower-is-better metric can never be met.
        var metric = Build(Metric("m", Alternating(), Direction.LowerIsBetter, target: 2)).Metrics[0];

        Assert.Equal(Assurance.ConsistentFail, metric.Assurance);
        Assert.Equal([ExceptionReason.ConsistentFail], metric.Reasons);
    }

    [Fact]
    public void TargetWithinTheLimits_IsInconsistentAndNoException()
    {
        var metric = Build(Metric("m", Alternating(), Direction.HigherIsBetter, target: 11)).Metrics[0];

        Assert.Equal(Assurance.Inconsistent, metric.Assurance);
        Assert.False(metric.IsException);
    }

    [Fact]
    public void CommonCause_Flagged_IsAnException()
    {
        var metric = Build(Metric("m", Alternating(), flagged: true)).Metrics[0];

        Assert.Equal(Variation.CommonCause, metric.Variation);
        Assert.Equal([ExceptionReason.Flagged], metric.Reasons);
    }

    [Fact]
    public void ConcernAndConsistentFail_GivesBothReasons()
    {
        // Flat then spike: UPL = LPL = 230/21 ≈ 10.95; a target of 5 is below the LPL, which fails a lower-is-better metric.
        var metric = Build(Metric("m", FlatThenSpikeUp(), Direction.LowerIsBetter, target: 5)).Metrics[0];

        Assert.Equal([ExceptionReason.Concern, ExceptionReason.ConsistentFail], metric.Reasons);
    }

    [Fact]
    public void Exceptions_ListsOnlyTheExceptionMetrics_InTheBoardsOrder()
    {
        var pack = Build(
            Metric("calm", Alternating()),
            Metric("flagged", Alternating(), flagged: true),
            Metric("better", FlatThenSpikeUp(), Direction.HigherIsBetter),
            Metric("fail", Alternating(), target: 20),
            Metric("passing", Alternating(), target: 2),
            Metric("concern", FlatThenSpikeUp(), Direction.LowerIsBetter),
            Metric("empty", []));

        Assert.Equal(["flagged", "fail", "concern"], pack.Exceptions.Select(m => m.Id));
    }

    [Fact]
    public void MissingNarrative_ListsExceptionsWithoutNarrative_ToFollowCountsAsPresent()
    {
        var pack = Build(
            Metric("written", FlatThenSpikeUp(), Direction.LowerIsBetter, narrative: Narrative()),
            Metric("none", FlatThenSpikeUp(), Direction.LowerIsBetter),
            Metric("to-follow", FlatThenSpikeUp(), Direction.LowerIsBetter, narrative: Narrative(toFollow: "Data late")),
            Metric("calm-no-narrative", Alternating()),
            Metric("flagged-none", Alternating(), flagged: true));

        Assert.Equal(["written", "none", "to-follow", "flagged-none"], pack.Exceptions.Select(m => m.Id));
        Assert.Equal(["none", "flagged-none"], pack.MissingNarrative.Select(m => m.Id));
    }

    [Fact]
    public void ExceptionRuleReadsOnlyTheLatestPoint()
    {
        // A spike two months ago, then back to ten: the latest point (10) is below the limits set at the mean 240/22 ≈ 10.9,
        // which for higher-is-better is a concern low; for lower-is-better it is an improvement and no exception.
        double?[] values = [.. Enumerable.Repeat<double?>(10, 19), 30, 10, 10];
        var lower = Build(Metric("m", values, Direction.LowerIsBetter)).Metrics[0];

        Assert.Equal(Variation.ImprovementLow, lower.Variation);
        Assert.False(lower.IsException);
    }
}
