using LocalCare.Core.Spc;

namespace LocalCare.Core.Tests.Spc;

/// <summary>Builds test series: periods p1, p2, ... in order.</summary>
internal static class SpcSeries
{
    public static List<SpcInputPoint> Of(params double?[] values) =>
        values.Select((v, i) => new SpcInputPoint($"p{i + 1}", v)).ToList();

    /// <summary><paramref name="count"/> values alternating <paramref name="first"/>, <paramref name="second"/>: a flat baseline whose moving ranges all equal the gap.</summary>
    public static double[] Alternating(double first, double second, int count) =>
        Enumerable.Range(0, count).Select(i => i % 2 == 0 ? first : second).ToArray();

    /// <summary>Mean 10, AMR 2: UPL 15.32, LPL 4.68, near-limit lines 13.546666666666667 and 6.453333333333333.</summary>
    public static SpcLimits TenPlusOrMinusTwo { get; } = new(10, 2);
}
