using LocalCare.Core.Boards.Packs;
using LocalCare.Core.Metrics;
using LocalCare.Core.Spc;
using static LocalCare.Core.Tests.Boards.Packs.PackSamples;

namespace LocalCare.Core.Tests.Boards.Packs;

/// <summary>
/// The quality bar: series with known Making Data Count verdicts, one for each special-cause rule of spc.md on each side,
/// read both ways (higher and lower is better), through the pack builder; each asserts the rule that fired on the latest point,
/// the summary-matrix cell and the exception flag. The series start from <see cref="PackSamples.Alternating"/> (10, 12, …:
/// common cause) and end in the pattern; the lower-side series are the higher-side ones mirrored about 11 (22 − value), which
/// mirrors the mean and keeps the moving ranges, so every rule fires on the other side.
/// </summary>
public sealed class KnownVerdictTests
{
    private const string Higher = "higher";
    private const string Lower = "lower";

    /// <summary>20 alternating points then 25: 25 is above the UPL (mean 245/21 ≈ 11.67; the moving range 13 is screened out, AMR 2, UPL ≈ 16.99).</summary>
    public static double?[] AboveUpl() => [.. Alternating(20), 25];

    /// <summary>21 alternating points (ending 10) then 7 points above the mean (≈ 11.17): 12, 11.6, … 12, a shift of exactly 7.</summary>
    public static double?[] ShiftOfSevenAbove() => [.. Alternating(21), 12, 11.6, 12, 11.6, 12, 11.6, 12];

    /// <summary>The same run one point short: 6 above the mean (≈ 11.14) is not a shift.</summary>
    public static double?[] ShiftOfSixAbove() => [.. Alternating(21), 12, 11.6, 12, 11.6, 12, 11.6];

    /// <summary>21 alternating points ending 10, then 10.5 … 13: 7 points each strictly higher than the one before (6 rises); 13 is inside the limits (UPL ≈ 15.5).</summary>
    public static double?[] TrendOfSevenRising() => [.. Alternating(21), 10.5, 11, 11.5, 12, 12.5, 13];

    /// <summary>The same trend one point short: 6 rising points (10 … 12.5) are not a trend.</summary>
    public static double?[] TrendOfSixRising() => [.. Alternating(21), 10.5, 11, 11.5, 12, 12.5];

    /// <summary>20 alternating points then 16, 12, 16: mean ≈ 11.48, near-limit line ≈ 15.51, UPL ≈ 17.52, so both 16s are beyond the near line inside the limits, all three above the mean.</summary>
    public static double?[] TwoOfThreeAbove() => [.. Alternating(20), 16, 12, 16];

    /// <summary>A series mirrored about 11: highs become lows, rises become falls.</summary>
    public static double?[] Mirrored(double?[] values) => [.. values.Select(v => 22 - v)];

    /// <summary>Series name, series, direction, the latest point's label, its variation, matrix row, exception.</summary>
    public static TheoryData<string, string, SpcLabel, Variation, MatrixRow, bool> Rules => new()
    {
        { nameof(AboveUpl), Higher, SpcLabel.AboveUpl, Variation.ImprovementHigh, MatrixRow.Improvement, false },
        { nameof(AboveUpl), Lower, SpcLabel.AboveUpl, Variation.ConcernHigh, MatrixRow.Concern, true },
        { "BelowLpl", Higher, SpcLabel.BelowLpl, Variation.ConcernLow, MatrixRow.Concern, true },
        { "BelowLpl", Lower, SpcLabel.BelowLpl, Variation.ImprovementLow, MatrixRow.Improvement, false },
        { nameof(ShiftOfSevenAbove), Higher, SpcLabel.ShiftAbove, Variation.ImprovementHigh, MatrixRow.Improvement, false },
        { nameof(ShiftOfSevenAbove), Lower, SpcLabel.ShiftAbove, Variation.ConcernHigh, MatrixRow.Concern, true },
        { "ShiftOfSevenBelow", Higher, SpcLabel.ShiftBelow, Variation.ConcernLow, MatrixRow.Concern, true },
        { "ShiftOfSevenBelow", Lower, SpcLabel.ShiftBelow, Variation.ImprovementLow, MatrixRow.Improvement, false },
        { nameof(ShiftOfSixAbove), Higher, SpcLabel.CommonCause, Variation.CommonCause, MatrixRow.CommonCause, false },
        { nameof(ShiftOfSixAbove), Lower, SpcLabel.CommonCause, Variation.CommonCause, MatrixRow.CommonCause, false },
        { "ShiftOfSixBelow", Higher, SpcLabel.CommonCause, Variation.CommonCause, MatrixRow.CommonCause, false },
        { nameof(TrendOfSevenRising), Higher, SpcLabel.TrendIncreasing, Variation.ImprovementHigh, MatrixRow.Improvement, false },
        { nameof(TrendOfSevenRising), Lower, SpcLabel.TrendIncreasing, Variation.ConcernHigh, MatrixRow.Concern, true },
        { "TrendOfSevenFalling", Higher, SpcLabel.TrendDecreasing, Variation.ConcernLow, MatrixRow.Concern, true },
        { "TrendOfSevenFalling", Lower, SpcLabel.TrendDecreasing, Variation.ImprovementLow, MatrixRow.Improvement, false },
        { nameof(TrendOfSixRising), Lower, SpcLabel.CommonCause, Variation.CommonCause, MatrixRow.CommonCause, false },
        { "TrendOfSixFalling", Higher, SpcLabel.CommonCause, Variation.CommonCause, MatrixRow.CommonCause, false },
        { nameof(TwoOfThreeAbove), Higher, SpcLabel.TwoOfThreeAbove, Variation.ImprovementHigh, MatrixRow.Improvement, false },
        { nameof(TwoOfThreeAbove), Lower, SpcLabel.TwoOfThreeAbove, Variation.ConcernHigh, MatrixRow.Concern, true },
        { "TwoOfThreeBelow", Higher, SpcLabel.TwoOfThreeBelow, Variation.ConcernLow, MatrixRow.Concern, true },
        { "TwoOfThreeBelow", Lower, SpcLabel.TwoOfThreeBelow, Variation.ImprovementLow, MatrixRow.Improvement, false },
    };

    [Theory]
    [MemberData(nameof(Rules))]
    public void EachRule_EachSide_BothDirections_GivesItsCellAndExceptionFlag(
        string series, string direction, SpcLabel label, Variation variation, MatrixRow row, bool exception)
    {
        var pack = Build(Metric("m", Series(series), DirectionOf(direction)));
        var metric = pack.Metrics[0];

        Assert.Equal(label, metric.Spc.Points[^1].Label);
        Assert.Equal(variation, metric.Variation);
        Assert.Null(metric.Assurance);
        Assert.Equal(["m"], pack.Matrix[row, MatrixColumn.None]);
        Assert.Equal(1, CountInCells(pack));
        Assert.Equal(exception, metric.IsException);
        ExceptionReason[] reasons = exception ? [ExceptionReason.Concern] : [];
        string[] exceptions = exception ? ["m"] : [];
        Assert.Equal(reasons, metric.Reasons);
        Assert.Equal(exceptions, pack.Exceptions.Select(m => m.Id));
    }

    /// <summary>Series, direction, target, variation, assurance, matrix row and column, exception reasons.</summary>
    public static TheoryData<string, string, double, Variation, Assurance, MatrixRow, MatrixColumn, ExceptionReason[]> Assurances => new()
    {
        // Alternating: mean 11, UPL 16.32, LPL 5.68. A target above the UPL can never be reached; one below the LPL never met.
        { "Alternating", Higher, 20, Variation.CommonCause, Assurance.ConsistentFail, MatrixRow.CommonCause, MatrixColumn.ConsistentFail, [ExceptionReason.ConsistentFail] },
        { "Alternating", Lower, 2, Variation.CommonCause, Assurance.ConsistentFail, MatrixRow.CommonCause, MatrixColumn.ConsistentFail, [ExceptionReason.ConsistentFail] },
        { "Alternating", Higher, 2, Variation.CommonCause, Assurance.ConsistentPass, MatrixRow.CommonCause, MatrixColumn.ConsistentPass, [] },
        { "Alternating", Lower, 20, Variation.CommonCause, Assurance.ConsistentPass, MatrixRow.CommonCause, MatrixColumn.ConsistentPass, [] },
        { "Alternating", Higher, 11, Variation.CommonCause, Assurance.Inconsistent, MatrixRow.CommonCause, MatrixColumn.Inconsistent, [] },
        // Improvement is no exception while the target is assured or hit and miss, but a target out of reach still is one.
        { nameof(AboveUpl), Higher, 2, Variation.ImprovementHigh, Assurance.ConsistentPass, MatrixRow.Improvement, MatrixColumn.ConsistentPass, [] },
        { nameof(ShiftOfSevenAbove), Higher, 11, Variation.ImprovementHigh, Assurance.Inconsistent, MatrixRow.Improvement, MatrixColumn.Inconsistent, [] },
        { "TrendOfSevenFalling", Lower, 11, Variation.ImprovementLow, Assurance.Inconsistent, MatrixRow.Improvement, MatrixColumn.Inconsistent, [] },
        { nameof(AboveUpl), Higher, 30, Variation.ImprovementHigh, Assurance.ConsistentFail, MatrixRow.Improvement, MatrixColumn.ConsistentFail, [ExceptionReason.ConsistentFail] },
        // Concern and a target out of reach: the top-left cell, both reasons.
        { nameof(TwoOfThreeAbove), Lower, 2, Variation.ConcernHigh, Assurance.ConsistentFail, MatrixRow.Concern, MatrixColumn.ConsistentFail, [ExceptionReason.Concern, ExceptionReason.ConsistentFail] },
        { "ShiftOfSevenBelow", Higher, 30, Variation.ConcernLow, Assurance.ConsistentFail, MatrixRow.Concern, MatrixColumn.ConsistentFail, [ExceptionReason.Concern, ExceptionReason.ConsistentFail] },
        { "TrendOfSevenFalling", Higher, 2, Variation.ConcernLow, Assurance.ConsistentPass, MatrixRow.Concern, MatrixColumn.ConsistentPass, [ExceptionReason.Concern] },
    };

    [Theory]
    [MemberData(nameof(Assurances))]
    public void WithATarget_TheAssuranceColumnAndTheExceptionFlagFollowTheSpec(
        string series, string direction, double target, Variation variation, Assurance assurance, MatrixRow row, MatrixColumn column, ExceptionReason[] reasons)
    {
        var pack = Build(Metric("m", Series(series), DirectionOf(direction), target: target));
        var metric = pack.Metrics[0];

        Assert.Equal(variation, metric.Variation);
        Assert.Equal(assurance, metric.Assurance);
        Assert.Equal(["m"], pack.Matrix[row, column]);
        Assert.Equal(1, CountInCells(pack));
        Assert.Equal(reasons, metric.Reasons);
        Assert.Equal(reasons.Length > 0, metric.IsException);
    }

    [Fact]
    public void OnePackOfEveryRule_ItsExceptionsAreExactlyTheConcernsAndTheFailures()
    {
        var pack = Build(
            Metric("above-better", AboveUpl(), Direction.HigherIsBetter),
            Metric("above-worse", AboveUpl(), Direction.LowerIsBetter),
            Metric("shift-below-better", Series("ShiftOfSevenBelow"), Direction.LowerIsBetter),
            Metric("shift-below-worse", Series("ShiftOfSevenBelow"), Direction.HigherIsBetter),
            Metric("six-above", ShiftOfSixAbove(), Direction.LowerIsBetter),
            Metric("trend-up-better", TrendOfSevenRising(), Direction.HigherIsBetter),
            Metric("trend-down-worse", Series("TrendOfSevenFalling"), Direction.HigherIsBetter),
            Metric("two-of-three-worse", TwoOfThreeAbove(), Direction.LowerIsBetter),
            Metric("two-of-three-below-better", Series("TwoOfThreeBelow"), Direction.LowerIsBetter),
            Metric("fail", Alternating(), Direction.HigherIsBetter, target: 20),
            Metric("pass", Alternating(), Direction.HigherIsBetter, target: 2));

        Assert.Equal(["above-worse", "shift-below-worse", "trend-down-worse", "two-of-three-worse", "fail"], pack.Exceptions.Select(m => m.Id));
        Assert.Equal(["above-worse", "shift-below-worse", "trend-down-worse", "two-of-three-worse"], pack.Matrix[MatrixRow.Concern, MatrixColumn.None]);
        Assert.Equal(["above-better", "shift-below-better", "trend-up-better", "two-of-three-below-better"], pack.Matrix[MatrixRow.Improvement, MatrixColumn.None]);
        Assert.Equal(["six-above"], pack.Matrix[MatrixRow.CommonCause, MatrixColumn.None]);
        Assert.Equal(["fail"], pack.Matrix[MatrixRow.CommonCause, MatrixColumn.ConsistentFail]);
        Assert.Equal(["pass"], pack.Matrix[MatrixRow.CommonCause, MatrixColumn.ConsistentPass]);
        Assert.Equal(11, CountInCells(pack));
    }

    private static double?[] Series(string name) => name switch
    {
        nameof(AboveUpl) => AboveUpl(),
        "BelowLpl" => Mirrored(AboveUpl()),
        nameof(ShiftOfSevenAbove) => ShiftOfSevenAbove(),
        "ShiftOfSevenBelow" => Mirrored(ShiftOfSevenAbove()),
        nameof(ShiftOfSixAbove) => ShiftOfSixAbove(),
        "ShiftOfSixBelow" => Mirrored(ShiftOfSixAbove()),
        nameof(TrendOfSevenRising) => TrendOfSevenRising(),
        "TrendOfSevenFalling" => Mirrored(TrendOfSevenRising()),
        nameof(TrendOfSixRising) => TrendOfSixRising(),
        "TrendOfSixFalling" => Mirrored(TrendOfSixRising()),
        nameof(TwoOfThreeAbove) => TwoOfThreeAbove(),
        "TwoOfThreeBelow" => Mirrored(TwoOfThreeAbove()),
        "Alternating" => Alternating(),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "no such series"),
    };

    private static Direction DirectionOf(string direction) => direction == Higher ? Direction.HigherIsBetter : Direction.LowerIsBetter;

    private static int CountInCells(BoardPack pack) => SummaryMatrix.Rows.Sum(r => SummaryMatrix.Columns.Sum(c => pack.Matrix[r, c].Count));
}
