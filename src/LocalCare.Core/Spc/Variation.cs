namespace LocalCare.Core.Spc;

/// <summary>The variation icon: the latest point's type, with its side.</summary>
public enum Variation
{
    CommonCause,
    ImprovementHigh,
    ImprovementLow,
    ConcernHigh,
    ConcernLow,
    NeutralHigh,
    NeutralLow,
}

/// <summary>The codes and text of <see cref="Variation"/>, and the rule that gives it.</summary>
public static class Variations
{
    /// <summary>The icon for a point with this label and type.</summary>
    public static Variation Of(SpcLabel label, PointType type) => (type, label.IsHigh()) switch
    {
        (PointType.SpecialCauseImprovement, true) => Variation.ImprovementHigh,
        (PointType.SpecialCauseImprovement, false) => Variation.ImprovementLow,
        (PointType.SpecialCauseConcern, true) => Variation.ConcernHigh,
        (PointType.SpecialCauseConcern, false) => Variation.ConcernLow,
        (PointType.SpecialCauseNeutralHigh, _) => Variation.NeutralHigh,
        (PointType.SpecialCauseNeutralLow, _) => Variation.NeutralLow,
        _ => Variation.CommonCause,
    };

    public static string ToCode(this Variation variation) => variation switch
    {
        Variation.ImprovementHigh => "improvement_high",
        Variation.ImprovementLow => "improvement_low",
        Variation.ConcernHigh => "concern_high",
        Variation.ConcernLow => "concern_low",
        Variation.NeutralHigh => "neutral_high",
        Variation.NeutralLow => "neutral_low",
        _ => "common_cause",
    };

    public static string ToText(this Variation variation) => variation switch
    {
        Variation.ImprovementHigh => "Special cause improvement (high)",
        Variation.ImprovementLow => "Special cause improvement (low)",
        Variation.ConcernHigh => "Special cause concern (high)",
        Variation.ConcernLow => "Special cause concern (low)",
        Variation.NeutralHigh => "Special cause, neither improvement nor concern (high)",
        Variation.NeutralLow => "Special cause, neither improvement nor concern (low)",
        _ => "Common cause: no significant change",
    };
}
