using System.Globalization;
using System.Net;
using LocalCare.Core.Generation;
using LocalCare.Core.Metrics;

namespace LocalCare.Reports.Packs.Html;

/// <summary>How the pack writes text: every user text HTML-encoded, dates and months the way a board reads them.</summary>
internal static class PackText
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>The text HTML-encoded, safe in an element and in a quoted attribute.</summary>
    public static string E(string? text) => WebUtility.HtmlEncode(text ?? "");

    /// <summary>"20 November 2024".</summary>
    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", EnGb);

    /// <summary>"20 Nov 2024", for tables.</summary>
    public static string ShortDate(DateOnly date) => date.ToString("d MMM yyyy", EnGb);

    /// <summary>"November 2024".</summary>
    public static string Month(YearMonth month) => month.FirstDay.ToString("MMMM yyyy", EnGb);

    /// <summary>"Nov 2024", for tables.</summary>
    public static string ShortMonth(YearMonth month) => month.FirstDay.ToString("MMM yyyy", EnGb);

    /// <summary>A whole number with thousands separators.</summary>
    public static string Count(int value) => value.ToString("#,0", CultureInfo.InvariantCulture);

    /// <summary>The text, or a dash when it is empty.</summary>
    public static string OrDash(string? text) => string.IsNullOrWhiteSpace(text) ? "–" : E(text);

    /// <summary>An id fragment for an element: the metric id as given (encoded for the attribute).</summary>
    public static string ExceptionId(string metricId) => "exception-" + metricId;

    /// <summary>"Higher is better" or "Lower is better".</summary>
    public static string DirectionText(Direction direction) => direction == Direction.HigherIsBetter ? "Higher is better" : "Lower is better";
}
