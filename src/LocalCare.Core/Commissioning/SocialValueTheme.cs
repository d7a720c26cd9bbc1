namespace LocalCare.Core.Commissioning;

/// <summary>The six social value themes of the commissioning plan (social_value.csv <c>theme</c>).</summary>
public enum SocialValueTheme
{
    EmploymentSkills,
    GoodEmployer,
    CleanAir,
    LocalCommunity,
    LocalSupplyChain,
    Greener,
}

/// <summary>Text forms of <see cref="SocialValueTheme"/>: the code and the plan's title.</summary>
public static class SocialValueThemes
{
    public static IReadOnlyList<SocialValueTheme> All { get; } = Enum.GetValues<SocialValueTheme>();

    public static string ToCode(this SocialValueTheme theme) => theme switch
    {
        SocialValueTheme.EmploymentSkills => "employment_skills",
        SocialValueTheme.GoodEmployer => "good_employer",
        SocialValueTheme.CleanAir => "clean_air",
        SocialValueTheme.LocalCommunity => "local_community",
        SocialValueTheme.LocalSupplyChain => "local_supply_chain",
        SocialValueTheme.Greener => "greener",
        _ => throw new ArgumentOutOfRangeException(nameof(theme)),
    };

    /// <summary>
    /// The plan's words where commissioning.md gives them; <c>clean_air</c> and <c>local_supply_chain</c> have no words
    /// in the spec, so their titles are the code in plain English.
    /// </summary>
    public static string Title(this SocialValueTheme theme) => theme switch
    {
        SocialValueTheme.EmploymentSkills => "Create employment and skills opportunities",
        SocialValueTheme.GoodEmployer => "Provide the best employment you can",
        SocialValueTheme.CleanAir => "Clean air",
        SocialValueTheme.LocalCommunity => "Be part of a strong local community",
        SocialValueTheme.LocalSupplyChain => "Local supply chain",
        SocialValueTheme.Greener => "Make your organisation greener",
        _ => throw new ArgumentOutOfRangeException(nameof(theme)),
    };

    /// <summary>Reads a code (trimmed, case-insensitive).</summary>
    public static bool TryParse(string? code, out SocialValueTheme theme) => CodeText.TryParse(code, All, ToCode, out theme);
}
