namespace LocalCare.Core.Commissioning;

/// <summary>Reads the snake_case codes of commissioning.md's enums: trimmed, case-insensitive.</summary>
internal static class CodeText
{
    public static bool TryParse<T>(string? text, IReadOnlyList<T> all, Func<T, string> code, out T value)
        where T : struct, Enum
    {
        var trimmed = text?.Trim();
        foreach (var candidate in all)
        {
            if (string.Equals(code(candidate), trimmed, StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }
}
