using AngleSharp.Html.Parser;
using LocalCare.Reports.Prose;

namespace LocalCare.Reports.Tests.Prose;

public sealed class UserMarkdownTests
{
    /// <summary>Classic payloads from the OWASP XSS filter evasion cheat sheet, as raw HTML and as Markdown links and images.</summary>
    public static TheoryData<string> Payloads { get; } = new(
        "<script>alert('xss')</script>",
        "<SCRIPT SRC=https://xss.example/xss.js></SCRIPT>",
        "<img src=x onerror=alert(1)>",
        "<IMG SRC=\"javascript:alert('XSS');\">",
        "<IMG SRC=JaVaScRiPt:alert('XSS')>",
        "<img src=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>",
        "<svg onload=alert(1)>",
        "<svg><script>alert(1)</script></svg>",
        "<body onload=alert('XSS')>",
        "<iframe src=\"javascript:alert(1)\"></iframe>",
        "<a href=\"javascript:alert(1)\">click</a>",
        "<div style=\"background-image: url(javascript:alert('XSS'))\">x</div>",
        "<style>@import 'https://xss.example/xss.css';</style>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"></object>",
        "\"><script>alert(1)</script>",
        "<<SCRIPT>alert(\"XSS\");//<</SCRIPT>",
        "<details open ontoggle=alert(1)>",
        "<input onfocus=alert(1) autofocus>",
        "[click me](javascript:alert(1))",
        "[click me](JAVASCRIPT:alert(1))",
        "[click me](java&#x09;script:alert(1))",
        "[click me](  javascript:alert(1)  )",
        "[click me](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "[click me](vbscript:msgbox(1))",
        "![x](javascript:alert(1))",
        "![x](https://xss.example/x.png\"onerror=\"alert(1))",
        "[x](https://example.org \"title\\\" onmouseover=\\\"alert(1)\")",
        "<javascript:alert(1)>",
        "[a]: javascript:alert(1)\n\n[link][a]",
        "`<script>alert(1)</script>` and <script>alert(2)</script>",
        "%3Cscript%3Ealert(1)%3C/script%3E",
        "&lt;script&gt;alert(1)&lt;/script&gt;");

    [Theory]
    [MemberData(nameof(Payloads))]
    public void ToHtml_XssPayload_LeavesNothingThatRuns(string payload)
    {
        var html = UserMarkdown.ToHtml(payload);
        var document = new HtmlParser().ParseDocument("<body>" + html + "</body>");

        foreach (var element in document.Body!.QuerySelectorAll("*"))
        {
            Assert.Contains(element.LocalName, UserMarkdown.AllowedTags);
            foreach (var attribute in element.Attributes)
            {
                Assert.Contains(attribute.Name, (string[])["href", "title", "rel"]);
            }

            if (element.GetAttribute("href") is { } href)
            {
                Assert.Matches("^(https?|mailto):", href);
            }
        }

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void ToHtml_RawHtml_IsShownAsText()
    {
        var html = UserMarkdown.ToHtml("<script>alert('xss')</script>");

        Assert.Equal("<p>&lt;script&gt;alert('xss')&lt;/script&gt;</p>", html);
    }

    [Fact]
    public void ToHtml_OrdinaryMarkdown_Renders()
    {
        var html = UserMarkdown.ToHtml("Referrals **rose** by *12%*.\n\n- first\n- second\n\n1. one\n2. two\n\nSee [the guidance](https://www.england.nhs.uk/guidance).");

        Assert.Equal(
            "<p>Referrals <strong>rose</strong> by <em>12%</em>.</p>\n<ul>\n<li>first</li>\n<li>second</li>\n</ul>\n<ol>\n<li>one</li>\n<li>two</li>\n</ol>\n"
            + "<p>See <a href=\"https://www.england.nhs.uk/guidance\" rel=\"noopener noreferrer nofollow\">the guidance</a>.</p>",
            html);
    }

    [Fact]
    public void ToHtml_LineBreakInAParagraph_IsKept()
    {
        Assert.Equal("<p>first line<br>\nsecond line</p>", UserMarkdown.ToHtml("first line\r\nsecond line"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  \n ")]
    public void ToHtml_NoText_IsEmpty(string? text) => Assert.Equal("", UserMarkdown.ToHtml(text));
}
