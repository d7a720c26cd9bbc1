using System.Text;
using LocalCare.Core.Boards.Packs;
using LocalCare.Reports.Packs.Html;

namespace LocalCare.Reports.Packs;

/// <summary>
/// Renders a <see cref="BoardPack"/> as HTML in board-packs.md's order: cover and contents, summary matrix, icon table, one
/// exception page each, plan progress, waiting lists, risks above the board's appetite, actions and decisions logs, appendix. Every user text is encoded.
/// </summary>
public static class PackHtml
{
    /// <summary>The CSS the body needs (screen and print: A4, each exception on a new page); the web app serves it as a file.</summary>
    public static string Stylesheet => PackStylesheet.Css;

    /// <summary>A complete standalone HTML5 document (UTF-8, inline stylesheet, no external resources): what is printed and published.</summary>
    public static string RenderDocument(BoardPack pack)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(PackText.E(pack.Title)).Append("</title>\n")
            .Append("<style>\n").Append(Stylesheet).Append("\n</style>\n</head>\n<body>\n")
            .Append(RenderBody(pack))
            .Append("\n</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>
    /// The body of a document <see cref="RenderDocument"/> made, for showing a published (stored) pack inside the app's layout
    /// exactly as it was frozen; the whole text when it has no body.
    /// </summary>
    public static string BodyOf(string document)
    {
        var start = document.IndexOf("<body>", StringComparison.Ordinal);
        var end = document.LastIndexOf("</body>", StringComparison.Ordinal);
        return start < 0 || end < start ? document : document[(start + "<body>".Length)..end].Trim();
    }

    /// <summary>The same content as one fragment, <c>&lt;div class="lc-pack"&gt;…&lt;/div&gt;</c>, for the app's own layout.</summary>
    public static string RenderBody(BoardPack pack)
    {
        var html = new StringBuilder();
        html.Append("<div class=\"lc-pack\" data-board=\"").Append(PackText.E(pack.Meeting.BoardCode))
            .Append("\" data-month=\"").Append(pack.Meeting.ReportingMonth).Append("\" data-version=\"").Append(pack.Meeting.Version).Append("\">\n");
        CoverSection.Write(html, pack);
        MatrixSection.Write(html, pack);
        IconTableSection.Write(html, pack);
        ExceptionPages.Write(html, pack);
        PlanProgressSection.Write(html, pack);
        WaitingListsSection.Write(html, pack);
        RisksSection.Write(html, pack);
        LogsSection.Write(html, pack);
        AppendixSection.Write(html, pack);
        html.Append("</div>");
        return html.ToString();
    }
}
