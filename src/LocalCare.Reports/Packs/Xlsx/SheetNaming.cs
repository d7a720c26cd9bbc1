namespace LocalCare.Reports.Packs.Xlsx;

/// <summary>Excel's sheet-name rules: at most 31 characters, none of <c>[]:*?/\</c>, unique ignoring case.</summary>
internal sealed class SheetNaming
{
    public const int MaxLength = 31;

    private static readonly char[] Forbidden = ['[', ']', ':', '*', '?', '/', '\\'];

    private readonly HashSet<string> _used = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>A legal, unused name made from <paramref name="wanted"/>: forbidden characters become '-', too long is cut, a clash gets " (2)", " (3)", ….</summary>
    public string Claim(string wanted)
    {
        var clean = new string([.. wanted.Select(c => Array.IndexOf(Forbidden, c) >= 0 || char.IsControl(c) ? '-' : c)]).Trim('\'', ' ');
        if (clean.Length == 0)
        {
            clean = "Sheet";
        }

        var name = Cut(clean, MaxLength);
        for (var n = 2; !_used.Add(name); n++)
        {
            var suffix = $" ({n})";
            name = Cut(clean, MaxLength - suffix.Length) + suffix;
        }

        return name;
    }

    private static string Cut(string text, int length) => text.Length <= length ? text : text[..length];
}
