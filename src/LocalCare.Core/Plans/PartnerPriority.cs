namespace LocalCare.Core.Plans;

/// <summary>A priority of a partner the LCO aligns to: the acute trust's P1–P5 or the council's themes P1–P7.</summary>
public sealed class PartnerPriority
{
    /// <summary>Stable code, e.g. <c>ACUTE-P1</c>, <c>COUNCIL-P4</c>.</summary>
    public required string Code { get; init; }

    public required Partner Partner { get; init; }

    /// <summary>The partner's own number: P1 is 1.</summary>
    public required int Number { get; init; }

    public required string Title { get; set; }

    public string Label => $"P{Number}";
}

/// <summary>The partner organisations whose plans the LCO's plan is aligned with.</summary>
public enum Partner
{
    AcuteTrust,
    Council,
}

/// <summary>Text forms of <see cref="Partner"/>.</summary>
public static class Partners
{
    public static string ToCode(this Partner partner) => partner switch
    {
        Partner.AcuteTrust => "acute_trust",
        Partner.Council => "council",
        _ => throw new ArgumentOutOfRangeException(nameof(partner)),
    };

    public static string ToLabel(this Partner partner) => partner switch
    {
        Partner.AcuteTrust => "Acute trust",
        Partner.Council => "Council",
        _ => throw new ArgumentOutOfRangeException(nameof(partner)),
    };
}
