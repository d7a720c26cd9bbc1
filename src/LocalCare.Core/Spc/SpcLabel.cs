namespace LocalCare.Core.Spc;

/// <summary>Why a point is (or is not) special cause: the first rule of spc.md that applies to it.</summary>
public enum SpcLabel
{
    CommonCause,
    AboveUpl,
    BelowLpl,
    TrendIncreasing,
    TrendDecreasing,
    TwoOfThreeAbove,
    TwoOfThreeBelow,
    ShiftAbove,
    ShiftBelow,
}

/// <summary>The codes, text and side of <see cref="SpcLabel"/>.</summary>
public static class SpcLabels
{
    public static string ToCode(this SpcLabel label) => label switch
    {
        SpcLabel.AboveUpl => "above_upl",
        SpcLabel.BelowLpl => "below_lpl",
        SpcLabel.TrendIncreasing => "trend_increasing",
        SpcLabel.TrendDecreasing => "trend_decreasing",
        SpcLabel.TwoOfThreeAbove => "two_of_three_above",
        SpcLabel.TwoOfThreeBelow => "two_of_three_below",
        SpcLabel.ShiftAbove => "shift_above",
        SpcLabel.ShiftBelow => "shift_below",
        _ => "common_cause",
    };

    /// <summary>What the label means, for people.</summary>
    public static string ToText(this SpcLabel label) => label switch
    {
        SpcLabel.AboveUpl => "Above the upper process limit",
        SpcLabel.BelowLpl => "Below the lower process limit",
        SpcLabel.TrendIncreasing => "Increasing trend",
        SpcLabel.TrendDecreasing => "Decreasing trend",
        SpcLabel.TwoOfThreeAbove => "Two of three near the upper limit",
        SpcLabel.TwoOfThreeBelow => "Two of three near the lower limit",
        SpcLabel.ShiftAbove => "Shift above the mean",
        SpcLabel.ShiftBelow => "Shift below the mean",
        _ => "Common cause",
    };

    /// <summary>True for the "high" labels, false for the "low" ones, null for common cause.</summary>
    public static bool? IsHigh(this SpcLabel label) => label switch
    {
        SpcLabel.AboveUpl or SpcLabel.TrendIncreasing or SpcLabel.TwoOfThreeAbove or SpcLabel.ShiftAbove => true,
        SpcLabel.BelowLpl or SpcLabel.TrendDecreasing or SpcLabel.TwoOfThreeBelow or SpcLabel.ShiftBelow => false,
        _ => null,
    };
}
