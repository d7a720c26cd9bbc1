namespace LocalCare.Core.Commissioning.Files;

/// <summary>The codes of an enum as a file writes them (its <c>ToCode</c>), parsed case-insensitively.</summary>
public sealed class CodeList<T>
    where T : struct, Enum
{
    private readonly Dictionary<string, T> _byCode;

    public CodeList(Func<T, string> toCode)
    {
        _byCode = Enum.GetValues<T>().ToDictionary(toCode, v => v, StringComparer.OrdinalIgnoreCase);
        Description = string.Join(", ", _byCode.Keys);
    }

    /// <summary>The codes, comma-separated, for messages.</summary>
    public string Description { get; }

    public bool TryParse(string text, out T value) => _byCode.TryGetValue(text.Trim(), out value);
}
