namespace LocalCare.Core.Boards;

/// <summary>How often a board meets (board-packs.md).</summary>
public enum Cadence
{
    Monthly,
    Bimonthly,
    Quarterly,
}

/// <summary>Text forms of <see cref="Cadence"/>.</summary>
public static class Cadences
{
    public static string ToCode(this Cadence cadence) => cadence switch
    {
        Cadence.Monthly => "monthly",
        Cadence.Bimonthly => "bimonthly",
        Cadence.Quarterly => "quarterly",
        _ => throw new ArgumentOutOfRangeException(nameof(cadence)),
    };
}
