namespace LocalCare.Core.Exports;

/// <summary>
/// Defuses text a spreadsheet would run as a formula (OWASP's CSV injection): text starting with <c>=</c>, <c>+</c>, <c>-</c>,
/// <c>@</c>, a tab or a carriage return gets a leading apostrophe. Only text goes through it: numbers are written as numbers,
/// so a negative number stays a number. The CSV and XLSX writers both use this one function.
/// </summary>
public static class FormulaGuard
{
    /// <summary>The characters that make a cell's text a formula (or hide one) when they come first.</summary>
    public static IReadOnlyList<char> Triggers { get; } = ['=', '+', '-', '@', '\t', '\r'];

    /// <summary>True when a spreadsheet could read <paramref name="text"/> as a formula.</summary>
    public static bool IsRisky(string text) => text.Length > 0 && Triggers.Contains(text[0]);

    /// <summary>The text with a leading <c>'</c> when it is risky; otherwise the text itself.</summary>
    public static string Neutralise(string text) => IsRisky(text) ? "'" + text : text;
}
