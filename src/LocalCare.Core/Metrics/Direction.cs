namespace LocalCare.Core.Metrics;

/// <summary>Which way is better for a metric.</summary>
public enum Direction
{
    HigherIsBetter,
    LowerIsBetter,
}

/// <summary>The met/not met rule of metrics.md.</summary>
public static class Directions
{
    /// <summary><c>&gt;=</c> for higher-is-better, <c>&lt;=</c> for lower-is-better; null without a value or a target.</summary>
    public static bool? Met(this Direction direction, double? value, double? target)
    {
        if (value is not { } v || target is not { } t)
        {
            return null;
        }

        return direction == Direction.HigherIsBetter ? v >= t : v <= t;
    }

    public static string ToCode(this Direction direction) =>
        direction == Direction.HigherIsBetter ? "higher" : "lower";

    /// <summary>The comparison a person reads before a target: "≥" or "≤".</summary>
    public static string Comparator(this Direction direction) =>
        direction == Direction.HigherIsBetter ? "≥" : "≤";
}
