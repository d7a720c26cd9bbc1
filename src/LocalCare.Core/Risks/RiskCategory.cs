namespace LocalCare.Core.Risks;

/// <summary>What a risk threatens, in the words an LCO's register uses.</summary>
public enum RiskCategory
{
    Workforce,
    QualityAndSafety,
    Safeguarding,
    Performance,
    Finance,
    ProviderMarket,
    DataAndDigital,
    Partnerships,
    Compliance,
}

/// <summary>Codes and labels of <see cref="RiskCategory"/>.</summary>
public static class RiskCategories
{
    public static IReadOnlyList<RiskCategory> All { get; } = Enum.GetValues<RiskCategory>();

    public static string ToCode(this RiskCategory category) => category switch
    {
        RiskCategory.Workforce => "workforce",
        RiskCategory.QualityAndSafety => "quality_safety",
        RiskCategory.Safeguarding => "safeguarding",
        RiskCategory.Performance => "performance",
        RiskCategory.Finance => "finance",
        RiskCategory.ProviderMarket => "provider_market",
        RiskCategory.DataAndDigital => "data_digital",
        RiskCategory.Partnerships => "partnerships",
        _ => "compliance",
    };

    public static string ToLabel(this RiskCategory category) => category switch
    {
        RiskCategory.Workforce => "Workforce",
        RiskCategory.QualityAndSafety => "Quality and safety",
        RiskCategory.Safeguarding => "Safeguarding",
        RiskCategory.Performance => "Performance and waiting lists",
        RiskCategory.Finance => "Finance and Value for Patients",
        RiskCategory.ProviderMarket => "Provider market",
        RiskCategory.DataAndDigital => "Data and digital",
        RiskCategory.Partnerships => "Partnerships",
        _ => "Compliance and regulation",
    };

    public static RiskCategory? Parse(string? code) =>
        All.Cast<RiskCategory?>().FirstOrDefault(c => string.Equals(c!.Value.ToCode(), code?.Trim(), StringComparison.OrdinalIgnoreCase));
}
