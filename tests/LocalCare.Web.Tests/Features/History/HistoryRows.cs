using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;

namespace LocalCare.Web.Tests.Features.History;

/// <summary>A page's history (the <c>_History</c> partial) as a person reads it: one line per entry, and a field's change in it.</summary>
public static partial class HistoryRows
{
    /// <summary>Each entry's row text: when, who, what (entity, key, action) and each field before → after.</summary>
    public static List<string> Of(IHtmlDocument page) => [.. page.QuerySelectorAll("[data-testid=history] tbody tr").Select(r => r.Text())];

    /// <summary>Whether <paramref name="row"/> shows <paramref name="field"/> going from one value to the other; a number read back from SQLite may carry a scale (20000.0).</summary>
    public static bool Changed(string row, string field, string before, string after) =>
        Regex.IsMatch(row, $@"\b{Regex.Escape(field)}: {Regex.Escape(before)}(\.0+)? → {Regex.Escape(after)}(\.0+)?(\s|$)", RegexOptions.CultureInvariant);
}
