namespace LocalCare.Core.Spc;

/// <summary>One charted point: its value, its group's lines, and its label and type.</summary>
/// <param name="Period">The period as given.</param>
/// <param name="Value">The value (never null: null values are not charted).</param>
/// <param name="Mean">The group's mean.</param>
/// <param name="Lpl">The group's lower process limit; null when the group has fewer than 2 points.</param>
/// <param name="Upl">The group's upper process limit; null when the group has fewer than 2 points.</param>
/// <param name="NearLpl">The lower near-limit line (mean − 2/3 of the way to the LPL); null without limits.</param>
/// <param name="NearUpl">The upper near-limit line; null without limits.</param>
/// <param name="Label">The first special-cause rule that applies, or common cause.</param>
/// <param name="PointType">The label read in the improvement direction.</param>
/// <param name="Group">0 for the first group, one more at each rebase.</param>
public sealed record SpcPoint(
    string Period,
    double Value,
    double Mean,
    double? Lpl,
    double? Upl,
    double? NearLpl,
    double? NearUpl,
    SpcLabel Label,
    PointType PointType,
    int Group);
