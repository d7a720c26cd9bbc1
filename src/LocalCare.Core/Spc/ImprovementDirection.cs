namespace LocalCare.Core.Spc;

/// <summary>Which way a metric improves: decides whether a signal is improvement, concern or neutral.</summary>
public enum ImprovementDirection
{
    Increase,
    Decrease,
    Neither,
}

/// <summary>The codes spc.md uses for improvement directions.</summary>
public static class ImprovementDirections
{
    public static string ToCode(this ImprovementDirection direction) => direction switch
    {
        ImprovementDirection.Increase => "increase",
        ImprovementDirection.Decrease => "decrease",
        _ => "neither",
    };
}
