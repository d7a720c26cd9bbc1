namespace LocalCare.Core.Commissioning;

/// <summary>The five CQC key questions a council quality audit and its actions are organised by.</summary>
public enum KeyQuestion
{
    Safe,
    Effective,
    Caring,
    Responsive,
    WellLed,
}

/// <summary>Text forms of <see cref="KeyQuestion"/>.</summary>
public static class KeyQuestions
{
    public static IReadOnlyList<KeyQuestion> All { get; } = Enum.GetValues<KeyQuestion>();

    public static string ToCode(this KeyQuestion question) => question switch
    {
        KeyQuestion.Safe => "safe",
        KeyQuestion.Effective => "effective",
        KeyQuestion.Caring => "caring",
        KeyQuestion.Responsive => "responsive",
        KeyQuestion.WellLed => "well_led",
        _ => throw new ArgumentOutOfRangeException(nameof(question)),
    };

    /// <summary>Reads a code (trimmed, case-insensitive).</summary>
    public static bool TryParse(string? code, out KeyQuestion question) => CodeText.TryParse(code, All, ToCode, out question);
}
