namespace LocalCare.Core.Spc;

/// <summary>A point's verdict: its label read in the improvement direction.</summary>
public enum PointType
{
    CommonCause,
    SpecialCauseImprovement,
    SpecialCauseConcern,
    SpecialCauseNeutralHigh,
    SpecialCauseNeutralLow,
}

/// <summary>The codes and text of <see cref="PointType"/>, and the rule that gives it.</summary>
public static class PointTypes
{
    /// <summary>A high label is improvement when higher is better and concern when lower is; low labels the reverse; neutral with neither.</summary>
    public static PointType Of(SpcLabel label, ImprovementDirection improvement) => (label.IsHigh(), improvement) switch
    {
        (null, _) => PointType.CommonCause,
        (true, ImprovementDirection.Neither) => PointType.SpecialCauseNeutralHigh,
        (false, ImprovementDirection.Neither) => PointType.SpecialCauseNeutralLow,
        (true, ImprovementDirection.Increase) or (false, ImprovementDirection.Decrease) => PointType.SpecialCauseImprovement,
        _ => PointType.SpecialCauseConcern,
    };

    public static string ToCode(this PointType type) => type switch
    {
        PointType.SpecialCauseImprovement => "special_cause_improvement",
        PointType.SpecialCauseConcern => "special_cause_concern",
        PointType.SpecialCauseNeutralHigh => "special_cause_neutral_high",
        PointType.SpecialCauseNeutralLow => "special_cause_neutral_low",
        _ => "common_cause",
    };

    public static string ToText(this PointType type) => type switch
    {
        PointType.SpecialCauseImprovement => "Special cause: improvement",
        PointType.SpecialCauseConcern => "Special cause: concern",
        PointType.SpecialCauseNeutralHigh => "Special cause: neutral, high",
        PointType.SpecialCauseNeutralLow => "Special cause: neutral, low",
        _ => "Common cause",
    };
}
