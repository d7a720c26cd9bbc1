namespace LocalCare.Core.Commissioning;

/// <summary>The kind of service a provider on the register delivers (providers.csv <c>service_type</c>).</summary>
public enum ProviderServiceType
{
    CareHomeNursing,
    CareHomeResidential,
    Homecare,
    SupportedLiving,
    DayService,
    ExtraCare,
    SharedLives,
    Other,
}

/// <summary>Text forms of <see cref="ProviderServiceType"/> and the care-home test.</summary>
public static class ProviderServiceTypes
{
    public static IReadOnlyList<ProviderServiceType> All { get; } = Enum.GetValues<ProviderServiceType>();

    public static string ToCode(this ProviderServiceType type) => type switch
    {
        ProviderServiceType.CareHomeNursing => "care_home_nursing",
        ProviderServiceType.CareHomeResidential => "care_home_residential",
        ProviderServiceType.Homecare => "homecare",
        ProviderServiceType.SupportedLiving => "supported_living",
        ProviderServiceType.DayService => "day_service",
        ProviderServiceType.ExtraCare => "extra_care",
        ProviderServiceType.SharedLives => "shared_lives",
        ProviderServiceType.Other => "other",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    /// <summary>Reads a code (trimmed, case-insensitive).</summary>
    public static bool TryParse(string? code, out ProviderServiceType type) => CodeText.TryParse(code, All, ToCode, out type);

    /// <summary>The <c>care_home_*</c> types: those that have beds.</summary>
    public static bool IsCareHome(this ProviderServiceType type) =>
        type is ProviderServiceType.CareHomeNursing or ProviderServiceType.CareHomeResidential;
}
