using System.Net;
using AngleSharp.Dom;
using LocalCare.Core.Access;
using LocalCare.Web.Tests.Features.Performance;

namespace LocalCare.Web.Tests.Security;

/// <summary>
/// Script payloads typed into the app's forms come back on its pages as text or harmless Markdown, never as markup that runs:
/// metric commentary (Markdown) with an action owner (plain text), and a deliverable's quarterly update (Markdown). The
/// sanitiser itself is tested over the OWASP list in UserMarkdownTests; this checks the pages use it.
/// </summary>
public sealed class UserTextXssTests(LocalCareWebFactory factory) : IClassFixture<LocalCareWebFactory>
{
    private const string Payload = """
        <script>alert(1)</script>
        <img src=x onerror=alert(2)>
        <svg onload=alert(3)>
        [click](javascript:alert(4)) [data](data:text/html;base64,PHNjcmlwdD5hbGVydCg1KTwvc2NyaXB0Pg==)
        <a href="javascript:alert(6)">link</a> <iframe src="https://example.org"></iframe>
        "><script>alert(7)</script> **bold** and [safe](https://example.org)
        """;

    [Fact]
    public async Task MetricCommentary_ShowsThePayloadAsText_AndKeepsOrdinaryMarkdown()
    {
        using var manager = await factory.CreateSignedInClientAsync(Roles.Manager);
        var series = await PerformanceExpected.SeriesAsync(factory, "dna-rate", "locality:SOUTH");
        var month = series.Latest!.Month.ToString();

        using var posted = await manager.PostFormAsync("/performance/dna-rate?unit=locality:SOUTH", "[data-testid=commentary-form]", new Dictionary<string, string>
        {
            ["Month"] = month,
            ["WhatTheDataShows"] = Payload,
            ["UnderlyingIssues"] = Payload,
            ["Actions[0].Action"] = "<script>alert(8)</script>",
            ["Actions[0].Owner"] = "<img src=x onerror=alert(9)>",
            ["Actions[0].DueDay"] = "31",
            ["Actions[0].DueMonth"] = "3",
            ["Actions[0].DueYear"] = "2025",
        });
        var page = await manager.GetHtmlAsync("/performance/dna-rate?unit=locality:SOUTH");
        var card = page.QuerySelector($"[data-commentary='{month}']")!;

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        AssertInert(card);
        Assert.Contains("<img src=x onerror=alert(9)>", card.QuerySelector("[data-testid=actions]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("alert(1)", card.TextContent, StringComparison.Ordinal); // shown, as text
        Assert.NotNull(card.QuerySelector("[data-field=what-the-data-shows] strong"));
        Assert.Equal(["https://example.org"], card.QuerySelectorAll("[data-field=what-the-data-shows] a[href]").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task AQuarterlyUpdate_ShowsThePayloadAsText()
    {
        const string deliverable = "D2425-CH-18"; // updated by the demo manager
        using var manager = await factory.CreateSignedInClientAsync(Roles.Manager);
        var form = await manager.GetHtmlAsync($"/deliverables/{deliverable}/updates/4");

        using var posted = await manager.PostFormAsync($"/deliverables/{deliverable}/updates/4", new Dictionary<string, string>
        {
            ["Status"] = "at_risk",
            ["Commentary"] = Payload,
            ["Action"] = Payload,
            [WebTestClient.AntiforgeryField] = form.AntiforgeryToken("[data-testid=update-form]"),
        });
        var page = await manager.GetHtmlAsync($"/deliverables/{deliverable}");
        var updates = page.QuerySelector("[data-testid=updates]")!;

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Contains("alert(1)", updates.TextContent, StringComparison.Ordinal);
        AssertInert(updates);
    }

    /// <summary>No script, frame, image or SVG element; no event-handler attribute; no link or source but http(s) and mailto.</summary>
    private static void AssertInert(IElement scope)
    {
        Assert.Empty(scope.QuerySelectorAll("script, iframe, img, svg, object, embed, style"));
        foreach (var element in scope.QuerySelectorAll("*"))
        {
            Assert.DoesNotContain(element.Attributes, a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
            foreach (var link in new[] { element.GetAttribute("href"), element.GetAttribute("src") }.OfType<string>())
            {
                Assert.Matches("^(https?:|mailto:|#|/)", link);
            }
        }
    }
}
