namespace LocalCare.Core.Commissioning.Files;

/// <summary>The codes of an enum as a file writes them (its <c>ToCode</c>), parsed as <see cref="CodeText"/> reads them, with their list for messages.</summary>
public sealed class CodeList<T>(Func<T, string> toCode)
    where T : struct, Enum
{
    private static readonly IReadOnlyList<T> All = Enum.GetValues<T>();

    /// <summary>The codes, comma-separated, for messages.</summary>
    public string Description { get; } = string.Join(", ", All.Select(toCode));

    public bool TryParse(string text, out T value) => CodeText.TryParse(text, All, toCode, out value);
}
