namespace LocalCare.Core.Commissioning;

/// <summary>A domain of a CQC rating: overall or one of the five key questions.</summary>
public enum CqcDomain
{
    Overall,
    Safe,
    Effective,
    Caring,
    Responsive,
    WellLed,
}

/// <summary>Text forms of <see cref="CqcDomain"/> as the CQC ratings workbook writes them.</summary>
public static class CqcDomains
{
    public static IReadOnlyList<CqcDomain> All { get; } = Enum.GetValues<CqcDomain>();

    /// <summary>The workbook's text: <c>Overall</c>, <c>Safe</c>, <c>Effective</c>, <c>Caring</c>, <c>Responsive</c>, <c>Well-led</c>.</summary>
    public static string ToText(this CqcDomain domain) => domain switch
    {
        CqcDomain.Overall => "Overall",
        CqcDomain.Safe => "Safe",
        CqcDomain.Effective => "Effective",
        CqcDomain.Caring => "Caring",
        CqcDomain.Responsive => "Responsive",
        CqcDomain.WellLed => "Well-led",
        _ => throw new ArgumentOutOfRangeException(nameof(domain)),
    };

    /// <summary>Reads the workbook's text (trimmed, case-insensitive); null for any other text.</summary>
    public static CqcDomain? Parse(string? text) => TryParse(text, out var domain) ? domain : null;

    /// <summary>Reads the workbook's text (trimmed, case-insensitive).</summary>
    public static bool TryParse(string? text, out CqcDomain domain) => CodeText.TryParse(text, All, ToText, out domain);
}
