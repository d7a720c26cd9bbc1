using Ganss.Xss;
using Markdig;

namespace LocalCare.Reports.Prose;

/// <summary>
/// Renders text a user wrote (commentary, narratives, updates, plan sections) as Markdown, then sanitises the HTML, so
/// the web pages and the board pack show the same safe markup. Raw HTML in the text is escaped by Markdig; what Markdown
/// itself makes passes through an allow-list of tags, attributes and URL schemes.
/// </summary>
public static class UserMarkdown
{
    /// <summary>The tags the rendered text may contain: paragraphs, emphasis, lists, quotes, code, headings and links.</summary>
    public static IReadOnlySet<string> AllowedTags { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "p", "br", "strong", "em", "del", "ul", "ol", "li", "blockquote", "code", "pre", "a", "h3", "h4", "h5", "h6", "hr",
    };

    /// <summary>The URL schemes a link may use.</summary>
    public static IReadOnlySet<string> AllowedSchemes { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "https", "http", "mailto" };

    // Built once: both are immutable after configuration and safe to share between requests.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseEmphasisExtras(Markdig.Extensions.EmphasisExtras.EmphasisExtraOptions.Strikethrough)
        .UseAutoLinks()
        .UseSoftlineBreakAsHardlineBreak()
        .Build();

    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();

    /// <summary>The text as sanitised HTML (empty for empty text).</summary>
    public static string ToHtml(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return "";
        }

        var html = Markdown.ToHtml(markdown.Replace("\r\n", "\n", StringComparison.Ordinal), Pipeline);
        return Sanitizer.Sanitize(html).Trim();
    }

    private static HtmlSanitizer CreateSanitizer()
    {
        var options = new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(AllowedTags, StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = new HashSet<string>(["href", "title"], StringComparer.OrdinalIgnoreCase),
            AllowedSchemes = new HashSet<string>(AllowedSchemes, StringComparer.OrdinalIgnoreCase),
            UriAttributes = new HashSet<string>(["href"], StringComparer.OrdinalIgnoreCase),
            AllowedCssProperties = new HashSet<string>(StringComparer.OrdinalIgnoreCase),
        };
        var sanitizer = new HtmlSanitizer(options) { KeepChildNodes = true };
        // Links a user wrote leave LocalCare: they open without passing on who referred them or a handle on this window.
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Dom.IElement { TagName: "A" } link)
            {
                link.SetAttribute("rel", "noopener noreferrer nofollow");
            }
        };
        return sanitizer;
    }
}
