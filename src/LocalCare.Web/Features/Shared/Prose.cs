using LocalCare.Reports.Prose;
using Microsoft.AspNetCore.Html;

namespace LocalCare.Web.Features.Shared;

/// <summary>Text a user wrote, shown as sanitised Markdown (<see cref="UserMarkdown"/>): the one way pages show commentary, narratives and updates.</summary>
public static class Prose
{
    /// <summary>The text as safe HTML; nothing for empty text.</summary>
    public static IHtmlContent Html(string? text) => new HtmlString(UserMarkdown.ToHtml(text));

    /// <summary>The text as safe HTML, or a dash when it is empty.</summary>
    public static IHtmlContent OrDash(string? text) => string.IsNullOrWhiteSpace(text) ? new HtmlString("–") : Html(text);
}
