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

    /// <summary>
    /// The partner's next priority, numbered one after the highest it has (<c>ACUTE-P6</c> after P5): partner priorities are
    /// added last and never renumbered, so a deliverable's link always means the same priority.
    /// </summary>
    public static PartnerPriority Next(Partner partner, string title, IEnumerable<PartnerPriority> existing)
    {
        var number = existing.Where(p => p.Partner == partner).Select(p => p.Number).DefaultIfEmpty(0).Max() + 1;
        return new PartnerPriority { Code = CodeOf(partner, number), Partner = partner, Number = number, Title = title };
    }

    /// <summary><c>ACUTE-P2</c>, <c>COUNCIL-P7</c>.</summary>
    public static string CodeOf(Partner partner, int number) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{partner.ToCodePrefix()}-P{number}");
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

    /// <summary>The partner named by its code (<c>acute_trust</c>, <c>council</c>); false for anything else.</summary>
    public static bool TryParse(string? code, out Partner partner)
    {
        foreach (var candidate in Enum.GetValues<Partner>())
        {
            if (string.Equals(candidate.ToCode(), code?.Trim(), StringComparison.Ordinal))
            {
                partner = candidate;
                return true;
            }
        }

        partner = default;
        return false;
    }

    /// <summary>The start of its priorities' codes: <c>ACUTE</c>, <c>COUNCIL</c>.</summary>
    public static string ToCodePrefix(this Partner partner) => partner switch
    {
        Partner.AcuteTrust => "ACUTE",
        Partner.Council => "COUNCIL",
        _ => throw new ArgumentOutOfRangeException(nameof(partner)),
    };

    public static string ToLabel(this Partner partner) => partner switch
    {
        Partner.AcuteTrust => "Acute trust",
        Partner.Council => "Council",
        _ => throw new ArgumentOutOfRangeException(nameof(partner)),
    };
}
